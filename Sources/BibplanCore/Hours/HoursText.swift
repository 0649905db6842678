/// Opening hours as people write them: `10-19`, `7:30-22`, `10-12, 13-19`; an empty
/// text is a closed day. Hours run 0–24, minutes 0–59; `-` or `–` between.
public enum HoursText {
    /// The spans of the text in order, or why it is not opening hours.
    public static func parse(_ text: String) -> Result<[ClockSpan], HoursTextError> {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return .success([]) }
        var spans: [ClockSpan] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            guard let span = span(String(part).trimmingSpaces) else { return .failure(.notHours(String(part).trimmingSpaces)) }
            if let last = spans.last, span.from < last.to { return .failure(.overlapping(last, span)) }
            spans.append(span)
        }
        return .success(spans)
    }

    /// The spans as schema 1 writes them: `10-12, 13-19`.
    public static func text(_ spans: [ClockSpan]) -> String { spans.map(\.schemaText).joined(separator: ", ") }

    private static func span(_ text: String) -> ClockSpan? {
        let ends = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        guard ends.count == 2, let from = minutes(ends[0]), let to = minutes(ends[1]), from < to else { return nil }
        return ClockSpan(from: from, to: to)
    }

    /// `7`, `07`, `7:30`, `24` → minutes after midnight (at most 24:00).
    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingSpaces.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hour = number(parts[0], digits: 1...2) else { return nil }
        let minute = parts.count == 2 ? number(parts[1], digits: 2...2) : 0
        guard let minute, hour <= 24, minute < 60 else { return nil }
        let total = hour * 60 + minute
        return total <= 1440 ? total : nil
    }

    private static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

public enum HoursTextError: Error, Equatable, Sendable, CustomStringConvertible {
    case notHours(String)
    case overlapping(ClockSpan, ClockSpan)

    public var description: String {
        switch self {
        case .notHours(let part):
            return "\"\(part)\" is not opening hours (from-to in hours 0–24, e.g. \"10-19\", \"7:30-22\", \"10-12, 13-19\")"
        case .overlapping(let first, let second):
            return "\(second.schemaText) begins before \(first.schemaText) ends (spans in order, not overlapping)"
        }
    }
}

extension StringProtocol {
    /// Without the white space at either end.
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
