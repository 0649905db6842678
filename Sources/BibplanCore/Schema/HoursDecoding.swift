/// Schema 1, read: a library's opening hours and closing days,
/// `{"staffed": {"mon": "10-19", …}, "selfService": {…}, "publicHolidays": "closed"}` and
/// `{"from": "2026-12-24", "to": "2026-12-26", "reason": "jul"}`.
extension FieldDecoder {
    mutating func openingHours() throws(JSONSyntaxError) -> OpeningHours? {
        guard try beginObject() else { return nil }
        var seen = KeysSeen<OpeningHoursKey>()
        var hours = OpeningHours()
        while let key = try nextKey(&seen) {
            switch key {
            case .staffed: hours.staffed = try weeklyHours() ?? WeeklyHours()
            case .selfService: hours.selfService = try weeklyHours() ?? WeeklyHours()
            case .publicHolidays: hours.publicHolidays = try choice(PublicHolidays.self) ?? .closed
            }
        }
        return hours
    }

    mutating func weeklyHours() throws(JSONSyntaxError) -> WeeklyHours? {
        guard try beginObject() else { return nil }
        var seen = KeysSeen<WeekdayKey>()
        var week = WeeklyHours()
        while let key = try nextKey(&seen) {
            week[key.weekday] = try daySpans() ?? []
        }
        return week
    }

    /// `"10-19"`, `"10-12, 13-19"`, `""` (closed).
    private mutating func daySpans() throws(JSONSyntaxError) -> [ClockSpan]? {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        switch HoursText.parse(text) {
        case .success(let spans): return spans
        case .failure(let error): problem(error.description, at: start); return nil
        }
    }

    mutating func closingDay() throws(JSONSyntaxError) -> ClosingDay? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<ClosingDayKey>()
        var from: Day?, to: Day?, reason = "", backwards = false
        while let key = try nextKey(&seen) {
            let at = try valueStart()
            switch key {
            case .from: from = try day()
            case .to: to = try day()
            case .reason: reason = try string() ?? ""
            }
            // Said at whichever of the two comes second, so the path names it.
            if key != .reason, !backwards, let first = from, let last = to, last < first {
                problem(key == .to ? "\(last) is before from \(first)" : "\(first) is after to \(last)", at: at)
                backwards = true
            }
        }
        guard let from else { missing(ClosingDayKey.from, seen: seen, objectAt: start); return nil }
        guard !backwards else { return nil }
        return ClosingDay(from: from, to: to, reason: reason)
    }
}

enum OpeningHoursKey: String, ObjectKeys {
    case staffed, selfService, publicHolidays
    static let table = KeyTable<Self>()
}

/// The days of a week of opening hours, as three letters.
enum WeekdayKey: String, ObjectKeys {
    case mon, tue, wed, thu, fri, sat, sun
    static let table = KeyTable<Self>()

    var weekday: Weekday {
        Weekday.allCases[Self.allCases.firstIndex(of: self) ?? 0]
    }
}

enum ClosingDayKey: String, ObjectKeys {
    case from, to, reason
    static let table = KeyTable<Self>()
}
