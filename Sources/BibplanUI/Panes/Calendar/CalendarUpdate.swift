import BibplanCore

/// The calendar's commands: days, weeks and months, the roster of an occurrence, and editing.
enum CalendarPane: PaneModule {
    static var list: WritableKeyPath<AppState, ListPosition> { \.calendar.list }

    static func rowCount(_ state: AppState, _ index: LibraryIndex) -> Int {
        state.calendar.occurrences(index, search: state.search?.query).count
    }

    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        CalendarView.render(state, index, into: &screen, area: area)
    }

    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        switch command {
        case .new, .newTopLevel, .edit, .delete, .cancelOccurrence, .moveOccurrence, .openSlots, .duplicate:
            return CalendarEditing.perform(command, &state, index)
        case .cycleCategory:
            PaneUpdate.cycleCategory(\.calendar.category, list: \.calendar.list, &state, index)
        case .nextMatch: CalendarSearch.jump(.forward, &state)
        case .previousMatch: CalendarSearch.jump(.backward, &state)
        case .close: state.search = nil
        default:
            navigate(command, &state, index)
        }
        return []
    }

    private static func navigate(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) {
        var calendar = state.calendar
        let before = calendar.listedRange
        switch command {
        case .left: calendar.day = calendar.day.adding(days: -1)
        case .right: calendar.day = calendar.day.adding(days: 1)
        case .previousWeek: calendar.day = calendar.day.adding(days: -7)
        case .nextWeek: calendar.day = calendar.day.adding(days: 7)
        case .previousMonth: calendar.day = calendar.day.adding(months: -1)
        case .nextMonth: calendar.day = calendar.day.adding(months: 1)
        case .cycleCalendarView:
            cycleView(&calendar, search: state.search?.query, index)
            state.calendar = calendar
            return
        case .open:
            let occurrences = calendar.occurrences(index, search: state.search?.query)
            if occurrences.indices.contains(calendar.list.selected) {
                state.overlay = .occurrence(occurrences[calendar.list.selected], ListPosition())
            }
        default:
            let count = calendar.occurrences(index, search: state.search?.query).count
            PaneUpdate.move(command, &calendar.list, count: count, page: state.contentHeight)
        }
        if calendar.listedRange != before { calendar.list = ListPosition() }
        state.calendar = calendar
    }

    /// Day, week, month, day again; the selected occurrence (or, with none, the day) stays selected:
    /// the week selects it among the week's, the month and the day go to its day.
    static func cycleView(_ calendar: inout CalendarState, search: String?, _ index: LibraryIndex) {
        let listed = calendar.occurrences(index, search: search)
        let selected = listed.indices.contains(calendar.list.selected) ? listed[calendar.list.selected] : nil
        calendar.mode = CalendarState.Mode(rawValue: (calendar.mode.rawValue + 1) % CalendarState.Mode.allCases.count) ?? .day
        if let selected { calendar.day = selected.day }
        let now = calendar.occurrences(index, search: search)
        calendar.list = ListPosition()
        if let selected, let position = now.firstIndex(of: selected) {
            calendar.list.selected = position
        } else if let position = now.firstIndex(where: { $0.day >= calendar.day }) {
            calendar.list.selected = position
        }
    }
}
