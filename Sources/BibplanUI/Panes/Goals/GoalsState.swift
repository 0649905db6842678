/// The goals pane's own state: the expanded goals and the selection (its rows are in GoalRows).
public struct GoalsState: Equatable, Sendable {
    public var expanded: Set<String> = []
    public var list = ListPosition()
    public init() {}
}
