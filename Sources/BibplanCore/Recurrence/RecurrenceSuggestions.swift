import Foundation

/// The two or three phrasings nearest to words that did not read: the text with the
/// wrong word mended where that reads, then the common phrasings that share most words
/// with it. Every suggestion reads (each is checked by the parser).
enum RecurrenceSuggestions {
    static let danish = [
        "hver uge om tirsdag", "hver anden lørdag", "anden lørdag i måneden", "sidste fredag i måneden",
        "1. og 3. mandag i måneden", "sidste hverdag i måneden", "første hverdag i måneden", "hverdage", "weekender",
        "mandag og onsdag", "den 15. i hver måned", "sidste dag i måneden", "hver anden uge om onsdag", "hver 3. uge om fredag",
        "første onsdag i kvartalet", "en gang om ugen", "en gang om måneden", "en gang om året", "hver dag",
        "hver uge om lørdag, 10 gange", "hver lørdag indtil 30. juni 2027",
    ]
    static let english = [
        "every week on Tuesday", "every other Saturday", "the second Saturday of the month", "the last Friday of the month",
        "the 1st and 3rd Monday of the month", "the last weekday of the month", "the first weekday of the month", "weekdays",
        "weekends", "Monday and Wednesday", "the 15th of every month", "the last day of the month", "every other week on Wednesday",
        "every 3 weeks on Friday", "the first Wednesday of every quarter", "once a week", "once a month", "once a year", "every day",
        "every week on Saturday, 10 times", "every Saturday until 30 June 2027",
    ]

    static func nearest(to text: String, for error: RecurrenceWordsError, today: Day) -> [String] {
        let words = RecurrenceVocabulary.tokens(text).map(\.text)
        let language = guessLanguage(words)
        var found: [String] = []
        for candidate in mended(text, error, language).map(agreeing) + ranked(words, language) where found.count < 3 {
            guard candidate != text, !found.contains(candidate) else { continue }
            guard (try? RecurrenceWordsParser.plainReading(from: candidate, today: today)) != nil else { continue }
            found.append(candidate)
        }
        return found
    }

    /// The text with the word the error names replaced by what it likely meant.
    private static func mended(_ text: String, _ error: RecurrenceWordsError, _ language: Language) -> [String] {
        let replace = { (replacement: String) -> String in
            let characters = Array(text)
            let end = min(characters.count, error.offset + error.word.count)
            return String(characters[..<min(error.offset, end)]) + replacement + String(characters[end...])
        }
        switch error.problem {
        case .unknownWord:
            return nearestWords(to: error.word).prefix(2).map(replace)
        case .numberOutOfRange:
            return [language.pick("sidste", "last"), language.pick("1.", "1st")].map(replace)
        case .notADate:
            let before = String(Array(text).prefix(error.offset))
            return [language.pick("30. juni 2027", "30 June 2027"), "30/6 2027"].map { before + $0 }
        case .ordinalNeedsMonth:
            return [replace(language.pick("måned", "month"))]
        case .timesPerPeriod:
            let unit = RecurrenceVocabulary.tokens(error.word).compactMap { RecurrenceVocabulary.units[$0.text] }.first
            switch unit {
            case .weekly?: return language == .danish ? ["mandag og torsdag", "hverdage"] : ["Monday and Thursday", "weekdays"]
            case .yearly?: return language == .danish ? ["en gang om måneden", "hver 6. måned"] : ["once a month", "every 6 months"]
            default: return language == .danish ? ["1. og 3. tirsdag i måneden", "hver anden uge"] : ["the 1st and 3rd Tuesday of the month", "every other week"]
            }
        case .openingDay:
            return language == .danish ? ["sidste åbningsdag i måneden", "første åbningsdag i måneden", "sidste hverdag i måneden"]
                : ["the last opening day of the month", "the first opening day of the month", "the last weekday of the month"]
        case .needsLibrary:
            return []
        }
    }

    /// `hver`/`hvert` and `anden`/`andet` made to agree with the noun they count, as a
    /// mended word may not: «hver lørdag», «hver anden uge», «hvert andet år», «hvert 3. år».
    static func agreeing(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices where ["hver", "hvert"].contains(words[index].lowercased()) {
            var look = index + 1
            while look < words.count, ordinalsBetween.contains(words[look].lowercased()) || RecurrenceVocabulary.number(words[look]) != nil {
                look += 1
            }
            guard look < words.count else { continue }
            let noun = words[look].lowercased().trimmingCharacters(in: .punctuationCharacters)
            let neuter = neuterNouns.contains(noun)
            words[index] = (words[index].first?.isUppercase == true ? "H" : "h") + (neuter ? "vert" : "ver")
            for other in (index + 1)..<look where ordinalsBetween.contains(words[other].lowercased()) {
                words[other] = neuter ? "andet" : "anden"
            }
        }
        return words.joined(separator: " ")
    }

    /// The neuter nouns of the vocabulary (et år, et kvartal); the others are common gender (en uge, en lørdag).
    private static let ordinalsBetween: Set<String> = ["anden", "andet"]
    private static let neuterNouns: Set<String> = ["år", "året", "kvartal", "kvartalet"]

    /// Known words within two edits (or a third of the word), nearest first.
    private static func nearestWords(to word: String) -> [String] {
        let limit = max(2, word.count / 3)
        let scored = knownWords.map { ($0, editDistance($0.lowercased(), word), abs($0.count - word.count)) }.filter { $0.1 <= limit }
        return scored.sorted { ($0.1, $0.2, $0.0) < ($1.1, $1.2, $1.0) }.map(\.0)
    }

    /// Written as they are best shown: English weekdays and months capitalised.
    private static let knownWords: [String] = {
        var words = Set<String>()
        for language in Language.allCases {
            for weekday in Weekday.allCases { words.insert(DateNames.weekday(weekday, language)) }
            for month in 1...12 { words.insert(DateNames.month(month, language)) }
        }
        for weekday in Weekday.allCases { words.insert(DateNames.weekday(weekday, .danish) + "en") }
        words.formUnion(RecurrenceVocabulary.units.keys)
        words.formUnion(RecurrenceVocabulary.ordinals.keys)
        words.formUnion(RecurrenceVocabulary.daySets.keys)
        words.formUnion(RecurrenceVocabulary.quarters)
        words.formUnion(RecurrenceVocabulary.every)
        words.formUnion(RecurrenceVocabulary.until)
        words.formUnion(RecurrenceVocabulary.times.filter { $0.count > 1 })
        return words.sorted()
    }()

    /// The common phrasings in the text's language, those sharing most words with it first.
    private static func ranked(_ words: [String], _ language: Language) -> [String] {
        let typed = Set(words)
        let phrases = language == .danish ? danish : english
        let scored = phrases.enumerated().map { index, phrase in
            (phrase, Set(RecurrenceVocabulary.tokens(phrase).map(\.text)).intersection(typed).count, index)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }.map(\.0)
    }

    private static let danishMarkers: Set<String> = ["hver", "hvert", "om", "i", "og", "måneden", "måned", "uge", "ugen", "dag", "år", "året",
                                                     "gange", "gang", "sidste", "første", "anden", "den", "indtil", "til"]

    private static func guessLanguage(_ words: [String]) -> Language {
        let danishWords = words.filter { danishMarkers.contains($0) || $0.contains(where: { "æøå".contains($0) }) }
        return danishWords.isEmpty && !words.isEmpty ? .english : .danish
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
