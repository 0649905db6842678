/// A changed occurrence of a series (a VEVENT with RECURRENCE-ID) as an override of
/// the series: the fields that differ from the series', at the time the rule gives.
extension ICSEventReader {
    /// The override for the series' time `was` changed to `changed`; nil when the
    /// series has no such time (another hour, an exdate), when it moves onto a day
    /// the series already has or further than an override may (then it stays a single event).
    func override(of series: ImportedEvent, at was: LocalDateTime, to changed: ImportedEvent) -> OccurrenceOverride? {
        guard let text = series.rrule, let rule = try? RecurrenceRule(parsing: text),
            was.minutes == series.start.minutes else { return nil }
        var event = series.event(over: nil)
        guard Occurrences.occurs(event, rule: rule, on: was.day) else { return nil }
        let start = changed.start
        guard abs(start.day.ordinal - was.day.ordinal) <= OccurrenceOverride.maximumShiftDays,
              OccurrenceOverride.durations.contains(changed.durationMinutes) else { return nil }
        event.overrides.removeAll { $0.date == was.day }
        if start.day != was.day, Occurrences.takesPlace(event, rule: rule, on: start.day) { return nil }
        return OccurrenceOverride(date: was.day, start: start == was ? nil : start,
                                  durationMinutes: changed.durationMinutes == series.durationMinutes ? nil : changed.durationMinutes,
                                  title: changed.title == series.title ? nil : changed.title,
                                  location: changed.location == series.location ? nil : changed.location,
                                  description: changed.description == series.description ? nil : changed.description)
    }
}
