/// Where "now" is among a list of occurrences: the ongoing ones, and the next to begin today.
public enum NowMark: Equatable, Sendable {
    /// Started and not yet over.
    case ongoing
    /// The next to start today (every one starting at that time).
    case next

    /// `▶ nu`, `→ næste`.
    public func text(_ language: Language) -> String {
        switch self {
        case .ongoing: return language.pick("▶ nu", "▶ now")
        case .next: return language.pick("→ næste", "→ next")
        }
    }

    /// The marks for the occurrences at the time `now`; unmarked ones are left out.
    public static func marks(_ occurrences: [Occurrence], now: LocalDateTime) -> [Occurrence: NowMark] {
        var marks: [Occurrence: NowMark] = [:]
        var nextStart: LocalDateTime?
        for occurrence in occurrences {
            if occurrence.start <= now, now < occurrence.end {
                marks[occurrence] = .ongoing
            } else if occurrence.start > now, occurrence.day == now.day, nextStart.map({ occurrence.start < $0 }) ?? true {
                nextStart = occurrence.start
            }
        }
        if let nextStart {
            for occurrence in occurrences where occurrence.start == nextStart { marks[occurrence] = .next }
        }
        return marks
    }
}
