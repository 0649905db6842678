import BibplanCore

/// The overview among the panes: its list and drawing, its commands carried out by `OverviewUpdate`.
enum OverviewPane: PaneModule {
    static var list: WritableKeyPath<AppState, ListPosition> { \.overview.list }

    static func rowCount(_ state: AppState, _ index: LibraryIndex) -> Int {
        guard let overview = state.overviewData else { return 0 }
        return state.overview.rows(overview, search: state.search?.query, state.language).count
    }

    /// Across libraries: drawn from every library's data, not the open one's.
    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        OverviewView.render(state, into: &screen, area: area)
    }

    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] { OverviewUpdate.perform(command, &state) }
}

/// Keys in the overview pane, and following a line into one library.
enum OverviewUpdate {
    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let overview = state.overviewData else { return [] }
        let rows = state.overview.rows(overview, search: state.search?.query, state.language)
        skipHeadings(rows, forward: true, &state.overview.list)
        switch command {
        case .cycleCalendarView:
            let sections = OverviewState.Section.allCases
            state.overview.section = sections[(state.overview.section.rawValue + 1) % sections.count]
            state.overview.list = ListPosition()
        case .left where state.overview.section == .theme, .right where state.overview.section == .theme:
            let themes = Theme.allCases, step = command == .left ? themes.count - 1 : 1
            let position = themes.firstIndex(of: state.overview.theme) ?? 0
            state.overview.theme = themes[(position + step) % themes.count]
            state.overview.list = ListPosition()
        case .open:
            guard rows.indices.contains(state.overview.list.selected), let target = rows[state.overview.list.selected].target else { return [] }
            return follow(target, &state)
        default:
            let before = state.overview.list.selected
            PaneUpdate.move(command, &state.overview.list, count: rows.count, page: state.contentHeight)
            skipHeadings(rows, forward: state.overview.list.selected >= before, &state.overview.list)
        }
        return []
    }

    /// Headings are not stops: the selection moves on to a line under (or above) one.
    static func skipHeadings(_ rows: [OverviewRow], forward: Bool, _ list: inout ListPosition) {
        var position = list.selected
        while rows.indices.contains(position), rows[position].isHeading { position += forward ? 1 : -1 }
        if rows.indices.contains(position) {
            list.selected = position
        } else if !forward {
            skipHeadings(rows, forward: true, &list)
        }
    }

    /// Goes to the target: at once in the open library, else after opening its library.
    static func follow(_ target: OverviewTarget, _ state: inout AppState) -> [Effect] {
        if state.index?.library.id == target.libraryID {
            reveal(target, &state)
            return []
        }
        guard !state.hasUnsavedChanges else {
            state.message = state.language.pick("Din ændring er ikke gemt: S gemmer, før et andet bibliotek åbnes",
                                                "Your change is not saved: S saves before another library opens")
            return []
        }
        state.pendingTarget = target
        return [.openLibrary(target.libraryID)]
    }

    /// Shows the target in its pane of the (now open) library.
    static func reveal(_ target: OverviewTarget, _ state: inout AppState) {
        guard let index = state.index else { return }
        state.search = nil
        switch target {
        case .library:
            state.pane = .goals
            state.goals.list = ListPosition()
        case .goal(_, let id):
            state.pane = .goals
            var parent = index.goal(id)?.parent
            while let ancestor = parent {
                state.goals.expanded.insert(ancestor)
                parent = index.goal(ancestor)?.parent
            }
            state.goals.list.selected = state.goals.rows(index, search: nil).firstIndex { $0.goal.id == id } ?? 0
        case .initiative(_, let id):
            state.pane = .initiatives
            state.initiatives.goalFilter = nil
            state.initiatives.list.selected = state.initiatives.rows(index, search: nil).firstIndex { $0.id == id } ?? 0
        case .day(_, let day):
            state.pane = .calendar
            state.calendar.day = day
            state.calendar.list = ListPosition()
        }
    }
}
