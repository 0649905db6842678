/// A recurrence rule said in words, and read back: "2. lørdag i hver måned",
/// "every other week on Wednesday". What `describe` writes, `RecurrenceWordsParser`
/// reads, in both languages, so a planner never has to see RRULE syntax.
public enum RecurrenceWords {
    /// The words for a stored rule text; the text itself when it is not a rule.
    public static func describe(_ text: String, _ language: Language) -> String {
        guard let rule = try? RecurrenceRule(parsing: text) else { return text }
        return describe(rule, language)
    }

    /// The words for no rule at all: a single occurrence.
    public static func once(_ language: Language) -> String { language.pick("én gang", "once") }

    /// The words for an event's rhythm: its rule and what its times do on closed days, or `én gang`.
    public static func describe(_ event: Event, _ language: Language) -> String {
        guard let text = event.rrule else { return once(language) }
        guard let rule = try? RecurrenceRule(parsing: text) else { return text }
        return describe(rule, onClosingDay: event.onClosingDay, language)
    }

    /// `sidste åbningsdag i hver måned`; another rule moved off closed days says so after its
    /// days: `hver lørdag, på lukkedage den forrige åbningsdag`. What `RecurrenceWordsParser.reading` reads.
    public static func describe(_ rule: RecurrenceRule, onClosingDay: ClosingDayRule?, _ language: Language) -> String {
        guard let step = onClosingDay?.step else { return describe(rule, language) }
        let allDays = rule.byDay.count == 7 && Set(rule.byDay.map(\.weekday)).count == 7 && rule.byDay.allSatisfy { $0.ordinal == nil }
        if allDays, rule.frequency != .daily, rule.byMonthDay.isEmpty, rule.bySetPos == [step] {
            let which = step < 0 ? language.pick("sidste", "last") : language.pick("første", "first")
            return language.pick("\(which) åbningsdag i \(period(rule, language))", "the \(which) opening day of \(period(rule, language))")
                + (rule.byMonth.isEmpty ? "" : months(rule, language)) + ending(rule, language)
        }
        var plain = rule
        plain.count = nil
        plain.until = nil
        let base = describe(plain, language)
        guard !base.hasPrefix("FREQ=") else { return rule.text } // no words for the rule: no words for the move either
        let clause = step < 0 ? language.pick(", på lukkedage den forrige åbningsdag", ", on closing days the open day before")
            : language.pick(", på lukkedage den næste åbningsdag", ", on closing days the open day after")
        return base + clause + ending(rule, language)
    }

    /// `, 10 gange`, ` indtil 2027-06-30`.
    private static func ending(_ rule: RecurrenceRule, _ language: Language) -> String {
        var words = ""
        if let count = rule.count { words += language.pick(", \(count) gange", ", \(count) times") }
        if let until = rule.until { words += language.pick(" indtil \(until.day.iso)", " until \(until.day.iso)") }
        return words
    }

    public static func describe(_ rule: RecurrenceRule, _ language: Language) -> String {
        var words: String
        if rule.bySetPos.isEmpty {
            words = base(rule, language)
        } else if let picked = picked(rule, language) {
            words = picked
        } else {
            return rule.text // a pick from month days has no everyday words; the rule itself reads back
        }
        if !rule.byMonth.isEmpty { words += months(rule, language) }
        return words + ending(rule, language)
    }

    private static func base(_ rule: RecurrenceRule, _ language: Language) -> String {
        let days = dayList(rule.byDay, language)
        let every = period(rule, language)
        switch rule.frequency {
        case .daily:
            return every
        case .weekly:
            return days.isEmpty ? every : every + language.pick(" om ", " on ") + days
        case .monthly:
            if !days.isEmpty { return language.pick("\(days) i \(every)", "the \(days) of \(every)") }
            guard !rule.byMonthDay.isEmpty else { return every }
            let numbers = list(rule.byMonthDay.map { monthDay($0, language) }, language)
            return every + language.pick(" den ", " on the ") + numbers
        case .yearly:
            return days.isEmpty ? every : every + language.pick(", ", ", the ") + days
        }
    }

