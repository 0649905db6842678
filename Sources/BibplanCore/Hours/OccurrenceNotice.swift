/// What an occurrence should be flagged with: it falls on a closing day, or outside
/// the library's opening hours. A closing day says more, so it wins.
public enum OccurrenceNotice: Equatable, Sendable {
    case closed(Closure)
    case outsideOpeningHours

    /// `lukket: juledag`, `uden for åbningstid`.
    public func text(_ language: Language) -> String {
        switch self {
        case .closed(let closure): return closure.text(language)
        case .outsideOpeningHours: return language.pick("uden for åbningstid", "outside opening hours")
        }
    }
}

/// A day's opening: closed (and why), or its hours with staff and self-service.
public enum DayOpening: Equatable, Sendable {
    case closed(Closure)
    case hours(staffed: [ClockSpan], selfService: [ClockSpan])

    /// `Lukket: juledag`, `Åbent 10–19 · selvbetjening 7–22`, `Ingen åbningstid`; nil when there is nothing to say.
    public func text(_ language: Language) -> String? {
        switch self {
        case .closed(let closure): return closure.text(language).capitalizedFirst
        case .hours(let staffed, let selfService):
            var parts: [String] = []
            if !staffed.isEmpty { parts.append(language.pick("åbent ", "open ") + Self.list(staffed)) }
            if !selfService.isEmpty { parts.append(language.pick("selvbetjening ", "self-service ") + Self.list(selfService)) }
            if parts.isEmpty { return language.pick("Ingen åbningstid", "Not open") }
            return parts.joined(separator: " · ").capitalizedFirst
        }
    }

    private static func list(_ spans: [ClockSpan]) -> String { spans.map(\.text).joined(separator: ", ") }
}

extension String {
    /// The text with its first letter upper-cased (`lukket: juledag` → `Lukket: juledag`).
    public var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
