/// One library's plan: strategy, initiatives, calendar and volunteers. Schema 1.
public struct Library: Equatable, Sendable, Codable {
    public static let currentSchema = 1
    public static let defaultTimeZone = "Europe/Copenhagen"

    public var schema: Int
    public var id: String
    public var name: String
    public var municipality: String
    public var address: String
    public var timeZone: String
    /// Weekly hours with staff and self-service, and whether public holidays close the house.
    public var openingHours: OpeningHours?
    /// The library's own closing days, beside the public holidays.
    public var closingDays: [ClosingDay] = []
    public var vision: String
    public var plan: Plan?
    /// What in this file is invented example content (the sample libraries say it here), in words.
    public var exampleContent: String?
    /// The library's rooms; an event in one of them names it in `room`.
    public var rooms: [Room]
    /// The library's own categories for events and initiatives.
    public var categories: [Category]
    public var goals: [Goal]
    public var initiatives: [Initiative]
    public var events: [Event]
    public var volunteers: [Volunteer]
    public var shifts: [Shift]
    /// `"volunteerSignup"` as written in the file (nil: absent). See `allowsVolunteerSignup`.
    public var volunteerSignup: Bool?
    /// Volunteers may sign up for open slots and withdraw from their own shifts.
    public var allowsVolunteerSignup: Bool { volunteerSignup == true }
    /// `"sendmail"`: the sendmail-compatible command reminders go to (nil: `defaultSendmail`).
    public var sendmail: String?
    public static let defaultSendmail = "/usr/sbin/sendmail -t"
    /// `"language"`: the language of the library's messages to volunteers (nil: the interface's).
    public var language: Language?

    public init(id: String, name: String, municipality: String = "", address: String = "",
                timeZone: String = Library.defaultTimeZone, vision: String = "", plan: Plan? = nil,
                rooms: [Room] = [], categories: [Category] = [],
                goals: [Goal] = [], initiatives: [Initiative] = [], events: [Event] = [],
                volunteers: [Volunteer] = [], shifts: [Shift] = []) {
        self.schema = Library.currentSchema
        self.id = id
        self.name = name
        self.municipality = municipality
        self.address = address
        self.timeZone = timeZone
        self.vision = vision
        self.plan = plan
        self.rooms = rooms
        self.categories = categories
        self.goals = goals
        self.initiatives = initiatives
        self.events = events
        self.volunteers = volunteers
        self.shifts = shifts
    }
}

/// The period a plan covers.
public struct Plan: Equatable, Sendable, Codable {
    public var title: String
    public var from: Day?
    public var to: Day?

    public init(title: String, from: Day? = nil, to: Day? = nil) {
        self.title = title
        self.from = from
        self.to = to
    }
}

/// A målsætning (top level, `parent` nil) or an indsats / delmål under one.
public struct Goal: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var parent: String?
    public var title: String
    public var description: String
    public var owner: String
    public var status: GoalStatus
    public var progress: Int
    public var successCriteria: [String]
    public var due: Day?
    /// Shared themes, for the overview across libraries.
    public var themes: [Theme]
    /// Figures that show how far the goal has come (visitors, loans), with a target or without.
    public var measures: [Measure]
    /// The library's rank for the goal among its priorities (1 first); nil: not one of them.
    public var priority: Int?
    /// Ids of the national items (`landscape.json`) the goal takes up.
    public var contributes: [String] = []

    public init(id: String, parent: String? = nil, title: String, description: String = "", owner: String = "",
                status: GoalStatus = .notStarted, progress: Int = 0, successCriteria: [String] = [], due: Day? = nil,
                themes: [Theme] = [], measures: [Measure] = []) {
        self.id = id
        self.parent = parent
        self.title = title
        self.description = description
        self.owner = owner
        self.status = status
        self.progress = progress
        self.successCriteria = successCriteria
        self.due = due
        self.themes = themes
        self.measures = measures
    }
}

/// A project or effort that serves one or more goals.
/// A figure a goal is followed by: "190.044 besøgende" now, perhaps a target, and
/// where it started (the baseline) when progress should count from there.
public struct Measure: Equatable, Sendable, Codable {
    public var label: String
    public var unit: String
    public var current: Int
    public var target: Int?
    public var baseline: Int?

    public init(label: String, unit: String = "", current: Int, target: Int? = nil, baseline: Int? = nil) {
        self.label = label
        self.unit = unit
        self.current = current
        self.target = target
        self.baseline = baseline
    }

