/// RRULEs with parts bibplan's own rules lack (BYYEARDAY, BYWEEKNO, a WKST that
/// changes which days a rule gives, BYDAY ordinals over a year): their days found
/// by testing each day against every part, which gives RFC 5545's set when there is
/// no BYSETPOS and no time-of-day part. An import lays such a series out as single
/// times in the plan period. BYSETPOS is left to the recurrence engine.
struct ICSRuleExpander: Sendable {
    enum Frequency: String, Sendable { case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY" }

    var frequency: Frequency
    var interval = 1
    var count: Int?
    var until: LocalDateTime?
    var byMonth: Set<Int> = []
    var byWeekNo: Set<Int> = []
    var byYearDay: Set<Int> = []
    var byMonthDay: Set<Int> = []
    var byDay: [(ordinal: Int?, weekday: Weekday)] = []
    var weekStart = Weekday.monday

    /// Nil when the rule has a part this cannot expand either (BYSETPOS, BYHOUR, …) or a value out of range.
    init?(parsing text: String) {
        var fields: [String: String] = [:]
        for part in text.uppercased().split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, fields[String(pair[0])] == nil else { return nil }
            fields[String(pair[0])] = String(pair[1])
        }
        guard let frequency = fields["FREQ"].flatMap(Frequency.init(rawValue:)) else { return nil }
        self.frequency = frequency
        for (name, value) in fields where name != "FREQ" {
            let numbers = value.split(separator: ",").map { $0.utf8.count <= 6 ? Int($0) : nil }
            let list = { (range: ClosedRange<Int>) -> Set<Int>? in
                let valid = numbers.compactMap { $0 }.filter { range.contains(abs($0)) && $0 != 0 }
                return valid.count == numbers.count ? Set(valid) : nil
            }
            switch name {
            case "INTERVAL": guard let value = numbers.first ?? nil, (1...1000).contains(value) else { return nil }; interval = value
            case "COUNT": guard let value = numbers.first ?? nil, (1...100_000).contains(value) else { return nil }; count = value
            case "UNTIL": guard let time = ICSText.dateTime(Substring(value)) else { return nil }
                until = time.isDate ? LocalDateTime(day: time.time.day, minutes: 24 * 60 - 1) : time.time
            case "BYMONTH": guard let set = list(1...12), set.allSatisfy({ $0 > 0 }) else { return nil }; byMonth = set
            case "BYWEEKNO": guard let set = list(1...53) else { return nil }; byWeekNo = set
            case "BYYEARDAY": guard let set = list(1...366) else { return nil }; byYearDay = set
            case "BYMONTHDAY": guard let set = list(1...31) else { return nil }; byMonthDay = set
            case "WKST": guard let day = Weekday(code: value) else { return nil }; weekStart = day
            case "BYDAY":
                for item in value.split(separator: ",") {
                    guard item.count >= 2, let weekday = Weekday(code: item.suffix(2)) else { return nil }
                    let prefix = item.dropLast(2)
                    guard prefix.isEmpty || (prefix.utf8.count <= 3 && Int(prefix).map { $0 != 0 && abs($0) <= 53 } == true) else { return nil }
                    byDay.append((prefix.isEmpty ? nil : Int(prefix), weekday))
                }
            default: return nil
            }
        }
    }

    /// The days of the series from `start` up to `last`; DTSTART is always the first.
    func days(startingAt start: LocalDateTime, through last: Day) -> [Day] {
        var result = [start.day]
        var day = start.day.adding(days: 1)
        let end = min(last, until?.day ?? last, start.day.adding(days: 366 * 120))
        while day <= end, count.map({ result.count < $0 }) ?? true {
            if matches(day, start: start.day) {
                if let until, LocalDateTime(day: day, minutes: start.minutes) > until { break }
                result.append(day)
            }
            day = day.adding(days: 1)
        }
        return result
    }

