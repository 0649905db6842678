/// How a goal or an initiative is doing by the numbers and the calendar, beside
/// the status people set by hand (as strategy trackers such as Cascade compute it).
public enum Health: String, CaseIterable, Sendable {
    case notStarted = "not-started", onTrack = "on-track", behind, atRisk = "at-risk", done

    public func word(_ language: Language) -> String {
        switch self {
        case .notStarted: return language.pick("ikke startet", "not started")
        case .onTrack: return language.pick("på sporet", "on track")
        case .behind: return language.pick("bagud", "behind")
        case .atRisk: return language.pick("i fare", "at risk")
        case .done: return language.pick("nået", "done")
        }
    }
}

/// A goal's computed health: the progress expected by today, the progress it has
/// (its measures with a target, else the planners' figure; rolled up over sub-goals).
public struct GoalHealth: Equatable, Sendable {
    public let health: Health
    /// Nil when the goal has no period to measure time against.
    public let expected: Int?
    public let actual: Int

    public init(health: Health, expected: Int?, actual: Int) {
        self.health = health
        self.expected = expected
        self.actual = actual
    }
}

extension LibraryIndex {
    /// A goal's own progress: the mean of its measures that have a target, else its figure.
    public func measuredProgress(ofGoal id: String) -> Int {
        guard let goal = goal(id) else { return 0 }
        let measured = goal.measures.compactMap(\.progress)
        guard !measured.isEmpty else { return goal.progress }
        return (measured.reduce(0, +) + measured.count / 2) / measured.count
    }

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
        return GoalHealth(health: Self.health(actual: actual, expected: expected, finished: goal(id)?.status == .done), expected: expected, actual: actual)
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
