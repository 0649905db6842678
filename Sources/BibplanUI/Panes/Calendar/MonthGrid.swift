import BibplanCore

/// A month with Monday first, ISO week numbers, holidays marked and the number of events per day.
enum MonthGrid {
    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let language = state.language
        let selected = state.calendar.day
        let first = selected.firstOfMonth
        let gridStart = first.startOfWeek
        let weekColumn = 5
        let cellWidth = max((area.width - weekColumn) / 7, 3)
        screen.put(DateNames.monthAndYear(selected, language).capitalizedFirst, x: area.x, y: area.y, limit: area.width, style: .heading)
        screen.put(language.pick("uge", "wk"), x: area.x, y: area.y + 1, limit: weekColumn - 1, style: .dim)
        for weekday in Weekday.allCases {
            screen.put(DateNames.shortWeekday(weekday, language), x: area.x + weekColumn + weekday.index * cellWidth, y: area.y + 1, limit: cellWidth - 1, style: .bold)
        }
        let monthRange = DayRange(gridStart, gridStart.adding(days: 41))
        var counts: [Day: Int] = [:]
        for occurrence in index.occurrences(in: monthRange) { counts[occurrence.day, default: 0] += 1 }
        for week in 0..<6 {
            let y = area.y + 2 + week
            guard y < area.bottom else { break }
            let monday = gridStart.adding(days: week * 7)
            if week > 0, monday.month != first.month, monday > first { break }
            screen.put(String(monday.isoWeek), x: area.x, y: y, limit: weekColumn - 1, style: .dim)
            for offset in 0..<7 {
                let day = monday.adding(days: offset)
                drawCell(day, counts[day] ?? 0, inMonth: day.month == first.month, selected: day == selected, today: day == state.today,
                         closed: index.closure(on: day) != nil, into: &screen, x: area.x + weekColumn + offset * cellWidth, y: y, width: cellWidth - 1)
            }
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
