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
