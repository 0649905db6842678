/// Schema 1, read: rooms, categories, and the dated entries of an event
/// (cancellations with their reason, registrations with their count).
extension FieldDecoder {
    mutating func room() throws(JSONSyntaxError) -> Room? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<RoomKey>()
        var room = Room(name: "")
        var name: String?
        while let key = try nextKey(&seen) {
            switch key {
            case .name: name = try string()
            case .capacity: room.capacity = try integer(in: Room.capacities)
            }
        }
        if let name { room.name = name } else { missing(RoomKey.name, seen: seen, objectAt: start) }
        return room
    }

    mutating func category() throws(JSONSyntaxError) -> Category? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<CategoryKey>()
        var id: String?, name: String?, colour: CategoryColour?
        while let key = try nextKey(&seen) {
            switch key {
            case .id: id = try string()
            case .name: name = try string()
            case .colour: colour = try choice(CategoryColour.self)
            }
        }
        if id == nil { missing(CategoryKey.id, seen: seen, objectAt: start) }
        if name == nil { missing(CategoryKey.name, seen: seen, objectAt: start) }
        if colour == nil { missing(CategoryKey.colour, seen: seen, objectAt: start) }
        return Category(id: id ?? "", name: name ?? "", colour: colour ?? .blue)
    }

    mutating func cancellation() throws(JSONSyntaxError) -> Cancellation? {
        let (date, reason, _) = try dated(needs: .reason)
        return Cancellation(date: date ?? Day(ordinal: 0), reason: reason ?? "")
    }

    mutating func registration() throws(JSONSyntaxError) -> Registration? {
        let (date, _, count) = try dated(needs: .count)
        return Registration(date: date ?? Day(ordinal: 0), count: count ?? 0)
    }

    /// `{"date": …, "reason": …}` or `{"date": …, "count": …}`: the other key is unknown.
    private mutating func dated(needs other: DatedKey) throws(JSONSyntaxError) -> (Day?, String?, Int?) {
        let start = try valueStart()
        guard try beginObject() else { return (nil, nil, nil) }
        var seen = KeysSeen<DatedKey>()
        var date: Day?, reason: String?, count: Int?
        while let key = try nextKey(&seen) {
            switch key {
            case .date: date = try day()
            case .reason where other == .reason: reason = try string()
            case .count where other == .count: count = try integer(in: 0...100_000)
            default:
                problem("unknown key \"\(key.rawValue)\"")
                try reader.skipValue()
            }
        }
        if date == nil { missing(DatedKey.date, seen: seen, objectAt: start) }
        if other == .reason, reason == nil { missing(DatedKey.reason, seen: seen, objectAt: start) }
        if other == .count, count == nil { missing(DatedKey.count, seen: seen, objectAt: start) }
        return (date, reason, count)
    }
}
