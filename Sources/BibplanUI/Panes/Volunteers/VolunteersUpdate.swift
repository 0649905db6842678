import BibplanCore

/// The volunteers pane's commands: the list and editing.
enum VolunteersPane: PaneModule {
    static var list: WritableKeyPath<AppState, ListPosition> { \.volunteers.list }

    static func rowCount(_ state: AppState, _ index: LibraryIndex) -> Int {
        state.volunteers.entries(index, search: state.search?.query).count
    }

    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        VolunteersView.render(state, index, into: &screen, area: area)
    }

    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        switch command {
        case .new, .newTopLevel, .edit, .delete:
            return VolunteerEditing.perform(command, &state, index)
        default:
            PaneUpdate.move(command, &state.volunteers.list, count: rowCount(state, index), page: state.contentHeight)
            return []
        }
    }
}
