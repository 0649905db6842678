import BibplanCore
import Foundation

/// Reads a form's fields into values, collecting a plain-words problem per field:
/// each entity's form reads itself through one of these.
struct FormReader {
    let form: EditForm
    let language: Language
    let today: Day
    private(set) var errors: [FieldKey: String] = [:]

    init(_ form: EditForm, language: Language, today: Day) {
        self.form = form
        self.language = language
        self.today = today
    }

    func text(_ key: FieldKey) -> String { form[key].trimmingCharacters(in: .whitespaces) }

    mutating func required(_ key: FieldKey) -> String {
        let value = text(key)
        if value.isEmpty { fail(key, "skal udfyldes", "cannot be empty") }
        return value
    }

    /// A whole number in a range; empty gives nil (or a problem when required).
    mutating func number(_ key: FieldKey, _ range: ClosedRange<Int>, required: Bool = false) -> Int? {
        let value = text(key)
        if value.isEmpty {
            if required { fail(key, "skal udfyldes", "cannot be empty") }
            return nil
        }
        guard let number = Int(value), range.contains(number) else {
            fail(key, "et tal fra \(range.lowerBound) til \(range.upperBound)", "a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// A date as people type it (`27/11`, `27-11-2026`, `2026-11-27`); empty gives nil.
    mutating func day(_ key: FieldKey, required: Bool = false) -> Day? {
        let value = text(key)
        if value.isEmpty {
            if required { fail(key, "skal udfyldes", "cannot be empty") }
            return nil
        }
        guard let day = Day(typed: value, today: today) else {
            fail(key, "ikke en dato (fx 27/11 eller 2026-11-27)", "not a date (e.g. 27/11 or 2026-11-27)")
            return nil
        }
        return day
    }

    /// A time of day (`19`, `19.30`, `19:30`, `0930`) as minutes after midnight.
    mutating func time(_ key: FieldKey) -> Int? {
        guard let minutes = TimeInput.minutes(text(key)) else {
            fail(key, "ikke et klokkeslæt (fx 19, 19.30 eller 19:30)", "not a time (e.g. 19, 19.30 or 19:30)")
            return nil
        }
        return minutes
    }

    /// A duration in minutes (`90`) or hours and minutes (`1:30`, `1.30`, `2t`, `2h`).
    mutating func duration(_ key: FieldKey) -> Int? {
        switch TimeInput.readDuration(text(key)) {
        case .minutes(let minutes): return minutes
        case .tooLong: fail(key, "højst 24 timer (24:00 eller 1440 minutter)", "at most 24 hours (24:00 or 1440 minutes)")
        case .notADuration: fail(key, "minutter (90) eller timer:minutter (1:30)", "minutes (90) or hours:minutes (1:30)")
        }
        return nil
    }

    /// Items separated by commas, trimmed, empty ones dropped.
    func list(_ key: FieldKey) -> [String] {
        form[key].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func choice<Value: RawRepresentable>(_ key: FieldKey, _ type: Value.Type) -> Value? where Value.RawValue == String {
        Value(rawValue: form[key])
    }

    mutating func fail(_ key: FieldKey, _ danish: String, _ english: String) {
        if errors[key] == nil { errors[key] = language.pick(danish, english) }
    }
}

/// Times and durations as typed.
public enum TimeInput {
    public static func minutes(_ text: String) -> Int? {
        let parts = text.split(whereSeparator: { ":.".contains($0) })
        let digits: (hour: Substring, minute: Substring)
        if parts.count == 2 {
            digits = (parts[0], parts[1])
        } else if parts.count == 1, parts[0].count == 4 {
            digits = (parts[0].prefix(2), parts[0].suffix(2))
        } else if parts.count == 1 {
            digits = (parts[0], "00")
        } else {
            return nil
        }
        guard digits.minute.count == 2, let hour = Int(digits.hour), let minute = Int(digits.minute),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    public enum DurationReading: Equatable, Sendable {
        case minutes(Int)
        /// Digits in a duration's form, but longer than a day (however many digits:
        /// never an overflow).
        case tooLong
        case notADuration
    }

    public static func duration(_ text: String) -> Int? {
        if case .minutes(let minutes) = readDuration(text) { return minutes }
        return nil
    }

    /// Minutes (`90`), hours (`2t`, `2h`) or hours and minutes (`1:30`, `1.30`), from 1 minute to 24 hours.
    public static func readDuration(_ text: String) -> DurationReading {
        let trimmed = text.lowercased().trimmingCharacters(in: .whitespaces)
        let hoursOnly = trimmed.hasSuffix("t") || trimmed.hasSuffix("h")
        let parts = (hoursOnly ? trimmed.dropLast() : Substring(trimmed)).split(omittingEmptySubsequences: false, whereSeparator: { ":.".contains($0) })
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
              parts.count == 1 || (!hoursOnly && parts[1].count == 2) else { return .notADuration }
        let maximum = 24 * 60
        // Int(…) is nil for more digits than an Int holds: too long, like any number over the maximum.
        let first = Int(parts[0]).flatMap { $0 <= maximum ? $0 : nil }
        let total: Int?
        if parts.count == 2 {
            guard let minutes = Int(parts[1]), minutes < 60 else { return .notADuration }
            total = first.map { $0 * 60 + minutes }
        } else {
            total = hoursOnly ? first.map { $0 * 60 } : first
        }
        guard let total, total <= maximum else { return .tooLong }
        return total >= 1 ? .minutes(total) : .notADuration
    }
}
