/// Moving one occurrence to another day or hour.
extension Library {
    /// Moves the occurrence of event `id` that takes place on `day` to `start`. A single
    /// event simply moves. One time of a series gets an override (or its override a new
    /// start; moved back to where the rule puts it, the start is dropped), so it stays part
    /// of the series. Its shifts and sign-ups, dated by the day it takes place, go along.
    /// A time that cannot stay in its series (it would land on another of its times, or
    /// more than a year away) becomes an event of its own, its day left out of the series.
    public mutating func moveOccurrence(event id: String, on day: Day, to start: LocalDateTime) {
        guard let position = events.firstIndex(where: { $0.id == id }) else { return }
        let rule = events[position].rrule.flatMap { try? RecurrenceRule(parsing: $0) }
        var target = id
        if events[position].rrule == nil {
            events[position].start = start
        } else if let timing = Occurrences.timings(of: events[position], rule: rule, in: DayRange(day: day), open: OpenDays(self)).first {
            let original = timing.override.map { events[position].overrides[$0].date } ?? day
            if staysInSeries(events[position], rule: rule, original: original, movedTo: start.day) {
                moveInSeries(at: position, original: original, to: start)
            } else {
                target = splitOff(at: position, from: day, to: start)
            }
        } else {
            return
        }
        let moving = events[position].registrations.filter { $0.date == day }.map { Registration(date: start.day, count: $0.count) }
        events[position].registrations.removeAll { $0.date == day }
        if let into = events.firstIndex(where: { $0.id == target }) { events[into].registrations += moving }
        for index in shifts.indices where shifts[index].event == id && shifts[index].date == day {
            shifts[index].event = target
            shifts[index].date = start.day
        }
    }

    /// An override may move the time within a year of its own day, onto no other time of the series.
    private func staysInSeries(_ event: Event, rule: RecurrenceRule?, original: Day, movedTo day: Day) -> Bool {
        guard abs(day.ordinal - original.ordinal) <= OccurrenceOverride.maximumShiftDays else { return false }
        var others = event
        others.exdates.append(original)
        return !Occurrences.takesPlace(others, rule: rule, on: day, open: OpenDays(self))
    }

    /// Sets the start of the override of the series' time `original`.
    private mutating func moveInSeries(at position: Int, original: Day, to start: LocalDateTime) {
        let event = events[position]
        var change = event.overrides.first { $0.date == original } ?? OccurrenceOverride(date: original)
        change.start = start == LocalDateTime(day: original, minutes: event.start.minutes) ? nil : start
        events[position].overrides.removeAll { $0.date == original }
        if !change.isEmpty { events[position].overrides.append(change) }
        events[position].overrides.sort { $0.date < $1.date }
    }

    /// The time on `day` as an event of its own at `start` (with its override's title,
    /// place and length); the series leaves its day out. Returns the new event's id.
    private mutating func splitOff(at position: Int, from day: Day, to start: LocalDateTime) -> String {
        let event = events[position]
        let rule = event.rrule.flatMap { try? RecurrenceRule(parsing: $0) }
        let shown = Occurrences.timings(of: event, rule: rule, in: DayRange(day: day), open: OpenDays(self))
            .first?.override.map { event.overrides[$0].applied(to: event) }
        var single = shown ?? event
        single.id = nextID(prefix: "e", among: events.map(\.id))
        single.rrule = nil
        single.exdates = []
        single.cancellations = []
        single.registrations = []
        single.overrides = []
        single.start = start
        let ruled = dropOverride(at: position, takingPlaceOn: day)
        if !events[position].exdates.contains(ruled) { events[position].exdates.append(ruled) }
        events[position].exdates.sort()
        events.append(single)
        return single.id
    }

    /// Removes the override of the series' time that takes place on `day`, if any, and
    /// returns the day the rule gives that time (`day` itself when none was there).
    mutating func dropOverride(at position: Int, takingPlaceOn day: Day) -> Day {
        let event = events[position]
        guard !event.overrides.isEmpty else { return day }
        let rule = event.rrule.flatMap { try? RecurrenceRule(parsing: $0) }
        let timing = Occurrences.timings(of: event, rule: rule, in: DayRange(day: day), open: OpenDays(self)).first
        guard let override = timing?.override else { return day }
        let ruled = event.overrides[override].date
        events[position].overrides.remove(at: override)
        return ruled
    }
}
