import BibplanCore

/// The editing keys of the goals pane: new goal or sub-goal, edit, delete, status, progress, report.
enum GoalEditing {
    static func perform(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let rows = state.goals.rows(index, search: state.search?.query)
        let selected = rows.indices.contains(state.goals.list.selected) ? rows[state.goals.list.selected].goal : nil
        let language = state.language
        let common = ListEditing(selected: selected, blank: { command in
            let id = index.library.nextID(prefix: "g", among: index.library.goals.map(\.id))
            return GoalFields.form(Goal(id: id, parent: command == .new ? selected?.id : nil, title: ""), isNew: true, language)
        }, form: { GoalFields.form($0, isNew: false, language) },
           deletion: { (.goal($0.id), DeleteSummary.goal($0.id, index, language)) })
        if let effects = common.perform(command, &state) { return effects }
        switch command {
        case .cycleStatus:
            guard let selected else { return [] }
            return EditingUpdate.apply({ $0.setStatus(ofGoal: selected.id, selected.status.next) }, &state)
        case .progressUp, .progressDown:
            guard let selected else { return [] }
            return EditingUpdate.apply({ $0.changeProgress(ofGoal: selected.id, by: command == .progressUp ? 5 : -5) }, &state)
        case .writeReport:
            let period = FollowUpReport.defaultPeriod(index.library, today: state.today)
            let name = FollowUpReport.fileName(libraryID: index.library.id, period: period, fileExtension: "md", language: language)
            state.message = language.pick("Skriver rapporten …", "Writing the report …")
            let report = FollowUpReport.markdown(index: index, period: period, made: state.today, language: language)
            return [.writeFile(name: name, contents: report)]
        default:
            return []
        }
    }
}
