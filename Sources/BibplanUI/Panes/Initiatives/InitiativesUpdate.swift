import BibplanCore

/// The initiatives pane's commands: its filters, the list, and editing.
enum InitiativesPane: PaneModule {
    static var list: WritableKeyPath<AppState, ListPosition> { \.initiatives.list }

    static func rowCount(_ state: AppState, _ index: LibraryIndex) -> Int {
        state.initiatives.rows(index, search: state.search?.query).count
    }

    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        InitiativesView.render(state, index, into: &screen, area: area)
    }

    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        switch command {
        case .new, .newTopLevel, .edit, .delete, .cycleStatus, .linkGoals, .duplicate:
            return InitiativeEditing.perform(command, &state, index)
        case .cycleCategory:
            PaneUpdate.cycleCategory(\.initiatives.category, list: \.initiatives.list, &state, index)
        case .showAllInitiatives:
            state.initiatives.goalFilter = nil
            state.initiatives.list = ListPosition()
        default:
            PaneUpdate.move(command, &state.initiatives.list, count: rowCount(state, index), page: state.contentHeight)
        }
        return []
    }
}
