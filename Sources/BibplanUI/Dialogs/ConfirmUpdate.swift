import BibplanCore

/// The yes/no questions: delete with what hangs on it, cancel one time.
enum ConfirmUpdate {
    static func delete(_ target: AppState.DeleteTarget, confirmed: Bool, _ state: inout AppState) -> [Effect] {
        state.overlay = nil
        guard confirmed else {
            state.message = state.language.pick("Intet slettet", "Nothing deleted")
            return []
        }
        let change: EditingUpdate.Change
        switch target {
        case .goal(let id): change = { $0.deleteGoal(id) }
        case .initiative(let id): change = { $0.deleteInitiative(id) }
        case .event(let id): change = { $0.deleteEvent(id) }
        case .volunteer(let id): change = { $0.deleteVolunteer(id) }
        }
        let effects = EditingUpdate.apply(change, &state, done: state.language.pick("Slettet (u fortryder)", "Deleted (u undoes)"))
        state.keepSelectionInRange()
        return effects
    }

    /// Typing writes the reason; Enter cancels the occurrence; Esc keeps it.
    static func cancel(_ occurrence: Occurrence, summary: [String], reason: TextField, _ command: KeyCommand?, _ key: Key,
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

    /// The goal list for linking: Enter or Space links or unlinks the selected goal at once.
    static func linkGoals(_ initiative: String, _ position: ListPosition, _ command: KeyCommand?, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        var position = position
        let goals = index.library.goals
        var effects: [Effect] = []
        switch command {
        case .close?:
            state.overlay = nil
            return []
        case .up?: position.move(by: -1, count: goals.count)
        case .down?: position.move(by: 1, count: goals.count)
        case .toggleLink?:
            guard goals.indices.contains(position.selected) else { return [] }
            let goal = goals[position.selected].id
            effects = EditingUpdate.apply({ $0.toggleLink(initiative: initiative, goal: goal) }, &state)
        default: break
        }
        state.overlay = .linkGoals(initiative: initiative, position)
        return effects
    }
}
