/// A word in a recurrence the reader does not understand: which word, and where
/// it starts (a character offset in the text).
public struct RecurrenceWordsError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case unknownWord
        case numberOutOfRange
        case notADate
        case ordinalNeedsMonth
    }

    public let problem: Problem
    public let word: String
    public let offset: Int

    public init(problem: Problem, word: String, offset: Int) {
        self.problem = problem
        self.word = word
        self.offset = offset
    }
}

/// Reads the words `RecurrenceWords.describe` writes, in Danish or English, and a
/// little more that people type: "hver anden uge onsdag", "1. og 3. onsdag",
/// "sidste fredag i måneden", "every month on the 15th", "hvert år, 10 gange",
/// "every week on Tuesday until 30/6 2027". Nil means a single occurrence.
public enum RecurrenceWordsParser {
    public static func rule(from text: String, today: Day) throws(RecurrenceWordsError) -> RecurrenceRule? {
        var reader = Reader(tokens: RecurrenceVocabulary.tokens(text), today: today)
        guard !reader.tokens.isEmpty else { return nil }
        if RecurrenceVocabulary.isOnce(reader.tokens.map(\.text)) { return nil }
        try reader.read()
        return try reader.finish()
    }

    private struct Reader {
        let tokens: [RecurrenceVocabulary.Token]
        let today: Day
        var position = 0
        var frequency: RecurrenceRule.Frequency?
        var interval = 1
        var afterEvery = false
        var pendingNumbers: [(value: Int, token: RecurrenceVocabulary.Token)] = []
        var byDay: [RecurrenceRule.WeekdayOrdinal] = []
        var byMonthDay: [Int] = []
        var months: [Int] = []
        var excludingMonths = false
        var count: Int?
        var until: Day?

        init(tokens: [RecurrenceVocabulary.Token], today: Day) {
            self.tokens = tokens
            self.today = today
        }

        mutating func read() throws(RecurrenceWordsError) {
            while position < tokens.count {
                let token = tokens[position]
                position += 1
                try take(token)
            }
        }

        private mutating func take(_ token: RecurrenceVocabulary.Token) throws(RecurrenceWordsError) {
            let word = token.text
            let wasAfterEvery = afterEvery
            afterEvery = false
            if RecurrenceVocabulary.every.contains(word) { afterEvery = true; return }
            if wasAfterEvery, RecurrenceVocabulary.other.contains(word) { interval = 2; afterEvery = true; return }
            if let number = RecurrenceVocabulary.number(word) {
                if wasAfterEvery { interval = try checked(number, 1...99, token); afterEvery = true } else { pendingNumbers.append((number, token)) }
                return
            }
            if let ordinal = RecurrenceVocabulary.ordinals[word] { try takeOrdinal(ordinal, token); return }
            if let weekday = RecurrenceVocabulary.weekday(word) { try takeWeekday(weekday); return }
            if let unit = RecurrenceVocabulary.units[word] { try takeUnit(unit, token); return }
            if let month = RecurrenceVocabulary.month(word) { months.append(month); return }
            if RecurrenceVocabulary.except.contains(word) { excludingMonths = true; return }
            if RecurrenceVocabulary.only.contains(word) { excludingMonths = false; return }
            if RecurrenceVocabulary.times.contains(word) { try takeCount(token); return }
            if RecurrenceVocabulary.until.contains(word) { try takeUntil(token); return }
            if RecurrenceVocabulary.filler.contains(word) { return }
            throw RecurrenceWordsError(problem: .unknownWord, word: word, offset: token.offset)
        }

        /// "sidste" after a number is counted from the end: "2. sidste".
        private mutating func takeOrdinal(_ ordinal: Int, _ token: RecurrenceVocabulary.Token) throws(RecurrenceWordsError) {
            if ordinal == -1, let last = pendingNumbers.popLast() {
                pendingNumbers.append((-(try checked(last.value, 1...5, last.token)), last.token))
            } else {
                pendingNumbers.append((ordinal, token))
            }
        }

        private mutating func takeWeekday(_ weekday: Weekday) throws(RecurrenceWordsError) {
            if pendingNumbers.isEmpty {
                byDay.append(.init(nil, weekday))
                return
            }
            for pending in pendingNumbers {
                _ = try checked(abs(pending.value), 1...5, pending.token)
                byDay.append(.init(pending.value, weekday))
            }
            pendingNumbers.removeAll()
        }

        private mutating func takeUnit(_ unit: RecurrenceRule.Frequency, _ token: RecurrenceVocabulary.Token) throws(RecurrenceWordsError) {
            // "sidste dag i måneden": a day counted from the end, not "every day".
            if unit == .daily, frequency != nil || !pendingNumbers.isEmpty, let last = pendingNumbers.popLast() {
                byMonthDay.append(last.value < 0 ? last.value : try checked(last.value, 1...31, last.token))
                return
            }
            if frequency == nil || frequency == .daily { frequency = unit }
        }

        private mutating func takeCount(_ token: RecurrenceVocabulary.Token) throws(RecurrenceWordsError) {
            guard let last = pendingNumbers.popLast() else {
                throw RecurrenceWordsError(problem: .unknownWord, word: token.text, offset: token.offset)
            }
            count = try checked(last.value, 1...10_000, last.token)
        }

        /// The rest of the text after "indtil" / "until" is the end date.
        private mutating func takeUntil(_ token: RecurrenceVocabulary.Token) throws(RecurrenceWordsError) {
            let rest = tokens[position...].map(\.text)
            position = tokens.count
            let text = rest.joined(separator: " ")
            let numeric = rest.count == 2 && rest[1].allSatisfy(\.isNumber) ? rest[0] + "/" + rest[1] : text
            guard let day = Day(typed: numeric, today: today) ?? Day(typed: text, today: today) else {
                throw RecurrenceWordsError(problem: .notADate, word: text, offset: tokens.last?.offset ?? token.offset)
            }
            until = day
        }

        private func checked(_ value: Int, _ range: ClosedRange<Int>, _ token: RecurrenceVocabulary.Token) throws(RecurrenceWordsError) -> Int {
            guard range.contains(value) else { throw RecurrenceWordsError(problem: .numberOutOfRange, word: token.text, offset: token.offset) }
            return value
        }

        mutating func finish() throws(RecurrenceWordsError) -> RecurrenceRule {
            for pending in pendingNumbers {
                byMonthDay.append(pending.value < 0 ? pending.value : try checked(pending.value, 1...31, pending.token))
            }
            let hasOrdinals = byDay.contains { $0.ordinal != nil }
            let frequency = self.frequency ?? (hasOrdinals || !byMonthDay.isEmpty ? .monthly : byDay.isEmpty ? .daily : .weekly)
            if hasOrdinals, frequency == .weekly || frequency == .daily {
                let word = tokens.first { RecurrenceVocabulary.units[$0.text] != nil }
                throw RecurrenceWordsError(problem: .ordinalNeedsMonth, word: word?.text ?? "", offset: word?.offset ?? 0)
            }
            var rule = RecurrenceRule(frequency: frequency, interval: interval, byDay: byDay, byMonthDay: byMonthDay, count: count,
                                      until: until.map { LocalDateTime(day: $0, minutes: RecurrenceRule.endOfDay) })
            let chosen = Set(months)
            rule.byMonth = excludingMonths ? (1...12).filter { !chosen.contains($0) } : months.sorted()
            return rule
        }
    }
}
