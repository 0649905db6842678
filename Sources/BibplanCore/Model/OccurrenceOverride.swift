/// One occurrence of a series changed on its own (RFC 5545's RECURRENCE-ID): moved
/// to another day or hour, or with its own duration, title, room, place or text.
/// It stays part of the series; `date` is the day the rule gives it, and every
/// field left nil is the series' own.
public struct OccurrenceOverride: Equatable, Sendable, Codable {
    /// The day the rule puts the occurrence on (its RECURRENCE-ID).
    public var date: Day
    /// Where it takes place instead: another day and/or hour.
    public var start: LocalDateTime?
    public var durationMinutes: Int?
    public var title: String?
    public var room: String?
    public var location: String?
    public var description: String?

    /// How long an occurrence may last, as for an event (two weeks).
    public static let durations = 1...(60 * 24 * 14)
    /// How far from its own day an occurrence may move, in days.
    public static let maximumShiftDays = 366

    public init(date: Day, start: LocalDateTime? = nil, durationMinutes: Int? = nil, title: String? = nil,
                room: String? = nil, location: String? = nil, description: String? = nil) {
        self.date = date
        self.start = start
        self.durationMinutes = durationMinutes
        self.title = title
        self.room = room
        self.location = location
        self.description = description
    }

    /// The event as this occurrence shows it: its title, room, place and text.
    public func applied(to event: Event) -> Event {
        var changed = event
        if let title { changed.title = title }
        if let room { changed.room = room }
        if let location { changed.location = location }
        if let description { changed.description = description }
        if let durationMinutes { changed.durationMinutes = durationMinutes }
        return changed
    }

    /// Nothing is changed: the override says no more than the series.
    public var isEmpty: Bool {
        start == nil && durationMinutes == nil && title == nil && room == nil && location == nil && description == nil
    }
}
