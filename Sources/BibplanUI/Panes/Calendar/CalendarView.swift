import BibplanCore

/// The calendar: a day agenda, a week, or a month grid with ISO weeks and holidays.
enum CalendarView {
    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let occurrences = state.calendar.occurrences(index, search: state.search?.query)
        var rest = area
        if state.calendar.mode == .month {
            let gridHeight = MonthGrid.height(area, state.calendar.day)
            MonthGrid.render(state, index, into: &screen, area: area.splitTop(gridHeight).0,
                             lines: MonthGrid.linesPerWeek(area, state.calendar.day))
            rest = area.splitTop(gridHeight + 1).1
            // A short terminal has room for the grid only: the day's list is not drawn over the status line.
            guard rest.height > 0 else { return }
        }
        let header = rest.splitTop(1)
        drawHeader(state, index, into: &screen, area: header.0)
        let marks = CalendarMarks(occurrences, state, index)
        let (listArea, detailArea) = layout(state, header.1, lines: occurrences.count + marks.extraLines + (state.calendar.mode == .week ? 7 : 0))
        if occurrences.isEmpty {
            var text = state.language.pick(state.calendar.mode == .week ? "Ingen arrangementer denne uge." : "Ingen arrangementer denne dag.",
                                           state.calendar.mode == .week ? "No events this week." : "No events this day.")
            if let search = state.search?.query, !search.isEmpty { text = CalendarSearch.emptyText(state, search) }
            screen.put(text, x: listArea.x + 2, y: listArea.y + 1, limit: listArea.width - 2, style: .dim)
            return
        }
        let listLines = occurrences.count + marks.extraLines + (state.calendar.mode == .week ? 7 : 0)
        if state.height >= 40, listArea.height >= listLines + 2, let legend = legend(state, index) {
            // At large sizes the category letters are explained under the list.
            var x = listArea.x
            for (text, style) in legend { x += screen.put(text, x: x, y: listArea.bottom - 1, limit: listArea.right - x, style: style) }
        }
        let ahead = CalendarAhead.shows(state, listArea: listArea, listLines: listLines) ? CalendarAhead.occurrences(state, index) : nil
        // One set of columns for the day's rows and the next days' beneath them.
        let columns = CalendarColumns(occurrences + (ahead ?? []), marks, index, state.language, x: listArea.x, width: listArea.width)
        drawList(occurrences, marks, columns, state, index, into: &screen, area: listArea)
        if let ahead {
            let top = listArea.y + listLines + 1
            let bottom = listArea.bottom - (state.height >= 40 ? 2 : 0)
            CalendarAhead.draw(ahead, columns, state, index, into: &screen,
                               area: Rect(x: listArea.x, y: top, width: listArea.width, height: bottom - top))
        }
        if !detailArea.isEmpty, occurrences.indices.contains(state.calendar.list.selected) {
            OccurrenceDetails.render(occurrences[state.calendar.list.selected], state, index, into: &screen, area: detailArea)
        }
    }

    /// Wide: list and details side by side. Narrow day view: the details below the
    /// list when there is room (the counter sees the roster without a key). Otherwise the list alone.
    private static func layout(_ state: AppState, _ area: Rect, lines: Int) -> (Rect, Rect) {
        if state.isWide { return area.splitLeft(area.width * 11 / 20, gap: 3) }
        let none = Rect(x: 0, y: 0, width: 0, height: 0)
        guard state.calendar.mode == .day, area.height - lines >= 6 else { return (area, none) }
        let (list, rest) = area.splitTop(lines)
        return (list, Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1))
    }

    private static func drawHeader(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let day = state.calendar.day
        let language = state.language
        var text: String
        var opening: (text: String, closed: Bool)?
        if state.calendar.mode == .week {
            let monday = day.startOfWeek
            text = DateNames.week(day, language).capitalizedFirst + ": " + DateNames.short(monday, language) + " – " + DateNames.short(monday.adding(days: 6), language)
        } else {
            text = DateNames.long(day, language).capitalizedFirst + " · " + DateNames.week(day, language)
            opening = CalendarMarks.dayText(day, index, language)
            if opening != nil { text += " · " }
        }
        var x = area.x + screen.put(text, x: area.x, y: area.y, limit: area.width, style: .heading)
        if let opening { x += screen.put(opening.text, x: x, y: area.y, limit: area.right - x, style: opening.closed ? .warning : .heading) }
        if state.calendar.listedRange.contains(state.today), state.calendar.mode != .month || day == state.today {
            screen.put(language.pick("  (i dag)", "  (today)"), x: x, y: area.y, limit: area.right - x, style: .heading)
        }
    }

    private enum Line {
        case day(Day)
        case occurrence(Int)
        case notice(Int)
        case moved(Int)
        case cancelled(Int)
    }

    private static func drawList(_ occurrences: [Occurrence], _ marks: CalendarMarks, _ columns: CalendarColumns, _ state: AppState,
                                 _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        var lines: [Line] = []
        var selectedLine = 0
        for (position, occurrence) in occurrences.enumerated() {
            if state.calendar.mode == .week, position == 0 || occurrences[position - 1].day != occurrence.day { lines.append(.day(occurrence.day)) }
            if position == state.calendar.list.selected { selectedLine = lines.count }
            lines.append(.occurrence(position))
            if marks.notices[position] != nil { lines.append(.notice(position)) }
            if occurrence.movedFrom != nil { lines.append(.moved(position)) }
            if marks.cancelReasons[position] != nil { lines.append(.cancelled(position)) }
        }
        let note = columns.noteColumn
        let first = Widgets.firstVisible(selected: selectedLine, count: lines.count, height: area.height)
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + offset
            switch line {
            case .day(let day):
                let closed = index.closure(on: day).map { " · " + $0.text(state.language) } ?? ""
                screen.put(DateNames.long(day, state.language) + closed, x: area.x, y: y, limit: area.width, style: .bold)
            case .notice(let position):
                if let notice = marks.notices[position] {
                    CalendarMarks.drawNotice(notice, state.language, into: &screen, x: note, y: y, limit: area.right - note)
                }
            case .moved(let position):
                if let moved = occurrences[position].movedText(state.language) {
                    screen.put("↷ " + moved, x: note, y: y, limit: area.right - note, style: .dim)
                }
            case .cancelled(let position):
                if let reason = marks.cancelReasons[position] { screen.put(reason, x: note, y: y, limit: area.right - note, style: .caution) }
            case .occurrence(let position):
                let occurrence = occurrences[position]
                CalendarRows.draw(occurrence, columns, state, index, into: &screen, y: y,
                                  now: marks.now[occurrence], roomTaken: marks.roomTaken.contains(occurrence))
                screen.hits.add(Rect(x: area.x, y: y, width: area.width, height: 1), .row(position))
                if position == state.calendar.list.selected {
                    screen.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true }
                }
            }
        }
    }

    /// `B Børn · D Debat · L Litteratur`, each in its colour; nil without categories.
    static func legend(_ state: AppState, _ index: LibraryIndex) -> [(String, Style)]? {
        let categories = index.library.categories
        guard !categories.isEmpty else { return nil }
        var parts: [(String, Style)] = [(state.language.pick("Kategorier: ", "Categories: "), .dim)]
        for (position, category) in categories.enumerated() {
            if position > 0 { parts.append((" · ", .dim)) }
            parts.append((String(category.letter) + " " + category.name.firstLine, Style(foreground: Color(category.colour), bold: true)))
        }
        return parts
    }

    /// The category's letter before the title, so the category shows without colour too.
    static func categoryLetter(_ event: Event, _ index: LibraryIndex) -> Character? {
        event.category.flatMap { id in index.library.categories.first { $0.id == id }?.letter }
    }

    /// The title in its category's colour (bold either way).
    static func categoryStyle(_ event: Event, _ index: LibraryIndex) -> Style {
        guard let id = event.category, let category = index.library.categories.first(where: { $0.id == id }) else { return .bold }
        return Style(foreground: Color(category.colour), bold: true)
    }

    /// `2/2 ✔` when staffed, `1/3 mangler 2` when not.
    static func staffingText(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> String {
        let needed = index.event(of: occurrence).volunteersNeeded
        guard needed > 0 else { return "" }
        let assigned = index.shifts(of: occurrence).count
        let missing = index.openSlots(of: occurrence)
        return missing == 0 ? "\(assigned)/\(needed) ✔" : "\(assigned)/\(needed) " + language.pick("mangler \(missing)", "\(missing) missing")
    }
}
