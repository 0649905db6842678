/// A room of the library: where events take place, and how many it seats.
public struct Room: Equatable, Sendable, Codable {
    public var name: String
    public var capacity: Int?

    /// The seats a room may have, in the file and in the settings form.
    public static let capacities = 1...100_000

    public init(name: String, capacity: Int? = nil) {
        self.name = name
        self.capacity = capacity
    }
}

/// A library's own category for events and initiatives, with a colour for the calendar.
public struct Category: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var colour: CategoryColour

    public init(id: String, name: String, colour: CategoryColour) {
        self.id = id
        self.name = name
        self.colour = colour
    }

    /// The letter that stands for the category where there is no colour.
    public var letter: Character { name.first.map { Character($0.uppercased()) } ?? "?" }
}

/// The colours a terminal shows everywhere.
public enum CategoryColour: String, CaseIterable, Codable, Sendable {
    case red, green, yellow, blue, magenta, cyan
}

/// Where an event stands in its life.
public enum EventStatus: String, CaseIterable, Codable, Sendable {
    case draft, planned, published, cancelled, done
}

/// One occurrence called off, with the reason shown where it stays visible.
public struct Cancellation: Equatable, Sendable, Codable {
    public var date: Day
    public var reason: String

    public init(date: Day, reason: String) {
        self.date = date
        self.reason = reason
    }
}

/// How many have signed up for one occurrence (entered by staff).
public struct Registration: Equatable, Sendable, Codable {
    public var date: Day
    public var count: Int

    public init(date: Day, count: Int) {
        self.date = date
        self.count = count
    }
}

extension Event {
    /// Where it happens, as people say it: the room, else the place outside.
    public var place: String { room ?? location }
}
