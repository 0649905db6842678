/// An RFC 5545 DURATION (`PT1H30M`, `P1D`, `P2W`, `P1DT2H`, `-PT15M`) read into
/// minutes with every number range-checked and every sum checked for overflow, so
/// that `P9999999999999999D` is an error that says so, never a trap.
enum ICSDuration {
    /// Far beyond any event (bibplan holds at most 14 days), far below overflow.
    static let limitMinutes = 100 * 366 * 1440

    enum Failure: Error, Equatable {
        case malformed
        case tooLong

        var message: String {
            switch self {
            case .malformed: return "is not a duration such as PT1H30M or P1D"
            case .tooLong: return "is longer than 100 years"
            }
        }
    }

    /// The duration in whole minutes (seconds rounded down); negative for `-P…`.
    static func minutes(_ text: String) throws(Failure) -> Int {
        var rest = Substring(text.uppercased())
        var sign = 1
        if rest.hasPrefix("+") { rest = rest.dropFirst() } else if rest.hasPrefix("-") { sign = -1; rest = rest.dropFirst() }
        guard rest.hasPrefix("P"), rest.count > 1 else { throw .malformed }
        rest = rest.dropFirst()
        var seconds = 0, digits = "", inTime = false, parts = 0, timeParts = 0
        for character in rest {
            if character.isASCII, character.isNumber { digits.append(character); continue }
            if character == "T", digits.isEmpty, !inTime { inTime = true; continue }
            // More than 12 digits is beyond the limit whatever the unit.
            guard !digits.isEmpty else { throw .malformed }
            guard digits.count <= 12, let value = Int(digits) else { throw .tooLong }
            digits = ""
            parts += 1
            if inTime { timeParts += 1 }
            let unit: Int
            switch (character, inTime) {
            case ("W", false): unit = 7 * 86_400
            case ("D", false): unit = 86_400
            case ("H", true): unit = 3600
            case ("M", true): unit = 60
            case ("S", true): unit = 1
            default: throw .malformed
            }
            let (part, overflowA) = value.multipliedReportingOverflow(by: unit)
            let (sum, overflowB) = seconds.addingReportingOverflow(part)
            guard !overflowA, !overflowB, sum / 60 <= limitMinutes else { throw .tooLong }
            seconds = sum
        }
        guard digits.isEmpty, parts > 0, !inTime || timeParts > 0 else { throw .malformed }
        return sign * (seconds / 60)
    }
}
