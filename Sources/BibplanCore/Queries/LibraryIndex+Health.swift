/// How each goal and initiative is doing by the numbers and the calendar (see `Health`).
extension LibraryIndex {
    /// Expected progress by `today` on a straight line from the plan's start to the
    /// goal's due date (or the plan's end).
    public func expectedProgress(ofGoal id: String, today: Day) -> Int? {
        guard let goal = goal(id), let start = library.plan?.from, let end = goal.due ?? library.plan?.to, end > start else { return nil }
        if today <= start { return 0 }
        if today >= end { return 100 }
        return Int((Double(today.ordinal - start.ordinal) / Double(end.ordinal - start.ordinal) * 100).rounded())
    }

    public func health(ofGoal id: String, today: Day) -> GoalHealth {
        let actual = rolledUpProgress(ofGoal: id)
        let expected = expectedProgress(ofGoal: id, today: today)
        let health = Self.health(actual: actual, expected: expected, finished: goal(id)?.status == .done)
        return GoalHealth(health: health, expected: expected, actual: actual)
    }

    /// Within 10 points of the line: on track; within 25: behind; further: at risk.
    static func health(actual: Int, expected: Int?, finished: Bool) -> Health {
        if finished || actual >= 100 { return .done }
        guard let expected else { return actual > 0 ? .onTrack : .notStarted }
        if expected == 0 { return actual > 0 ? .onTrack : .notStarted }
        let gap = expected - actual
        return gap <= 10 ? .onTrack : gap <= 25 ? .behind : .atRisk
    }

    /// An initiative's health from its period and status: past its end and not done
    /// is at risk, paused in its period is behind.
    public func health(ofInitiative id: String, today: Day) -> Health? {
        guard let initiative = initiative(id) else { return nil }
        switch initiative.status {
        case .done: return .done
        case .cancelled: return nil
        case .paused: return .behind
        case .idea, .planned, .active:
            if let to = initiative.to, to < today { return .atRisk }
            if let from = initiative.from, from > today { return .notStarted }
            return initiative.status == .active ? .onTrack : (initiative.from == nil ? .notStarted : .behind)
        }
    }
}
