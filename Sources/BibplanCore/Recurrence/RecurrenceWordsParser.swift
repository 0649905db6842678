/// Reads a rhythm in words, Danish or English, into a rule: what `RecurrenceWords.describe`
/// writes and what planners write: "den anden lørdag i hver måned", "hver anden uge om
/// onsdagen", "sidste hverdag i måneden", "hverdage indtil 30. juni 2027", "en gang om
/// ugen", "every other Saturday", "the last weekday of the month". Nil means a single
/// occurrence. Where Danish is ambiguous the everyday meaning wins: "hver anden lørdag"
/// is every other Saturday, "hver anden lørdag i måneden" the second Saturday of each month.
public enum RecurrenceWordsParser {
    /// The rule alone, for words that say nothing of closing days (those that do are refused,
    /// since the rule alone would give other days: read them with `reading(from:)`).
    public static func rule(from text: String, today: Day) throws(RecurrenceWordsError) -> RecurrenceRule? {
        guard let reading = try reading(from: text, today: today) else { return nil }
        if reading.onClosingDay != nil {
            let token = RecurrenceVocabulary.tokens(text).first { Words.openingDays.union(Words.closingDays).contains($0.text) }
            throw RecurrenceWordsError(problem: .needsLibrary, word: token?.text ?? text, offset: token?.offset ?? 0)
        }
        return reading.rule
    }

    /// The rule and what a time on a closed day does, when the words say it
    /// (`sidste åbningsdag i måneden`, `hver lørdag, på lukkedage den forrige åbningsdag`).
    public static func reading(from text: String, today: Day) throws(RecurrenceWordsError) -> RecurrenceReading? {
        do throws(RecurrenceWordsError) {
            return try plainReading(from: text, today: today)
        } catch {
            throw error.with(suggestions: RecurrenceSuggestions.nearest(to: text, for: error, today: today))
        }
    }

    /// The reading, or the problem without suggestions (which are found by reading phrasings with this).
    static func plainReading(from text: String, today: Day) throws(RecurrenceWordsError) -> RecurrenceReading? {
        // A rule typed as RRULE text is taken as it is.
        if text.uppercased().contains("FREQ="), let rule = try? RecurrenceRule(parsing: text) { return RecurrenceReading(rule: rule) }
        var reader = Reader(tokens: RecurrenceVocabulary.tokens(text), today: today)
        guard !reader.tokens.isEmpty else { return nil }
        if RecurrenceVocabulary.isOnce(reader.tokens.map(\.text)) { return nil }
        try reader.read()
        return RecurrenceReading(rule: try reader.finish(), onClosingDay: reader.move)
    }

    private typealias Token = RecurrenceVocabulary.Token
    private typealias Words = RecurrenceVocabulary

    private struct Reader {
        let tokens: [Token]
        let today: Day
        var position = 0
        var frequency: RecurrenceRule.Frequency?
        /// Months per period for a quarter (3), else 1.
        var unitFactor = 1
        var interval = 1
        var afterEvery = false
        /// "hver anden" directly before a weekday: every other week, or in a month the 2nd.
        var weekdayInterval: Int?
        var pendingNumbers: [(value: Int, token: Token)] = []
        var byDay: [RecurrenceRule.WeekdayOrdinal] = []
        /// The ordinals of the weekdays just read, and how many entries they made.
        var lastGroup: (ordinals: [Int], entries: Int) = ([], 0)
        var afterOr = false
        var bySetPos: [Int] = []
        var byMonthDay: [Int] = []
        var months: [Int] = []
        var excludingMonths = false
        var count: Int?
        var until: Day?
        /// `earlier` or `later` when the words move a time off closed days.
        var move: ClosingDayRule?

