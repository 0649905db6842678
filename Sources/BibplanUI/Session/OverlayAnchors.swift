import BibplanCore

/// When another version of the library replaces the one on screen, a dialog about one
/// occurrence follows it to the same event and day; when someone else deleted or
/// moved it, the dialog closes and says so, and never acts on another item.
enum OverlayAnchors {
    static func follow(_ state: inout AppState, from old: LibraryIndex?) {
        guard let old, let new = state.index, let overlay = state.overlay else { return }
        let found: (Occurrence) -> Occurrence? = { new.sameOccurrence(as: $0, in: old) }
        switch overlay {
        case .occurrence(let occurrence, let position):
            guard let again = found(occurrence) else { return close(occurrence, old, new, &state) }
            state.overlay = .occurrence(again, position)
        case .confirmCancel(let occurrence, let summary, let reason):
            guard let again = found(occurrence) else { return close(occurrence, old, new, &state) }
            state.overlay = .confirmCancel(again, summary: summary, reason: reason)
        case .assign(var assign):
            guard let again = found(assign.occurrence) else { return close(assign.occurrence, old, new, &state) }
            assign.occurrence = again
            state.overlay = .assign(assign)
        default:
            break
        }
    }

    private static func close(_ occurrence: Occurrence, _ old: LibraryIndex, _ new: LibraryIndex, _ state: inout AppState) {
        state.overlay = nil
        let event = old.event(of: occurrence)
        let language = state.language
        let what = "«\(event.title.firstLine)» " + DateNames.short(occurrence.day, language)
        state.message = new.event(event.id) == nil
            ? what + language.pick(" er slettet af en anden", " was deleted by someone else")
            : what + language.pick(" er flyttet eller aflyst af en anden", " was moved or cancelled by someone else")
    }
}
