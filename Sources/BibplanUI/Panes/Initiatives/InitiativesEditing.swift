import BibplanCore

/// The editing keys of the initiatives pane.
enum InitiativeEditing {
    static func perform(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let rows = state.initiatives.rows(index, search: state.search?.query)
        let selected = rows.indices.contains(state.initiatives.list.selected) ? rows[state.initiatives.list.selected] : nil
        let language = state.language
        let newID = index.library.nextID(prefix: "i", among: index.library.initiatives.map(\.id))
        let goals = state.initiatives.goalFilter.map { [$0] } ?? []
        let common = ListEditing(selected: selected, blank: { _ in
            InitiativeFields.form(Initiative(id: newID, title: "", goals: goals), isNew: true, language)
        }, form: { InitiativeFields.form($0, isNew: false, language) },
           deletion: { (.initiative($0.id), DeleteSummary.initiative($0, index, language)) })
        if let effects = common.perform(command, &state) { return effects }
        guard let selected else { return [] }
        switch command {
        case .linkGoals:
            state.overlay = .linkGoals(initiative: selected.id, ListPosition())
            return []
        case .duplicate:
            var copy = selected
            copy.id = newID
            copy.title = Copying.title(selected.title, language)
            return EditingUpdate.open(InitiativeFields.form(copy, isNew: true, language), &state)
        case .cycleStatus:
            return EditingUpdate.apply({ $0.setStatus(ofInitiative: selected.id, selected.status.next) }, &state)
        default:
            return []
        }
    }
}