    private func matches(_ day: Day, start: Day) -> Bool {
        guard inPeriodStep(day, start: start) else { return false }
        if !byMonth.isEmpty, !byMonth.contains(day.month) { return false }
        if !byWeekNo.isEmpty, !matchesWeekNumber(day) { return false }
        let (year, month, dayOfMonth) = day.components
        if !byYearDay.isEmpty {
            let ordinal = day.ordinal - Self.first(ofYear: year).ordinal + 1
            let length = Day.isLeap(year) ? 366 : 365
            guard byYearDay.contains(ordinal) || byYearDay.contains(ordinal - length - 1) else { return false }
        }
        if !byMonthDay.isEmpty {
            let length = Day.length(ofMonth: month, year: year)
            guard byMonthDay.contains(dayOfMonth) || byMonthDay.contains(dayOfMonth - length - 1) else { return false }
        }
        if !byDay.isEmpty { return byDay.contains { matchesWeekday(day, $0.ordinal, $0.weekday) } }
        // Without day parts the day comes from DTSTART, as RFC 5545 says for each frequency.
        let dayParts = !byWeekNo.isEmpty || !byYearDay.isEmpty || !byMonthDay.isEmpty
        switch frequency {
        case .daily: return true
        case .weekly: return day.weekday == start.weekday
        case .monthly: return dayParts || dayOfMonth == start.dayOfMonth
        case .yearly:
            if !byWeekNo.isEmpty { return day.weekday == start.weekday }
            if dayParts { return true }
            return dayOfMonth == start.dayOfMonth && (!byMonth.isEmpty || month == start.month)
        }
    }

    private func inPeriodStep(_ day: Day, start: Day) -> Bool {
        switch frequency {
        case .daily: return (day.ordinal - start.ordinal) % interval == 0
        case .weekly: return ((weekBegin(day).ordinal - weekBegin(start).ordinal) / 7) % interval == 0
        case .monthly: return ((day.year - start.year) * 12 + day.month - start.month) % interval == 0
        case .yearly: return (day.year - start.year) % interval == 0
        }
    }

    private func weekBegin(_ day: Day) -> Day { day.adding(days: -((day.weekday.index - weekStart.index + 7) % 7)) }

    /// Week 1 is the first week (from WKST) with at least four days of the year.
    private func firstWeek(of year: Int) -> Day {
        let january = Self.first(ofYear: year)
        let begin = weekBegin(january)
        return january.ordinal - begin.ordinal <= 3 ? begin : begin.adding(days: 7)
    }

    private func matchesWeekNumber(_ day: Day) -> Bool {
        var year = day.year
        if day < firstWeek(of: year) { year -= 1 } else if day >= firstWeek(of: year + 1) { year += 1 }
        let number = (day.ordinal - firstWeek(of: year).ordinal) / 7 + 1
        let weeks = (firstWeek(of: year + 1).ordinal - firstWeek(of: year).ordinal) / 7
        return byWeekNo.contains(number) || byWeekNo.contains(number - weeks - 1)
    }

    /// `2MO`: the second Monday of the month (MONTHLY, or YEARLY with BYMONTH) or of the year.
    private func matchesWeekday(_ day: Day, _ ordinal: Int?, _ weekday: Weekday) -> Bool {
        guard day.weekday == weekday else { return false }
        guard let ordinal else { return true }
        let inMonth = frequency == .monthly || (frequency == .yearly && !byMonth.isEmpty)
        let first = inMonth ? day.firstOfMonth : Self.first(ofYear: day.year)
        let last = inMonth ? first.adding(months: 1).adding(days: -1) : Self.first(ofYear: day.year + 1).adding(days: -1)
        return ordinal > 0 ? (day.ordinal - first.ordinal) / 7 + 1 == ordinal : (last.ordinal - day.ordinal) / 7 + 1 == -ordinal
    }

    private static func first(ofYear year: Int) -> Day { Day(year: year, month: 1, day: 1) ?? Day(ordinal: 0) }
}