        init(tokens: [Token], today: Day) {
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

        private var next: String? { position < tokens.count ? tokens[position].text : nil }

        private mutating func take(_ token: Token) throws(RecurrenceWordsError) {
            let word = token.text
            let wasAfterEvery = afterEvery, wasAfterOr = afterOr
            afterEvery = false
            afterOr = false
            if Words.every.contains(word) { afterEvery = true; return }
            if wasAfterEvery, Words.other.contains(word) { try takeInterval(2, token); return }
            // "hver tredje uge": after "hver" an ordinal word counts periods.
            if wasAfterEvery, let ordinal = Words.ordinals[word], ordinal > 0 { try takeInterval(ordinal, token); return }
            if let number = Words.number(word) {
                if wasAfterEvery { try takeInterval(number, token) } else if Words.times.contains(next ?? "") { try takeTimes(number, token) } else { pendingNumbers.append((number, token)) }
                return
            }
            if let number = Words.numberWords[word], Words.times.contains(next ?? "") { try takeTimes(number, token); return }
            if let number = Words.timesWords[word] { try takeTimes(number, token, skipping: 0); return }
            if let ordinal = Words.ordinals[word] { try takeOrdinal(ordinal, token); return }
            if let weekday = Words.weekday(word) { try takeWeekdays([weekday], joining: wasAfterOr); return }
            if let days = Words.daySets[word] { takeDaySet(days); return }
            if let unit = Words.units[word] { try takeUnit(unit, factor: 1, token); return }
            if Words.quarters.contains(word) { try takeUnit(.monthly, factor: 3, token); return }
            if Words.fortnights.contains(word) { frequency = .weekly; interval = 2; return }
            if let month = Words.month(word) { months.append(month); return }
            if Words.or.contains(word) { afterOr = true; return }
            if Words.except.contains(word) { excludingMonths = true; return }
            if Words.only.contains(word) { excludingMonths = false; return }
            if Words.until.contains(word) { try takeUntil(token); return }
            if Words.filler.contains(word) { return }
            if Words.openingDays.contains(word) { try takeOpeningDay(token); return }
            if Words.closingDays.contains(word) { try takeClosingClause(token); return }
            if Words.times.contains(word) {
                guard let last = pendingNumbers.popLast() else { throw RecurrenceWordsError(problem: .unknownWord, word: word, offset: token.offset) }
                try takeTimes(last.value, last.token, skipping: 0)
                return
            }
            throw RecurrenceWordsError(problem: .unknownWord, word: word, offset: token.offset)
        }

        private mutating func takeInterval(_ number: Int, _ token: Token) throws(RecurrenceWordsError) {
            let value = try checked(number, 1...99, token)
            afterEvery = true
            if let next, Words.weekday(next) != nil { weekdayInterval = value } else { interval = value }
        }

        /// "N gange" at the current word: a number of times in all (COUNT), or per period
        /// ("en gang om ugen" is weekly; "to gange om måneden" names no days and is refused).
        private mutating func takeTimes(_ number: Int, _ token: Token, skipping: Int = 1) throws(RecurrenceWordsError) {
            position += skipping // the word "gange" itself
            var look = position
            while look < tokens.count, Words.per.contains(tokens[look].text) { look += 1 }
            let unitWord = look < tokens.count ? tokens[look].text : ""
            let unit = Words.units[unitWord] ?? (Words.quarters.contains(unitWord) ? .monthly : nil)
            guard let unit else {
                count = try checked(number, 1...10_000, token)
                return
            }
            guard number == 1 else {
                let phrase = tokens[(tokens.firstIndex(of: token) ?? 0)...look].map(\.text).joined(separator: " ")
                throw RecurrenceWordsError(problem: .timesPerPeriod, word: phrase, offset: token.offset)
            }
            position = look + 1
            frequency = unit
            unitFactor = Words.quarters.contains(unitWord) ? 3 : 1
        }

        /// "sidste" right after a number is counted from the end: "2. sidste" (but "første og sidste" are two).
        private mutating func takeOrdinal(_ ordinal: Int, _ token: Token) throws(RecurrenceWordsError) {
            if ordinal == -1, let last = pendingNumbers.last, last.value > 0, Words.number(last.token.text) != nil, tokens[position - 2] == last.token {
                pendingNumbers[pendingNumbers.count - 1] = (-(try checked(last.value, 1...5, last.token)), last.token)
            } else {
                pendingNumbers.append((ordinal, token))
            }
        }

        /// Weekdays, numbered by the numbers before them; after "eller" the weekdays before
        /// and this one are one set, and their numbers pick from it (BYSETPOS).
        private mutating func takeWeekdays(_ weekdays: [Weekday], joining: Bool) throws(RecurrenceWordsError) {
            if joining, !lastGroup.ordinals.isEmpty, pendingNumbers.isEmpty {
                let earlier = byDay.suffix(lastGroup.entries).map(\.weekday)
                byDay.removeLast(lastGroup.entries)
                bySetPos = lastGroup.ordinals
                lastGroup = ([], 0)
                for weekday in earlier where !byDay.contains(.init(nil, weekday)) { byDay.append(.init(nil, weekday)) }
            }
            if pendingNumbers.isEmpty {
                for weekday in weekdays where !byDay.contains(.init(nil, weekday)) { byDay.append(.init(nil, weekday)) }
                return
            }
            var ordinals: [Int] = []
            for pending in pendingNumbers { ordinals.append(pending.value.signum() * (try checked(abs(pending.value), 1...5, pending.token))) }
            for ordinal in ordinals {
                for weekday in weekdays { byDay.append(.init(ordinal, weekday)) }
            }
            lastGroup = (ordinals, ordinals.count * weekdays.count)
            pendingNumbers.removeAll()
        }

        /// "hverdage", "weekender"; with numbers before, which of them: "sidste hverdag".
        private mutating func takeDaySet(_ days: [Weekday]) {
            bySetPos += pendingNumbers.map(\.value)
            pendingNumbers.removeAll()
            for weekday in days where !byDay.contains(.init(nil, weekday)) { byDay.append(.init(nil, weekday)) }
        }

        private mutating func takeUnit(_ unit: RecurrenceRule.Frequency, factor: Int, _ token: Token) throws(RecurrenceWordsError) {
            // "sidste dag i måneden", "den 15. dag": a day of the month, not "every day".
            if unit == .daily, frequency != nil || !pendingNumbers.isEmpty, let last = pendingNumbers.popLast() {
                byMonthDay.append(last.value < 0 ? last.value : try checked(last.value, 1...31, last.token))
                return
            }
            if frequency == nil || frequency == .daily {
                frequency = unit
                unitFactor = factor
            }
        }

        /// `første åbningsdag`, `sidste åbningsdag`: the first (last) day of the period, moved
        /// later (earlier) off closed days, is exactly its first (last) opening day. Other
        /// ordinals are not: the 2nd day moved off a closed day is not always the 2nd opening day.
        private mutating func takeOpeningDay(_ token: Token) throws(RecurrenceWordsError) {
            if ["opening", "open"].contains(token.text) {
                guard let next, ["day", "days"].contains(next) else {
                    throw RecurrenceWordsError(problem: .unknownWord, word: token.text, offset: token.offset)
                }
                position += 1
            }
            guard pendingNumbers.count == 1, let ordinal = pendingNumbers.first?.value, abs(ordinal) == 1, move == nil, byDay.isEmpty else {
                throw RecurrenceWordsError(problem: .openingDay, word: token.text, offset: token.offset)
            }
            pendingNumbers.removeAll()
            bySetPos = [ordinal]
            byDay = Weekday.allCases.map { .init(nil, $0) }
            move = ordinal < 0 ? .earlier : .later
        }

        /// `på lukkedage den forrige åbningsdag`: the words after say where a time on a closed day goes.
        private mutating func takeClosingClause(_ token: Token) throws(RecurrenceWordsError) {
            var rest: [String] = []
            while let next, Words.closingClause.contains(next) {
                rest.append(next)
                position += 1
            }
            let earlier = rest.contains { Words.earlier.contains($0) }, later = rest.contains { Words.later.contains($0) }
            guard earlier != later, move == nil else {
                throw RecurrenceWordsError(problem: .openingDay, word: token.text, offset: token.offset)
            }
            move = earlier ? .earlier : .later
        }

        /// The rest of the text after "indtil" / "until" is the end date.
        private mutating func takeUntil(_ token: Token) throws(RecurrenceWordsError) {
            let rest = tokens[position...].map(\.text).drop { Words.untilFiller.contains($0) }
            position = tokens.count
            let text = rest.joined(separator: " ")
            let numeric = rest.count == 2 && rest.last?.allSatisfy(\.isNumber) == true ? rest.joined(separator: "/") : text
            guard let day = Day(typed: numeric, today: today) ?? Day(typed: text, today: today) else {
                let offset = tokens.last { $0.text == rest.first }?.offset ?? token.offset
                throw RecurrenceWordsError(problem: .notADate, word: text, offset: offset)
            }
            until = day
        }

        private func checked(_ value: Int, _ range: ClosedRange<Int>, _ token: Token) throws(RecurrenceWordsError) -> Int {
            guard range.contains(value) else { throw RecurrenceWordsError(problem: .numberOutOfRange, word: token.text, offset: token.offset) }
            return value
        }

        mutating func finish() throws(RecurrenceWordsError) -> RecurrenceRule {
            for pending in pendingNumbers {
                byMonthDay.append(pending.value < 0 ? pending.value : try checked(pending.value, 1...31, pending.token))
            }
            var interval = self.interval
            if let every = weekdayInterval {
                // "hver anden lørdag i måneden" is the second Saturday of each month, and
                // "hver første lørdag", without a period, the first.
                if every == 1, self.frequency == nil { frequency = .monthly }
                if frequency == .monthly, every <= 5, byDay.allSatisfy({ $0.ordinal == nil }) {
                    byDay = byDay.map { .init(every, $0.weekday) }
                } else {
                    interval = every
                }
            }
            let hasOrdinals = byDay.contains { $0.ordinal != nil }
            var frequency = self.frequency ?? (hasOrdinals || !byMonthDay.isEmpty || !bySetPos.isEmpty ? .monthly : byDay.isEmpty ? .daily : .weekly)
            // "hver 14. dag" is every other week.
            if frequency == .daily, interval % 7 == 0 {
                frequency = .weekly
                interval /= 7
            }
            if hasOrdinals, frequency == .weekly || frequency == .daily {
                let word = tokens.first { Words.units[$0.text] != nil }
                throw RecurrenceWordsError(problem: .ordinalNeedsMonth, word: word?.text ?? "", offset: word?.offset ?? 0)
            }
            var rule = RecurrenceRule(frequency: frequency, interval: interval * unitFactor, byDay: byDay, byMonthDay: byMonthDay,
                                      bySetPos: bySetPos, count: count,
                                      until: until.map { LocalDateTime(day: $0, minutes: RecurrenceRule.endOfDay) })
            let chosen = Set(months)
            rule.byMonth = excludingMonths ? (1...12).filter { !chosen.contains($0) } : months.sorted()
            return rule
        }
    }
}

/// What words for a rhythm say: the rule, and what a time on a day the library is not
/// open does when the words say it (`earlier`, `later`), else nil (the event's own choice).
public struct RecurrenceReading: Equatable, Sendable {
    public var rule: RecurrenceRule
    public var onClosingDay: ClosingDayRule?

    public init(rule: RecurrenceRule, onClosingDay: ClosingDayRule? = nil) {
        self.rule = rule
        self.onClosingDay = onClosingDay
    }
}
