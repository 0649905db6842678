import BibplanCore

/// The goals pane's commands: the tree folded and unfolded, a goal's initiatives, and editing.
enum GoalsPane: PaneModule {
    static var list: WritableKeyPath<AppState, ListPosition> { \.goals.list }

    static func rowCount(_ state: AppState, _ index: LibraryIndex) -> Int {
        state.goals.rows(index, search: state.search?.query).count
    }

    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        GoalsView.render(state, index, into: &screen, area: area)
    }

    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        switch command {
        case .new, .newTopLevel, .edit, .delete, .cycleStatus, .progressUp, .progressDown, .writeReport:
            return GoalEditing.perform(command, &state, index)
        default:
            navigate(command, &state, index)
            return []
        }
    }

    private static func navigate(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) {
        let rows = state.goals.rows(index, search: state.search?.query)
        guard rows.indices.contains(state.goals.list.selected) else {
            PaneUpdate.move(command, &state.goals.list, count: rows.count, page: state.contentHeight)
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
            PaneUpdate.move(command, &state.goals.list, count: rows.count, page: state.contentHeight)
        }
    }
}
