/// Moving one occurrence to another day or hour.
extension Library {
    /// Moves the occurrence of event `id` that takes place on `day` to `start`. A single
    /// event simply moves. One time of a series gets an override (or its override a new
    /// start; moved back to where the rule puts it, the start is dropped), so it stays part
    /// of the series. Its shifts and sign-ups, dated by the day it takes place, go along.
    public mutating func moveOccurrence(event id: String, on day: Day, to start: LocalDateTime) {
        guard let position = events.firstIndex(where: { $0.id == id }) else { return }
        if events[position].rrule == nil {
            events[position].start = start
        } else {
            guard moveInSeries(at: position, from: day, to: start) else { return }
        }
        for index in events[position].registrations.indices where events[position].registrations[index].date == day {
            events[position].registrations[index].date = start.day
        }
        for index in shifts.indices where shifts[index].event == id && shifts[index].date == day {
            shifts[index].date = start.day
        }
    }

    /// Removes the override of the series' time that takes place on `day`, if any, and
    /// returns the day the rule gives that time (`day` itself when none was there).
    mutating func dropOverride(at position: Int, takingPlaceOn day: Day) -> Day {
        let event = events[position]
        guard !event.overrides.isEmpty else { return day }
        let rule = event.rrule.flatMap { try? RecurrenceRule(parsing: $0) }
        guard let override = Occurrences.timings(of: event, rule: rule, in: DayRange(day: day)).first?.override else { return day }
        let ruled = event.overrides[override].date
        events[position].overrides.remove(at: override)
        return ruled
    }

    /// Sets the override of the series' occurrence on `day`; false when it has none that day.
    private mutating func moveInSeries(at position: Int, from day: Day, to start: LocalDateTime) -> Bool {
        let event = events[position]
        let rule = event.rrule.flatMap { try? RecurrenceRule(parsing: $0) }
        guard let timing = Occurrences.timings(of: event, rule: rule, in: DayRange(day: day)).first else { return false }
        var change = timing.override.map { event.overrides[$0] } ?? OccurrenceOverride(date: day)
        let ruled = LocalDateTime(day: change.date, minutes: event.start.minutes)
        change.start = start == ruled ? nil : start
        events[position].overrides.removeAll { $0.date == change.date }
        if !change.isEmpty { events[position].overrides.append(change) }
        events[position].overrides.sort { $0.date < $1.date }
        return true
    }
}