    /// `hver måned`, `hver anden uge`, `every 3 years`.
    private static func period(_ rule: RecurrenceRule, _ language: Language) -> String {
        let n = rule.interval
        switch rule.frequency {
        case .daily:
            return n == 1 ? language.pick("hver dag", "every day") : language.pick("hver \(n). dag", "every \(n) days")
        case .weekly:
            return n == 1 ? language.pick("hver uge", "every week") : n == 2 ? language.pick("hver anden uge", "every other week")
                : language.pick("hver \(n). uge", "every \(n) weeks")
        case .monthly:
            return n == 1 ? language.pick("hver måned", "each month") : n == 2 ? language.pick("hver anden måned", "every other month")
                : language.pick("hver \(n). måned", "every \(n) months")
        case .yearly:
            return n == 1 ? language.pick("hvert år", "every year") : n == 2 ? language.pick("hvert andet år", "every other year")
                : language.pick("hvert \(n). år", "every \(n) years")
        }
    }

    /// BYSETPOS over plain weekdays: `sidste hverdag i hver måned`, `the 1st Saturday or
    /// Sunday of each month`. Nil for other picks.
    private static func picked(_ rule: RecurrenceRule, _ language: Language) -> String? {
        guard rule.frequency != .daily, rule.byMonthDay.isEmpty, !rule.byDay.isEmpty, rule.byDay.allSatisfy({ $0.ordinal == nil }) else { return nil }
        let weekdays = rule.byDay.map(\.weekday)
        let days = Set(weekdays) == [.monday, .tuesday, .wednesday, .thursday, .friday] ? language.pick("hverdag", "weekday")
            : weekdays.map { DateNames.weekday($0, language) }.joined(separator: language.pick(" eller ", " or "))
        let positions = list(rule.bySetPos.map { ordinalWord($0, language) }, language)
        return language.pick("\(positions) \(days) i \(period(rule, language))", "the \(positions) \(days) of \(period(rule, language))")
    }

    private static func months(_ rule: RecurrenceRule, _ language: Language) -> String {
        let names = { (months: [Int]) in list(months.map { DateNames.month($0, language) }, language) }
        if rule.frequency == .yearly { return language.pick(" i ", " in ") + names(rule.byMonth) }
        let skipped = (1...12).filter { !rule.byMonth.contains($0) }
        return skipped.count < rule.byMonth.count
            ? language.pick(" undtagen ", " except ") + names(skipped)
            : language.pick(" kun i ", " only in ") + names(rule.byMonth)
    }

    /// Weekdays with their ordinals, the same weekday's ordinals together:
    /// `1. og 3. onsdag`, `the 1st and 3rd Wednesday`.
    private static func dayList(_ days: [RecurrenceRule.WeekdayOrdinal], _ language: Language) -> String {
        var groups: [(ordinals: [Int], weekday: Weekday)] = []
        for entry in days {
            if let ordinal = entry.ordinal, let last = groups.last, last.weekday == entry.weekday, !last.ordinals.isEmpty {
                groups[groups.count - 1].ordinals.append(ordinal)
            } else {
                groups.append((entry.ordinal.map { [$0] } ?? [], entry.weekday))
            }
        }
        let phrases = groups.map { group -> String in
            let name = DateNames.weekday(group.weekday, language)
            guard !group.ordinals.isEmpty else { return name }
            return list(group.ordinals.map { ordinalWord($0, language) }, language) + " " + name
        }
        return list(phrases, language)
    }

    static func ordinalWord(_ ordinal: Int, _ language: Language) -> String {
        if ordinal == -1 { return language.pick("sidste", "last") }
        if ordinal == -2 { return language.pick("næstsidste", "second-last") }
        if ordinal < 0 { return language.pick("\(-ordinal). sidste", englishOrdinal(-ordinal) + "-last") }
        return language == .danish ? "\(ordinal)." : englishOrdinal(ordinal)
    }

    private static func monthDay(_ day: Int, _ language: Language) -> String {
        if day == -1 { return language.pick("sidste dag", "last day") }
        return language == .danish ? "\(day)." : englishOrdinal(day)
    }

    private static func englishOrdinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + language.pick(" og ", " and ") + (items.last ?? "")
    }
}
