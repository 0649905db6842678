/// Schema 1, read: one entry of an event's `overrides` (see `OccurrenceOverride`).
/// Problems are reported with the file, line and JSON path, like every other field.
extension FieldDecoder {
    mutating func occurrenceOverride() throws(JSONSyntaxError) -> OccurrenceOverride? {
        let begin = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<OverrideKey>()
        var change = OccurrenceOverride(date: Day(ordinal: 0))
        var date: Day?
        while let key = try nextKey(&seen) {
            switch key {
            case .date: date = try day()
            case .start: change.start = try dateTime()
            case .durationMinutes: change.durationMinutes = try integer(in: OccurrenceOverride.durations)
            case .title: change.title = try string()
            case .room: change.room = try string()
            case .location: change.location = try string()
            case .description: change.description = try string()
            }
        }
        if let date { change.date = date } else { missing(OverrideKey.date, seen: seen, objectAt: begin) }
        return change
    }
}
