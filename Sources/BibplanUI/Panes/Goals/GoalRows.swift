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
            let query = SearchQuery(search)
            let numbers = Self.numbers(index)
            for goal in index.library.goals
            where SearchText.matches(query, in: goal.title) || SearchText.matches(query, in: goal.description)
                || numbers[goal.id].map({ Self.number($0, matches: search) }) == true {
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

    /// `1`, `1.2`, `1.2.1`: each goal's place in the tree, as the follow-up report numbers them.
    static func numbers(_ index: LibraryIndex) -> [String: String] {
        var numbers: [String: String] = [:]
        func visit(_ goal: Goal, _ number: String, depth: Int) {
            guard numbers[goal.id] == nil, depth < 32 else { return }
            numbers[goal.id] = number
            for (position, child) in index.children(ofGoal: goal.id).enumerated() {
                visit(child, number + ".\(position + 1)", depth: depth + 1)
            }
        }
        for (position, goal) in index.topLevelGoals.enumerated() { visit(goal, "\(position + 1)", depth: 0) }
        return numbers
    }

    /// `3.3` (or `3.3.`) finds goal 3.3; `3` finds goal 3 and the goals under it.
    static func number(_ number: String, matches search: String) -> Bool {
        var typed = search.filter { $0 != " " }
        while typed.hasSuffix(".") { typed.removeLast() }
        guard !typed.isEmpty, typed.allSatisfy({ $0.isNumber || $0 == "." }) else { return false }
        return number == typed || number.hasPrefix(typed + ".")
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
