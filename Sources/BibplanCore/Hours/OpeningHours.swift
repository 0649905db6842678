/// A span of the day in minutes after midnight: `from` included, `to` excluded;
/// `to` may be 1440 (open until midnight).
public struct ClockSpan: Equatable, Hashable, Sendable, Codable {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// `7–22`, `10–17:30`: whole hours without minutes, as opening hours are written on a door.
    public var text: String { Self.clock(from) + "–" + Self.clock(to) }

    /// As schema 1 writes it: `7-22`, `10-17:30`.
    public var schemaText: String { Self.clock(from) + "-" + Self.clock(to) }

    private static func clock(_ minutes: Int) -> String {
        let hour = String(minutes / 60), minute = minutes % 60
        return minute == 0 ? hour : hour + ":" + Day.pad(minute, 2)
    }
}

/// The hours of each weekday, Monday first; a day without spans is closed.
public struct WeeklyHours: Equatable, Sendable {
    /// Seven lists of spans, Monday first, each in order.
    public private(set) var days: [[ClockSpan]]

    public init() { days = Array(repeating: [], count: 7) }

    /// The same spans on every day of the week.
    public init(everyDay spans: [ClockSpan]) { days = Array(repeating: spans, count: 7) }

    public subscript(weekday: Weekday) -> [ClockSpan] {
        get { days.indices.contains(weekday.index) ? days[weekday.index] : [] }
        set { if days.indices.contains(weekday.index) { days[weekday.index] = newValue } }
    }

    public var isEmpty: Bool { days.allSatisfy(\.isEmpty) }
}

/// A library's weekly opening hours: with staff, and self-service (the house open
/// with a library card, no staff). Either may be left out.
public struct OpeningHours: Equatable, Sendable, Codable {
    public var staffed: WeeklyHours
    public var selfService: WeeklyHours
    /// Whether the Danish public holidays close the library (the default) or not.
    public var publicHolidays: PublicHolidays

    public init(staffed: WeeklyHours = WeeklyHours(), selfService: WeeklyHours = WeeklyHours(),
                publicHolidays: PublicHolidays = .closed) {
        self.staffed = staffed
        self.selfService = selfService
        self.publicHolidays = publicHolidays
    }

    /// When the house is open on a weekday, staffed or not: the spans joined where they meet or overlap.
    public func open(on weekday: Weekday) -> [ClockSpan] {
        let spans = (staffed[weekday] + selfService[weekday]).sorted { $0.from < $1.from }
        var joined: [ClockSpan] = []
        for span in spans {
            if let last = joined.last, span.from <= last.to {
                joined[joined.count - 1].to = max(last.to, span.to)
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    /// Whether the hours are given for any day at all.
    public var isEmpty: Bool { staffed.isEmpty && selfService.isEmpty }
}

public enum PublicHolidays: String, CaseIterable, Sendable, Codable {
    /// The library is closed on the Danish public holidays (helligdage).
    case closed
    /// The public holidays are ordinary days.
    case open
}

/// One of the library's own closing periods: `from` to `to`, both included.
public struct ClosingDay: Equatable, Sendable, Codable {
    public var from: Day
    public var to: Day
    /// Why, as the library writes it ("jul", "inventering"); may be empty.
    public var reason: String

    public init(from: Day, to: Day? = nil, reason: String = "") {
        self.from = from
        self.to = to ?? from
        self.reason = reason
    }

    public var range: DayRange { DayRange(from, to) }
}

/// What an occurrence of an event does on a day the library is closed (remind's OMIT).
public enum ClosingDayRule: String, CaseIterable, Sendable, Codable {
    /// It stays, marked "lukket: juledag" wherever it shows (the default).
    case flag
    /// It does not take place: the series leaves that day out.
    case skip
    /// It takes place regardless (away from the house, or with its own staff): no mark,
    /// and opening hours do not apply to it either.
    case hold
    /// A time of a series on a day the library is not open (a closing day, or a weekday
    /// without opening hours) moves to the open day before: "the last opening day of the month".
    case earlier
    /// As `earlier`, to the open day after: "the first opening day of the month".
    case later

    /// The direction a time on a closed day moves in, days at a time; nil when it does not move.
    public var step: Int? {
        switch self {
        case .earlier: -1
        case .later: 1
        case .flag, .skip, .hold: nil
        }
    }
}
