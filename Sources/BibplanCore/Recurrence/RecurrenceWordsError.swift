/// Words for a rhythm the reader cannot turn into a rule: what is wrong, the word
/// (and where it starts, a character offset in the text), and the nearest phrasings
/// that do work.
public struct RecurrenceWordsError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case unknownWord
        case numberOutOfRange
        case notADate
        case ordinalNeedsMonth
        /// `to gange om måneden`: how often, but not on which days.
        case timesPerPeriod
        /// `2. åbningsdag`, `hver åbningsdag`: only the first or the last opening day of a period
        /// (or a closing-day clause that says neither earlier nor later).
        case openingDay
        /// `sidste åbningsdag` read where no library gives the closing days and opening hours.
        case needsLibrary
    }

    public let problem: Problem
    public let word: String
    public let offset: Int
    /// Two or three phrasings that read, nearest first.
    public let suggestions: [String]

    public init(problem: Problem, word: String, offset: Int, suggestions: [String] = []) {
        self.problem = problem
        self.word = word
        self.offset = offset
        self.suggestions = suggestions
    }

    func with(suggestions: [String]) -> RecurrenceWordsError {
        RecurrenceWordsError(problem: problem, word: word, offset: offset, suggestions: suggestions)
    }

    /// `forstår ikke «tirsdax»; prøv «hver uge om tirsdag» eller «hver uge om torsdag»`.
    public func text(_ language: Language) -> String {
        guard !suggestions.isEmpty else { return problemText(language) }
        let quoted = suggestions.map { "«" + $0 + "»" }
        let list = quoted.dropLast().joined(separator: ", ") + (quoted.count > 1 ? language.pick(" eller ", " or ") : "") + (quoted.last ?? "")
        return problemText(language) + language.pick("; prøv ", "; try ") + list
    }

    public func problemText(_ language: Language) -> String {
        let word = "«" + self.word + "»"
        switch problem {
        case .unknownWord: return language.pick("forstår ikke \(word)", "don't understand \(word)")
        case .numberOutOfRange: return language.pick("\(word) er uden for det mulige", "\(word) is out of range")
        case .notADate: return language.pick("\(word) er ikke en dato", "\(word) is not a date")
        case .ordinalNeedsMonth:
            return language.pick("\"2. lørdag\" giver kun mening i måneden, ikke \(word)", "\"2nd Saturday\" needs a month, not \(word)")
        case .timesPerPeriod:
            return language.pick("\(word) siger hvor tit, men ikke hvilke dage", "\(word) says how often, not on which days")
        case .openingDay:
            return language.pick("\(word): kun første eller sidste åbningsdag, eller «på lukkedage den forrige (næste) åbningsdag»",
                                 "\(word): only the first or last opening day, or «on closing days the open day before (after)»")
        case .needsLibrary:
            return language.pick("\(word) kræver et biblioteks lukkedage og åbningstider (--library)",
                                 "\(word) needs a library's closing days and opening hours (--library)")
        }
    }
}
