import BibplanCore

/// Linking an initiative to goals (`L`).
extension InitiativesPane {
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
