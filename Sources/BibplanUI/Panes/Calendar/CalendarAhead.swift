import BibplanCore

/// Beside a wide day's details, under the day's own list: the next days' events, so a big
/// terminal's rows are used. They share the list's columns; only the day's own are selectable.
enum CalendarAhead {
    /// The times of the six days after the day shown, narrowed like the list (category, search).
    static func occurrences(_ state: AppState, _ index: LibraryIndex) -> [Occurrence] {
        var ahead = state.calendar
        ahead.day = state.calendar.day.adding(days: 1)
        let range = DayRange(ahead.day, ahead.day.adding(days: 5))
        let listed = index.listedOccurrences(in: range)
        let shown = ahead.category.map { id in listed.filter { index.event(of: $0).category == id } } ?? listed
        guard let search = state.search?.query, !search.isEmpty else { return shown }
        let query = SearchQuery(search)
        return shown.filter { index.matches($0, query) }
    }

    /// Whether the day view has room for them: wide, and more than a few rows free under the list.
    static func shows(_ state: AppState, listArea: Rect, listLines: Int) -> Bool {
        state.isWide && state.calendar.mode == .day && listArea.height >= listLines + 6
    }

    /// `De næste dage`, then a bold line per day and its rows, down to `bottom`.
    static func draw(_ occurrences: [Occurrence], _ columns: CalendarColumns, _ state: AppState, _ index: LibraryIndex,
                     into screen: inout Screen, area: Rect) {
        guard area.height > 1 else { return }
        let language = state.language
        screen.put(language.pick("De næste dage", "The next days"), x: area.x, y: area.y, limit: area.width, style: .heading)
        var y = area.y + 1
        if occurrences.isEmpty {
            screen.put(language.pick("Ingen arrangementer.", "No events."), x: area.x + 2, y: y, limit: area.width - 2, style: .dim)
            return
        }
        for (position, occurrence) in occurrences.enumerated() where y < area.bottom {
            if position == 0 || occurrences[position - 1].day != occurrence.day {
                let closed = index.closure(on: occurrence.day).map { " · " + $0.text(language) } ?? ""
                screen.put(DateNames.long(occurrence.day, language) + closed, x: area.x, y: y, limit: area.width, style: .bold)
                y += 1
                guard y < area.bottom else { return }
            }
            CalendarRows.draw(occurrence, columns, state, index, into: &screen, y: y, now: nil, roomTaken: false)
            y += 1
        }
    }
}
