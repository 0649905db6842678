import BibplanCore

/// A recurrence rule said in words: "2. lørdag hver måned", "every week on Tuesday".
public enum RuleWords {
    public static func describe(_ text: String, _ language: Language) -> String {
        guard let rule = try? RecurrenceRule(parsing: text) else { return text }
        return describe(rule, language)
    }

    public static func describe(_ rule: RecurrenceRule, _ language: Language) -> String {
        let days = rule.byDay.map { entry -> String in
            let name = DateNames.weekday(entry.weekday, language)
            guard let ordinal = entry.ordinal else { return name }
            return ordinalWord(ordinal, language) + " " + name
        }
        let dayList = list(days, language)
        var base: String
        switch rule.frequency {
        case .daily:
            base = rule.interval == 1 ? language.pick("hver dag", "every day") : language.pick("hver \(rule.interval). dag", "every \(rule.interval) days")
        case .weekly:
            let every = rule.interval == 1 ? language.pick("hver uge", "every week") : rule.interval == 2 ? language.pick("hver anden uge", "every other week") : language.pick("hver \(rule.interval). uge", "every \(rule.interval) weeks")
            base = dayList.isEmpty ? every : every + language.pick(" om ", " on ") + dayList
        case .monthly:
            let every = rule.interval == 1 ? language.pick("hver måned", "each month") : language.pick("hver \(rule.interval). måned", "every \(rule.interval) months")
            if !dayList.isEmpty {
                base = language.pick("\(dayList) i \(every)", "the \(dayList) of \(every)")
            } else if !rule.byMonthDay.isEmpty {
                base = every + language.pick(" den ", " on the ") + rule.byMonthDay.map { $0 > 0 ? "\($0)." : language.pick("sidste", "last") }.joined(separator: ", ")
            } else {
                base = every
            }
            if !rule.byMonth.isEmpty {
                let skipped = (1...12).filter { !rule.byMonth.contains($0) }
                base += skipped.count < rule.byMonth.count
                    ? language.pick(" (ikke ", " (not in ") + skipped.map { DateNames.month($0, language) }.joined(separator: ", ") + ")"
                    : language.pick(" (kun ", " (only ") + rule.byMonth.map { DateNames.month($0, language) }.joined(separator: ", ") + ")"
            }
        case .yearly:
            base = language.pick("hvert år", "every year")
            if !rule.byMonth.isEmpty { base += language.pick(" i ", " in ") + rule.byMonth.map { DateNames.month($0, language) }.joined(separator: ", ") }
            if !dayList.isEmpty { base += language.pick(", ", ", the ") + dayList }
        }
        if let count = rule.count { base += language.pick(", \(count) gange", ", \(count) times") }
        if let until = rule.until { base += language.pick(" til \(until.day.iso)", " until \(until.day.iso)") }
        return base
    }

    private static func ordinalWord(_ ordinal: Int, _ language: Language) -> String {
        if ordinal == -1 { return language.pick("sidste", "last") }
        if ordinal < 0 { return language.pick("\(-ordinal). sidste", "\(-ordinal)th last") }
        if language == .danish { return "\(ordinal)." }
        switch ordinal {
        case 1: return "1st"
        case 2: return "2nd"
        case 3: return "3rd"
        default: return "\(ordinal)th"
        }
    }

    private static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + language.pick(" og ", " and ") + (items.last ?? "")
    }
}
