import BibplanCore

/// The editing keys of the volunteers pane.
enum VolunteerEditing {
    static func perform(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let entries = state.volunteers.entries(index, search: state.search?.query)
        let selected = entries.indices.contains(state.volunteers.list.selected) ? entries[state.volunteers.list.selected].volunteer : nil
        let language = state.language
        let common = ListEditing(selected: selected, blank: { _ in
            let id = index.library.nextID(prefix: "v", among: index.library.volunteers.map(\.id))
            let groups = selected?.groups.prefix(1).map { $0 } ?? []
            return VolunteerFields.form(Volunteer(id: id, name: "", groups: groups), isNew: true, language)
        }, form: { VolunteerFields.form($0, isNew: false, language) },
           deletion: { (.volunteer($0.id), DeleteSummary.volunteer($0, index, language)) })
        return common.perform(command, &state) ?? []
    }
}
