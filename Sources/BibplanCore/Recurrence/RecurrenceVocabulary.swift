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

    static let every: Set<String> = ["hver", "hvert", "every", "each", "alle", "all"]
    /// After "hver"/"every": every other (`hver anden uge`, `every second week`).
    static let other: Set<String> = ["anden", "andet", "other", "second"]
    /// Between weekdays that form one set to pick from: `sidste lørdag eller søndag`.
    static let or: Set<String> = ["eller", "or"]
    static let except: Set<String> = ["undtagen", "ikke", "except", "not", "but"]
    static let only: Set<String> = ["kun", "only"]
    /// `12 gange`, `12 x årligt` (Glostrup's plan: "Børneteater 12 x årligt").
    static let times: Set<String> = ["gange", "gang", "times", "time", "x", "×"]
    /// One word for a number of times: `once a week`, `twice a month`.
    static let timesWords: [String: Int] = ["once": 1, "twice": 2]
    /// Numbers in words, read only before "gange"/"times": `to gange om måneden`.
    static let numberWords: [String: Int] = [
        "en": 1, "én": 1, "et": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
        "elleve": 11, "tolv": 12, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]
    /// Between a number of times and its period: `en gang om ugen`, `once a month`, `2 times per year`.
    static let per: Set<String> = ["om", "i", "pr", "pr.", "per", "a", "an", "hver", "hvert", "every", "each"]
    static let until: Set<String> = ["indtil", "til", "until", "through", "till", "to"]
    /// Words before the end date that add nothing: `til og med 30/6`, `up to and including`.
    static let untilFiller: Set<String> = ["og", "med", "and", "including", "to", "up", "den", "the"]
    static let filler: Set<String> = ["den", "de", "the", "on", "om", "på", "i", "in", "of", "og", "and", "a", "at", "&", "-", "up",
                                      "mindst", "cirka", "ca.", "omkring", "least", "about", "around"]

    /// Words for several weekdays at once.
    static let daySets: [String: [Weekday]] = {
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        let weekend: [Weekday] = [.saturday, .sunday]
        var sets: [String: [Weekday]] = [:]
        for word in ["hverdag", "hverdage", "hverdagen", "hverdagene", "weekday", "weekdays"] { sets[word] = weekdays }
        for word in ["weekend", "weekender", "weekenden", "weekenderne", "weekends", "weekenddag", "weekenddage"] { sets[word] = weekend }
        return sets
    }()

    /// A quarter (and a season) is three months: `i kvartalet`, `i hver årstid`, `every quarter`.
    static let quarters: Set<String> = ["kvartal", "kvartalet", "kvartaler", "kvartalsvis", "årstid", "årstiden", "årstider",
                                        "quarter", "quarters", "quarterly", "season", "seasons"]
    /// Every other week in one word.
    static let fortnights: Set<String> = ["fortnight", "fortnightly"]
    /// The library's open days: `sidste åbningsdag i måneden`, `the first opening day of the month`
    /// (English `opening`/`open` with `day` after it).
    static let openingDays: Set<String> = ["åbningsdag", "åbningsdage", "åbningsdagen", "opening", "open"]
    /// The start of a clause saying where a time on a closed day goes: `på lukkedage den forrige åbningsdag`,
    /// `on closing days the open day after`.
    static let closingDays: Set<String> = ["lukkedag", "lukkedage", "lukkedagen", "lukkedagene", "closing", "closed"]
    static let earlier: Set<String> = ["forrige", "før", "inden", "tidligere", "before", "earlier", "previous"]
    static let later: Set<String> = ["næste", "efter", "senere", "after", "later", "next"]
    /// The words of a closing-day clause: `på lukkedage flyttes den til den forrige åbningsdag`.
    static let closingClause: Set<String> = earlier.union(later).union(openingDays).union(filler).union([
        "dag", "dagen", "dage", "dagene", "day", "days", "flyttes", "flytter", "moves", "moved", "til", "to", "er", "is", "it", "det",
    ])

    static let ordinals: [String: Int] = [
        "første": 1, "first": 1, "anden": 2, "andet": 2, "second": 2, "tredje": 3, "third": 3, "fjerde": 4, "fourth": 4, "femte": 5, "fifth": 5,
        "sidste": -1, "last": -1, "næstsidste": -2, "second-last": -2,
    ]

    static let units: [String: RecurrenceRule.Frequency] = [
        "dag": .daily, "dage": .daily, "dagligt": .daily, "daglig": .daily, "day": .daily, "days": .daily, "daily": .daily,
        "uge": .weekly, "uger": .weekly, "ugen": .weekly, "ugentlig": .weekly, "ugentligt": .weekly,
        "week": .weekly, "weeks": .weekly, "weekly": .weekly,
        "måned": .monthly, "måneden": .monthly, "måneder": .monthly, "månedlig": .monthly, "månedligt": .monthly,
        "month": .monthly, "months": .monthly, "monthly": .monthly,
        "år": .yearly, "året": .yearly, "årlig": .yearly, "årligt": .yearly, "årlige": .yearly, "year": .yearly, "years": .yearly,
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
                if word == name || word == short || word == short + "." { return weekday }
                // lørdage, lørdagen, lørdagene, Saturdays
                if word.hasPrefix(name), ["e", "en", "ene", "s"].contains(word.dropFirst(name.count)) { return weekday }
            }
        }
        return nil
    }

    static func month(_ word: String) -> Int? { Day.monthNumber(word) }
}