    /// How far from the baseline (or zero) to the target, 0–100; nil without a target.
    public var progress: Int? {
        guard let target else { return nil }
        let start = baseline ?? 0
        guard target != start else { return current >= target ? 100 : 0 }
        let share = Double(current - start) / Double(target - start)
        return Int((min(max(share, 0), 1) * 100).rounded())
    }
}

public struct Initiative: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var goals: [String]
    public var owner: String
    public var partners: [String]
    public var status: InitiativeStatus
    public var from: Day?
    public var to: Day?
    public var funding: String
    public var notes: String
    /// Shared themes, for the overview across libraries.
    public var themes: [Theme]
    /// One of the library's categories, by id.
    public var category: String?
    /// Ids of the national items (`landscape.json`) the initiative takes up.
    public var contributes: [String] = []

    public init(id: String, title: String, goals: [String] = [], owner: String = "", partners: [String] = [],
                status: InitiativeStatus = .planned, from: Day? = nil, to: Day? = nil, funding: String = "", notes: String = "",
                themes: [Theme] = [], category: String? = nil) {
        self.id = id
        self.title = title
        self.goals = goals
        self.owner = owner
        self.partners = partners
        self.status = status
        self.from = from
        self.to = to
        self.funding = funding
        self.notes = notes
        self.themes = themes
        self.category = category
    }
}

/// An arrangement: one occurrence, or a series by an RRULE.
public struct Event: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var start: LocalDateTime
    public var durationMinutes: Int
    public var rrule: String?
    public var exdates: [Day]
    /// What an occurrence on a closing day does: flagged (default), skipped, or held anyway.
    public var onClosingDay: ClosingDayRule = .flag
    public var location: String
    public var audience: Audience
    public var initiative: String?
    public var capacity: Int?
    public var groups: [String]
    public var volunteersNeeded: Int
    public var description: String
    public var status: EventStatus
    /// One of the library's rooms, by name (`location` is for places outside).
    public var room: String?
    /// One of the library's categories, by id.
    public var category: String?
    /// Occurrences called off: each is also in `exdates` (for calendars elsewhere) and stays visible here with its reason.
    public var cancellations: [Cancellation]
    /// How many have signed up, per occurrence.
    public var registrations: [Registration]
    /// Occurrences of the series changed on their own (moved, retitled), by the day the rule gives them.
    public var overrides: [OccurrenceOverride]

    public init(id: String, title: String, start: LocalDateTime, durationMinutes: Int = 60, rrule: String? = nil,
                exdates: [Day] = [], location: String = "", audience: Audience = .all, initiative: String? = nil,
                capacity: Int? = nil, groups: [String] = [], volunteersNeeded: Int = 0, description: String = "",
                status: EventStatus = .planned, room: String? = nil, category: String? = nil,
                cancellations: [Cancellation] = [], registrations: [Registration] = [], overrides: [OccurrenceOverride] = []) {
        self.id = id
        self.title = title
        self.start = start
        self.durationMinutes = durationMinutes
        self.rrule = rrule
        self.exdates = exdates
        self.location = location
        self.audience = audience
        self.initiative = initiative
        self.capacity = capacity
        self.groups = groups
        self.volunteersNeeded = volunteersNeeded
        self.description = description
        self.status = status
        self.room = room
        self.category = category
        self.cancellations = cancellations
        self.registrations = registrations
        self.overrides = overrides
    }
}

/// A frivillig.
public struct Volunteer: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var groups: [String]
    public var phone: String
    public var email: String
    public var active: Bool
    public var notes: String

    public init(id: String, name: String, groups: [String] = [], phone: String = "", email: String = "",
                active: Bool = true, notes: String = "") {
        self.id = id
        self.name = name
        self.groups = groups
        self.phone = phone
        self.email = email
        self.active = active
        self.notes = notes
    }

    /// The first word of the name: what other volunteers may see.
    public var firstName: String {
        String(name.split(separator: " ", maxSplits: 1).first ?? Substring(name))
    }
}

/// One volunteer on one occurrence (`event`, `date`) of an event.
public struct Shift: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var event: String
    public var date: Day
    public var volunteer: String
    public var role: String
    /// The volunteer offers the shift to another of the group (a swap).
    public var offered: Bool

    public init(id: String, event: String, date: Day, volunteer: String, role: String = "", offered: Bool = false) {
        self.id = id
        self.event = event
        self.date = date
        self.volunteer = volunteer
        self.role = role
        self.offered = offered
    }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension LocalDateTime: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DDTHH:MM time"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
