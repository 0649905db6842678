import BibplanCore

/// Cancelling one time of an event, asked first with a reason (`x`).
extension CalendarPane {
    /// Typing writes the reason; Enter cancels the occurrence; Esc keeps it.
    static func confirmCancel(_ occurrence: Occurrence, summary: [String], reason: TextField, _ command: KeyCommand?, _ key: Key,
                       _ state: inout AppState) -> [Effect] {
        var reason = reason
        switch command {
        case .close?:
            state.overlay = nil
            state.message = state.language.pick("Intet aflyst", "Nothing cancelled")
            return []
        case .confirm?:
            state.overlay = nil
            guard let index = state.index else { return [] }
            let event = index.event(of: occurrence)
            let text = reason.text.trimmingCharacters(in: .whitespaces)
            return EditingUpdate.apply({ $0.cancelOccurrence(event: event.id, on: occurrence.day, reason: text) }, &state)
        default:
            _ = reason.handle(key)
            state.overlay = .confirmCancel(occurrence, summary: summary, reason: reason)
            return []
        }
    }
}
