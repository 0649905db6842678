import BibplanCore

/// The keys every list pane shares: new, edit, and delete (asking first, naming what goes).
struct ListEditing<Item> {
    let selected: Item?
    /// The form for a new one (`n`, or `N` for a top-level goal).
    let blank: (KeyCommand) -> EditForm
    let form: (Item) -> EditForm
    let deletion: (Item) -> (AppState.DeleteTarget, [String])

    /// The effects, or nil when the command is none of these.
    func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .new, .newTopLevel:
            return EditingUpdate.open(blank(command), &state)
        case .edit:
            guard let selected else { return [] }
            return EditingUpdate.open(form(selected), &state)
        case .delete:
            guard let selected else { return [] }
            let (target, summary) = deletion(selected)
            state.overlay = .confirmDelete(target, summary: summary)
            return []
        default:
            return nil
        }
    }
}

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
            return [.writeFile(name: name, contents: FollowUpReport.markdown(index: index, period: period, made: state.today, language: language))]
        default:
            return []
        }
    }
}

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

/// A copy starts as its original with a marked title: a template for a new one.
enum Copying {
    static func title(_ original: String, _ language: Language) -> String {
        original + language.pick(" (kopi)", " (copy)")
    }
}

/// The editing keys of the volunteers pane.
enum VolunteerEditing {
    static func perform(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let entries = state.volunteers.entries(index, search: state.search?.query)
        let selected = entries.indices.contains(state.volunteers.list.selected) ? entries[state.volunteers.list.selected].volunteer : nil
        let language = state.language
        let common = ListEditing(selected: selected, blank: { _ in
            let id = index.library.nextID(prefix: "v", among: index.library.volunteers.map(\.id))
            return VolunteerFields.form(Volunteer(id: id, name: "", groups: selected?.groups.prefix(1).map { $0 } ?? []), isNew: true, language)
        }, form: { VolunteerFields.form($0, isNew: false, language) },
           deletion: { (.volunteer($0.id), DeleteSummary.volunteer($0, index, language)) })
        return common.perform(command, &state) ?? []
    }
}

/// The editing keys of the calendar: new event, edit or delete the selected event,
/// cancel or move one time, the open slots.
enum CalendarEditing {
    static func perform(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let occurrences = state.calendar.occurrences(index, search: state.search?.query)
        let selected = occurrences.indices.contains(state.calendar.list.selected) ? occurrences[state.calendar.list.selected] : nil
        let language = state.language
        switch command {
        case .new, .newTopLevel:
            let id = index.library.nextID(prefix: "e", among: index.library.events.map(\.id))
            let event = Event(id: id, title: "", start: LocalDateTime(day: state.calendar.day, minutes: 10 * 60))
            return EditingUpdate.open(EventFields.form(event, isNew: true, library: index.library, language), &state)
        case .openSlots:
            state.overlay = .openSlots(ListPosition())
            return []
        default:
            break
        }
        guard let selected else { return [] }
        let event = index.series(of: selected) // editing changes the series, never one time's override
        switch command {
        case .edit:
            return EditingUpdate.open(EventFields.form(event, isNew: false, library: index.library, language), &state)
        case .delete:
            state.overlay = .confirmDelete(.event(event.id), summary: DeleteSummary.event(event, index, language))
        case .cancelOccurrence:
            if index.cancellation(of: selected) != nil {
                return EditingUpdate.apply({ $0.reinstateOccurrence(event: event.id, on: selected.day) }, &state,
                                           done: language.pick("Genoptaget: finder sted igen (u fortryder)", "Reinstated: it takes place again (u undoes)"))
            }
            state.overlay = .confirmCancel(selected, summary: DeleteSummary.occurrence(selected, index, language), reason: TextField(""))
        case .moveOccurrence:
            return EditingUpdate.open(MoveFields.form(selected, event, language), &state)
        case .duplicate:
            var copy = event
            copy.id = index.library.nextID(prefix: "e", among: index.library.events.map(\.id))
            copy.title = Copying.title(event.title, language)
            copy.exdates = []
            copy.overrides = []
            copy.start = LocalDateTime(day: state.calendar.day, minutes: event.start.minutes)
            return EditingUpdate.open(EventFields.form(copy, isNew: true, library: index.library, language), &state)
        default:
            break
        }
        return []
    }
}
