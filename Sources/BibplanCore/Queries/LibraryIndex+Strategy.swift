/// The strategy of a library: the goal tree, its progress rolled up, and the initiatives
/// and events under each goal.
extension LibraryIndex {
    public var topLevelGoals: [Goal] { topGoals.map { library.goals[$0] } }

    public func children(ofGoal id: String) -> [Goal] { (goalChildren[id] ?? []).map { library.goals[$0] } }

    /// A leaf's own progress; a parent's is the mean of its children's rolled-up progress.
    public func rolledUpProgress(ofGoal id: String) -> Int {
        rolledUp(id, depth: 0)
    }

    private func rolledUp(_ id: String, depth: Int) -> Int {
        let children = goalChildren[id] ?? []
        guard !children.isEmpty, depth < 64 else { return measuredProgress(ofGoal: id) }
        let total = children.reduce(0) { $0 + rolledUp(library.goals[$1].id, depth: depth + 1) }
        return (total + children.count / 2) / children.count
    }

    public func initiatives(ofGoal id: String) -> [Initiative] { (initiativesByGoal[id] ?? []).map { library.initiatives[$0] } }

    public func events(ofInitiative id: String) -> [Event] { (eventsByInitiative[id] ?? []).map { library.events[$0] } }

    /// A goal's own progress: the mean of its measures that have a target, else its figure.
    public func measuredProgress(ofGoal id: String) -> Int {
        guard let goal = goal(id) else { return 0 }
        let measured = goal.measures.compactMap(\.progress)
        guard !measured.isEmpty else { return goal.progress }
        return (measured.reduce(0, +) + measured.count / 2) / measured.count
    }
}
