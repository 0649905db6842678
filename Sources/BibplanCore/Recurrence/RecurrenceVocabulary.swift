/// The words a recurrence can be typed in, Danish and English together, so either
/// works whatever the interface language.
enum RecurrenceVocabulary {
    struct Token: Equatable {
        let text: String
        let offset: Int
    }

    /// Lowercased words with their offsets; commas and brackets separate words.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character.isWhitespace || ",;()".contains(character) {
                if !current.isEmpty { tokens.append(Token(text: current, offset: start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current += character.lowercased()
            }
        }
        if !current.isEmpty { tokens.append(Token(text: current, offset: start)) }
        return tokens
    }

    static func isOnce(_ words: [String]) -> Bool {
        let text = words.joined(separator: " ")
        return ["en gang", "én gang", "once", "enkelt", "ingen", "aldrig", "never", "single", "one time"].contains(text)
    }

    static let every: Set<String> = ["hver", "hvert", "every", "each", "alle"]
    static let other: Set<String> = ["anden", "andet", "other"]
    static let except: Set<String> = ["undtagen", "ikke", "except", "not", "but"]
    static let only: Set<String> = ["kun", "only"]
    static let times: Set<String> = ["gange", "gang", "times", "time"]
    static let until: Set<String> = ["indtil", "til", "until", "through"]
    static let filler: Set<String> = ["den", "de", "the", "on", "om", "på", "i", "in", "of", "og", "and", "a", "at", "&", "-"]

    static let ordinals: [String: Int] = [
        "første": 1, "first": 1, "second": 2, "tredje": 3, "third": 3, "fjerde": 4, "fourth": 4, "femte": 5, "fifth": 5,
        "sidste": -1, "last": -1, "næstsidste": -2, "second-last": -2,
    ]

    static let units: [String: RecurrenceRule.Frequency] = [
        "dag": .daily, "dage": .daily, "dagligt": .daily, "daglig": .daily, "day": .daily, "days": .daily, "daily": .daily,
        "uge": .weekly, "uger": .weekly, "ugen": .weekly, "ugentlig": .weekly, "ugentligt": .weekly,
        "week": .weekly, "weeks": .weekly, "weekly": .weekly,
        "måned": .monthly, "måneden": .monthly, "måneder": .monthly, "månedlig": .monthly, "månedligt": .monthly,
        "month": .monthly, "months": .monthly, "monthly": .monthly,
        "år": .yearly, "året": .yearly, "årlig": .yearly, "årligt": .yearly, "year": .yearly, "years": .yearly,
        "yearly": .yearly, "annually": .yearly,
    ]

    /// `2`, `2.`, `2nd`, `15th`.
    static func number(_ word: String) -> Int? {
        var digits = Substring(word)
        if digits.hasSuffix(".") { digits = digits.dropLast() }
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        return value
    }

    static func weekday(_ word: String) -> Weekday? {
        for weekday in Weekday.allCases {
            for language in Language.allCases {
                let name = DateNames.weekday(weekday, language).lowercased()
                let short = DateNames.shortWeekday(weekday, language).lowercased()
                if word == name || word == short || word == name + "e" || word == name + "s" || word == short + "." { return weekday }
            }
        }
        return nil
    }

    static func month(_ word: String) -> Int? {
        for month in 1...12 {
            for language in Language.allCases {
                let name = DateNames.month(month, language).lowercased()
                if word == name || (word.count == 3 && name.hasPrefix(word)) { return month }
            }
        }
        return word == "okt" ? 10 : nil
    }
}
