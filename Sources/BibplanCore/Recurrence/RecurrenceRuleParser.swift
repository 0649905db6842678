import Foundation

extension RecurrenceRule {
    private static let unsupportedParts: Set<String> = ["BYWEEKNO", "BYYEARDAY", "BYHOUR", "BYMINUTE", "BYSECOND"]

    /// Parses `FREQ=MONTHLY;BYDAY=2SA` (an `RRULE:` prefix is allowed).
    public init(parsing source: String) throws(RecurrenceRuleError) {
        // Rules are ASCII in practice; for them, trimming and upper case need no Unicode tables.
        let ascii = source.utf8.allSatisfy { $0 < 0x80 }
        var text = ascii ? Self.asciiTrimmed(source) : Substring(source.trimmingCharacters(in: .whitespaces))
        if ascii ? Self.upper(text.prefix(6), ascii: true) == "RRULE:" : text.uppercased().hasPrefix("RRULE:") { text = text.dropFirst(6) }
        guard !text.isEmpty else { throw RecurrenceRuleError("the rule is empty") }
        var fields: [String: String] = [:]
        for part in text.split(separator: ";", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[0].isEmpty else { throw RecurrenceRuleError("\"\(part)\" is not NAME=VALUE") }
            let name = Self.upper(pair[0], ascii: ascii)
            if Self.unsupportedParts.contains(name) { throw RecurrenceRuleError("\(name) is not supported") }
            guard fields[name] == nil else { throw RecurrenceRuleError("\(name) appears twice") }
            fields[name] = Self.upper(pair[1], ascii: ascii)
        }
        try self.init(fields: fields)
    }

    /// Without the spaces and tabs at either end (what `.whitespaces` holds in ASCII).
    private static func asciiTrimmed(_ text: String) -> Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) }) else { return "" }
        return text[first...last]
    }

    private static func upper(_ text: Substring, ascii: Bool) -> String {
        guard ascii else { return text.uppercased() }
        return String(decoding: text.utf8.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    private init(fields: [String: String]) throws(RecurrenceRuleError) {
        guard let freqText = fields["FREQ"] else { throw RecurrenceRuleError("FREQ is missing") }
        guard let frequency = Frequency(rawValue: freqText) else {
            throw RecurrenceRuleError("FREQ=\(freqText) is not supported (DAILY, WEEKLY, MONTHLY or YEARLY)")
        }
        self.init(frequency: frequency)
        for (name, value) in fields {
            switch name {
            case "FREQ": break
            case "INTERVAL": interval = try Self.number(value, name, 1...1000)
            case "COUNT": count = try Self.number(value, name, 1...100_000)
            case "UNTIL": until = try Self.until(value)
            case "BYMONTH": byMonth = try Self.list(value, name) { (item: Substring) throws(RecurrenceRuleError) in try Self.number(item, name, 1...12) }
            case "BYMONTHDAY": byMonthDay = try Self.list(value, name) { (item: Substring) throws(RecurrenceRuleError) in try Self.signed(item, name, 31) }
            case "BYDAY": byDay = try Self.list(value, name) { (item: Substring) throws(RecurrenceRuleError) in try Self.weekdayOrdinal(item) }
            case "BYSETPOS": bySetPos = try Self.list(value, name) { (item: Substring) throws(RecurrenceRuleError) in try Self.signed(item, name, 366) }
            case "WKST":
                guard value == "MO" else { throw RecurrenceRuleError("WKST=\(value) is not supported (weeks start on Monday)") }
            default: throw RecurrenceRuleError("\(name) is not supported")
            }
        }
        try checkCombinations()
    }

    private func checkCombinations() throws(RecurrenceRuleError) {
        if count != nil, until != nil { throw RecurrenceRuleError("COUNT and UNTIL cannot both be given") }
        if frequency == .daily || frequency == .weekly, let ordinal = byDay.first(where: { $0.ordinal != nil }) {
            throw RecurrenceRuleError("BYDAY=\(ordinal.text): a numbered weekday needs FREQ=MONTHLY or FREQ=YEARLY")
        }
        if frequency == .weekly, !byMonthDay.isEmpty { throw RecurrenceRuleError("BYMONTHDAY cannot be used with FREQ=WEEKLY") }
        if !bySetPos.isEmpty, byDay.isEmpty, byMonthDay.isEmpty, byMonth.isEmpty {
            throw RecurrenceRuleError("BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to pick from (RFC 5545 3.3.10)")
        }
    }

    private static func list<T>(_ value: String, _ name: String, _ item: (Substring) throws(RecurrenceRuleError) -> T) throws(RecurrenceRuleError) -> [T] {
        var items: [T] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            guard !part.isEmpty else { throw RecurrenceRuleError("\(name)=\(value) has an empty item") }
            items.append(try item(part))
        }
        return items
    }

    private static func number(_ text: some StringProtocol, _ name: String, _ range: ClosedRange<Int>) throws(RecurrenceRuleError) -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw RecurrenceRuleError("\(name)=\(text) must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A position counted from the start or, negative, from the end: 1 to `limit` or -1 to -`limit`.
    private static func signed(_ text: Substring, _ name: String, _ limit: Int) throws(RecurrenceRuleError) -> Int {
        guard let value = Int(text), value != 0, (-limit...limit).contains(value) else {
            throw RecurrenceRuleError("\(name)=\(text) must be 1 to \(limit) or -1 to -\(limit)")
        }
        return value
    }

    private static func weekdayOrdinal(_ text: Substring) throws(RecurrenceRuleError) -> WeekdayOrdinal {
        guard text.count >= 2, let weekday = Weekday(code: text.suffix(2)) else {
            throw RecurrenceRuleError("BYDAY=\(text) is not a weekday (MO, TU, WE, TH, FR, SA, SU)")
        }
        let prefix = text.dropLast(2)
        guard !prefix.isEmpty else { return WeekdayOrdinal(nil, weekday) }
        guard let ordinal = Int(prefix.hasPrefix("+") ? prefix.dropFirst() : prefix), ordinal != 0, (-5...5).contains(ordinal) else {
            throw RecurrenceRuleError("BYDAY=\(text): the number before the weekday must be 1 to 5 or -1 to -5")
        }
        return WeekdayOrdinal(ordinal, weekday)
    }

    private static func until(_ text: String) throws(RecurrenceRuleError) -> LocalDateTime {
        let bytes = Array(text.utf8)
        let digits = { (range: Range<Int>) -> Int? in Day.number(bytes[range]) }
        guard bytes.count >= 8, let year = digits(0..<4), let month = digits(4..<6), let dayNumber = digits(6..<8),
              let day = Day(year: year, month: month, day: dayNumber) else {
            throw RecurrenceRuleError("UNTIL=\(text) is not a date (YYYYMMDD or YYYYMMDDTHHMMSS)")
        }
        if bytes.count == 8 { return LocalDateTime(day: day, minutes: endOfDay) }
        // A UTC time (…Z) is taken as local: the whole-day rhythms of a library do not move by it.
        guard bytes.count == 15 || (bytes.count == 16 && bytes[15] == UInt8(ascii: "Z")), bytes[8] == UInt8(ascii: "T"),
              let hour = digits(9..<11), let minute = digits(11..<13), digits(13..<15) != nil, hour < 24, minute < 60 else {
            throw RecurrenceRuleError("UNTIL=\(text) is not a date (YYYYMMDD or YYYYMMDDTHHMMSS)")
        }
        return LocalDateTime(day: day, minutes: hour * 60 + minute)
    }
}
