import BibplanCore

/// The volunteers pane's commands: the list and editing.
enum VolunteersPane: PaneModule {
    static var list: WritableKeyPath<AppState, ListPosition> { \.volunteers.list }

    static func rowCount(_ state: AppState) -> Int {
        guard let index = state.index else { return 0 }
        return state.volunteers.entries(index, search: state.search?.query).count
    }

    static func render(_ state: AppState, into screen: inout Screen, area: Rect) {
        guard let index = state.index else { return }
        VolunteersView.render(state, index, into: &screen, area: area)
    }

    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        switch command {
        case .new, .newTopLevel, .edit, .delete:
            return VolunteerEditing.perform(command, &state, index)
        default:
            PaneUpdate.move(command, &state.volunteers.list, count: rowCount(state), page: state.contentHeight)
            return []
        }
    }
}
