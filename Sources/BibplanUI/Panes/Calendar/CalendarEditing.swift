import BibplanCore

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
                                           done: language.pick("Genoptaget: finder sted igen (u fortryder)",
                                                               "Reinstated: it takes place again (u undoes)"))
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
