import BibplanCore

/// Asks before a delete, naming what goes with it.
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
}
