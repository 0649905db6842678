/// The checks of meaning for an event's `overrides`: each changes a day the rule
/// gives (not an exdate), no day twice, a new start within reach of its own day
/// and not on a day the series already takes place, a room the library has.
extension LibraryValidator {
    mutating func checkOverrides(_ library: Library, rules: [RecurrenceRule?]) {
        let rooms = Set(library.rooms.map(\.name))
        let open = OpenDays(library)
        for (position, event) in library.events.enumerated() where !event.overrides.isEmpty {
            let path = "events[\(position)]"
            guard event.rrule != nil else {
                report(path + ".overrides", "only a series (with an rrule) has overrides; change the event itself")
                continue
            }
            let rule = rules.indices.contains(position) ? rules[position] : nil
            var first: [Day: Int] = [:]
            for (slot, change) in event.overrides.enumerated() {
                let at = path + ".overrides[\(slot)]"
                if let earlier = first[change.date] {
                    report(at + ".date", "\(change.date) is changed twice (also overrides[\(earlier)])")
                    continue
                }
                first[change.date] = slot
                guard rule == nil || Occurrences.occurs(event, rule: rule, on: change.date, open: open) else {
                    report(at + ".date", "\(change.date) is not a day of this series (or is in exdates)")
                    continue
                }
                if let room = change.room, !rooms.contains(room) { report(at + ".room", "no room \"\(room)\" in rooms") }
                if let title = change.title, title.isEmpty { report(at + ".title", "is empty") }
                if let start = change.start { checkStart(start, of: change, event: event, rule: rule, open: open, path: at) }
            }
        }
    }

    /// A moved occurrence stays within a year of its own day, and does not land on a
    /// day the series already has (shifts and sign-ups are dated by the day).
    private mutating func checkStart(_ start: LocalDateTime, of change: OccurrenceOverride, event: Event, rule: RecurrenceRule?,
                                     open: OpenDays, path: String) {
        let distance = abs(start.day.ordinal - change.date.ordinal)
        guard distance <= OccurrenceOverride.maximumShiftDays else {
            report(path + ".start", "\(start.iso) is \(distance) days from \(change.date); at most \(OccurrenceOverride.maximumShiftDays)")
            return
        }
        guard start.day != change.date else { return }
        let sameDay = Occurrences.timings(of: event, rule: rule, in: DayRange(day: start.day), open: open)
        if sameDay.contains(where: { timing in timing.override.map { event.overrides[$0].date } != change.date }) {
            report(path + ".start", "the series already takes place on \(start.day)")
        }
    }
}
