import BibplanCore

/// A month with Monday first, ISO week numbers, holidays marked and the number of events per day;
/// where there is room, each day lists its events under its number (`10:00 Repair café`, `+3 mere`).
enum MonthGrid {
    private static let weekColumn = 5

    /// The rows the grid takes in the calendar's `area`: its heading, the weekdays and each week's lines.
    static func height(_ area: Rect, _ selected: Day) -> Int {
        let lines = linesPerWeek(area, selected)
        return min(area.height, lines == 1 ? 9 : 2 + weeks(selected) * lines)
    }

    /// One line per week (the day numbers) where room is short; at large sizes up to seven,
    /// leaving the list under the grid at least twelve rows.
    static func linesPerWeek(_ area: Rect, _ selected: Day) -> Int {
        guard (area.width - weekColumn) / 7 >= 14, area.height >= 30 else { return 1 }
        return max(1, min(7, (area.height - 2 - 12) / weeks(selected)))
    }

    /// How many weeks (rows) the month touches.
    static func weeks(_ selected: Day) -> Int {
        let first = selected.firstOfMonth
        let gridStart = first.startOfWeek
        var count = 1
        while count < 6, gridStart.adding(days: 7 * count).month == first.month { count += 1 }
        return count
    }

    /// `lines` a week: `linesPerWeek` of the calendar's whole area (the grid's own is only its top).
    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect, lines: Int) {
        let language = state.language
        let selected = state.calendar.day
        let first = selected.firstOfMonth
        let gridStart = first.startOfWeek
        let cellWidth = max((area.width - weekColumn) / 7, 3)
        screen.put(DateNames.monthAndYear(selected, language).capitalizedFirst, x: area.x, y: area.y, limit: area.width, style: .heading)
        screen.put(language.pick("uge", "wk"), x: area.x, y: area.y + 1, limit: weekColumn - 1, style: .dim)
        for weekday in Weekday.allCases {
            screen.put(DateNames.shortWeekday(weekday, language), x: area.x + weekColumn + weekday.index * cellWidth, y: area.y + 1,
                       limit: cellWidth - 1, style: .bold)
        }
        let monthRange = DayRange(gridStart, gridStart.adding(days: 41))
        var byDay: [Day: [Occurrence]] = [:]
        for occurrence in index.occurrences(in: monthRange) { byDay[occurrence.day, default: []].append(occurrence) }
        for week in 0..<weeks(selected) {
            let y = area.y + 2 + week * lines
            guard y < area.bottom else { break }
            let monday = gridStart.adding(days: week * 7)
            screen.put(String(monday.isoWeek), x: area.x, y: y, limit: weekColumn - 1, style: .dim)
            for offset in 0..<7 {
                let day = monday.adding(days: offset)
                let occurrences = byDay[day] ?? []
                let x = area.x + weekColumn + offset * cellWidth
                drawCell(day, occurrences.count, inMonth: day.month == first.month, selected: day == selected, today: day == state.today,
                         closed: index.closure(on: day) != nil, into: &screen, x: x, y: y, width: cellWidth - 1)
                let cell = Rect(x: x, y: y + 1, width: cellWidth - 1, height: min(lines - 1, area.bottom - y - 1))
                drawEvents(occurrences.sorted { $0.start < $1.start }, language, index, into: &screen, area: cell)
            }
        }
    }

    /// `10:00 Repair café` a line, and `+3 mere` on the last line when they are not all room.
    private static func drawEvents(_ occurrences: [Occurrence], _ language: Language, _ index: LibraryIndex,
                                   into screen: inout Screen, area: Rect) {
        guard area.height > 0, !occurrences.isEmpty else { return }
        let shown = occurrences.count > area.height ? area.height - 1 : occurrences.count
        for (line, occurrence) in occurrences.prefix(shown).enumerated() {
            let event = index.event(of: occurrence)
            let style: Style = index.cancellation(of: occurrence) != nil ? .dim : CalendarView.categoryStyle(event, index)
            let x = area.x + screen.put(occurrence.start.clock + " ", x: area.x, y: area.y + line, limit: area.width, style: .dim)
            screen.put(event.title.firstLine, x: x, y: area.y + line, limit: area.right - x, style: style)
        }
        if shown < occurrences.count {
            let more = occurrences.count - shown
            screen.put(language.pick("+\(more) mere", "+\(more) more"), x: area.x, y: area.y + shown, limit: area.width, style: .dim)
        }
    }

    /// A closing day (a public holiday, or the library's own) is marked `*`; holidays and Sundays are red.
    private static func drawCell(_ day: Day, _ count: Int, inMonth: Bool, selected: Bool, today: Bool, closed: Bool,
                                 into screen: inout Screen, x: Int, y: Int, width: Int) {
        let holiday = DanishHolidays.holiday(on: day) != nil
        var text = String(day.dayOfMonth)
        if text.count < 2 { text = " " + text }
        text += closed ? "*" : " "
        if count > 0 { text += count > 9 ? "+" : String(count) }
        var style: Style = inMonth ? .plain : .dim
        if holiday || closed || day.weekday == .sunday { style.foreground = .red }
        if today { style.underline = true; style.bold = true }
        if selected { style.reverse = true }
        screen.put(TextWrap.fit(text, width), x: x, y: y, limit: width, style: style)
        screen.hits.add(Rect(x: x, y: y, width: width, height: 1), .day(day))
    }
}
