import BibplanCore

/// Commands that act on the focused pane.
enum PaneUpdate {
    static func perform(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) {
        if command == .cycleCategory { return cycleCategory(&state, index) }
        switch state.pane {
        case .calendar: calendar(command, &state, index)
        case .goals: goals(command, &state, index)
        case .initiatives:
            let count = state.initiatives.rows(index, search: state.search?.query).count
            if command == .showAllInitiatives { state.initiatives.goalFilter = nil; state.initiatives.list = ListPosition(); return }
            move(command, &state.initiatives.list, count: count, page: state.contentHeight)
        case .volunteers:
            let count = state.volunteers.entries(index, search: state.search?.query).count
            move(command, &state.volunteers.list, count: count, page: state.contentHeight)
        case .overview:
            break
        }
    }

    /// All → each of the library's categories → all, in the calendar or the initiatives.
    private static func cycleCategory(_ state: inout AppState, _ index: LibraryIndex) {
        let ids = index.library.categories.map(\.id)
        guard !ids.isEmpty else {
            state.message = state.language.pick("Biblioteket har ingen kategorier", "The library has no categories")
            return
        }
        let current = state.pane == .calendar ? state.calendar.category : state.initiatives.category
        let next = current.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 < ids.count ? ids[$0 + 1] : nil } ?? ids.first
        let name = next.flatMap { id in index.library.categories.first { $0.id == id }?.name }
        state.message = state.language.pick("Kategori: ", "Category: ") + (name ?? state.language.pick("alle", "all"))
        if state.pane == .calendar {
            state.calendar.category = next
            state.calendar.list = ListPosition()
        } else {
            state.initiatives.category = next
            state.initiatives.list = ListPosition()
        }
    }

    /// Up, down, page and ends in any list. Returns false for other commands.
    @discardableResult
    static func move(_ command: KeyCommand, _ list: inout ListPosition, count: Int, page: Int) -> Bool {
        switch command {
        case .up: list.move(by: -1, count: count)
        case .down: list.move(by: 1, count: count)
        case .pageUp: list.move(by: -max(page - 1, 1), count: count)
        case .pageDown: list.move(by: max(page - 1, 1), count: count)
        case .home: list.move(by: -count, count: count)
        case .end: list.move(by: count, count: count)
        default: return false
        }
        return true
    }

    private static func calendar(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) {
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
            calendar.mode = CalendarState.Mode(rawValue: (calendar.mode.rawValue + 1) % CalendarState.Mode.allCases.count) ?? .day
            calendar.list = ListPosition()
        case .open:
            let occurrences = calendar.occurrences(index, search: state.search?.query)
            if occurrences.indices.contains(calendar.list.selected) { state.overlay = .occurrence(occurrences[calendar.list.selected], ListPosition()) }
        default:
            let count = calendar.occurrences(index, search: state.search?.query).count
            move(command, &calendar.list, count: count, page: state.contentHeight)
        }
        if calendar.listedRange != before { calendar.list = ListPosition() }
        state.calendar = calendar
    }

    private static func goals(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) {
        let rows = state.goals.rows(index, search: state.search?.query)
        guard rows.indices.contains(state.goals.list.selected) else {
            move(command, &state.goals.list, count: rows.count, page: state.contentHeight)
            return
        }
        let row = rows[state.goals.list.selected]
        switch command {
        case .open:
            if row.hasChildren { state.goals.expanded.insert(row.goal.id) }
        case .back:
            if row.isExpanded {
                state.goals.expanded.remove(row.goal.id)
            } else if let parent = row.goal.parent, let position = rows.firstIndex(where: { $0.goal.id == parent }) {
                state.goals.list.selected = position
            }
        case .initiativesOfGoal:
            state.initiatives.goalFilter = row.goal.id
            state.initiatives.list = ListPosition()
            state.pane = .initiatives
        default:
            move(command, &state.goals.list, count: rows.count, page: state.contentHeight)
        }
    }
}
