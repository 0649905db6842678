import BibplanCore

/// One line of the goal tree.
public struct GoalRow: Equatable, Sendable {
    public let goal: Goal
    public let depth: Int
    public let hasChildren: Bool
    public let isExpanded: Bool
    public let progress: Int
}

extension GoalsState {
    /// The visible rows: the tree with its expanded branches, or every goal
    /// matching the search as a flat list.
    public func rows(_ index: LibraryIndex, search: String?) -> [GoalRow] {
        var rows: [GoalRow] = []
        if let search, !search.isEmpty {
            for goal in index.library.goals where SearchText.matches(search, in: goal.title) || SearchText.matches(search, in: goal.description) {
                rows.append(row(goal, depth: 0, index))
            }
            return rows
        }
        func visit(_ goal: Goal, depth: Int) {
            rows.append(row(goal, depth: depth, index))
            guard expanded.contains(goal.id), depth < 32 else { return }
            for child in index.children(ofGoal: goal.id) { visit(child, depth: depth + 1) }
        }
        for goal in index.topLevelGoals { visit(goal, depth: 0) }
        return rows
    }

    private func row(_ goal: Goal, depth: Int, _ index: LibraryIndex) -> GoalRow {
        let children = !index.children(ofGoal: goal.id).isEmpty
        return GoalRow(goal: goal, depth: depth, hasChildren: children, isExpanded: expanded.contains(goal.id),
                       progress: index.rolledUpProgress(ofGoal: goal.id))
    }
}

extension GoalStatus {

    /// A symbol that carries the status without colour.
    public var symbol: Character {
        switch self {
        case .notStarted: return "○"
        case .onTrack: return "●"
        case .atRisk: return "▲"
        case .offTrack: return "✖"
        case .done: return "✔"
        }
    }

    public var style: Style {
        switch self {
        case .notStarted: return .dim
        case .onTrack: return .good
        case .atRisk: return .caution
        case .offTrack: return .warning
        case .done: return Style(foreground: .cyan)
        }
    }
}

extension InitiativeStatus {

    public var style: Style {
        switch self {
        case .active: return .good
        case .paused: return .caution
        case .cancelled: return .warning
        case .idea, .planned, .done: return .plain
        }
    }
}
