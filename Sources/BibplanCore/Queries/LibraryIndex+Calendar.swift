/// The calendar of a library: its occurrences by range, day and event, each as it shows,
/// found again across versions, and the opening hours and closing days around them.
extension LibraryIndex {
    /// Every occurrence in the range, ordered by start time; those of events that skip
    /// closing days are left out on them.
    public func occurrences(in range: DayRange) -> [Occurrence] {
        var result: [Occurrence] = []
        let closed = anySkips ? closing.closedDays(in: range) : []
        for (position, event) in library.events.enumerated() {
            let skips = event.onClosingDay == .skip
            let timings = Occurrences.timings(of: event, rule: rules[position], in: range, open: open)
            for timing in timings where !skips || !closed.contains(timing.start.day.ordinal) {
                result.append(Occurrence(position, timing))
            }
        }
        return result.sorted()
    }

    public func occurrences(on day: Day) -> [Occurrence] { occurrences(in: DayRange(day: day)) }

    public func occurrences(of eventIndex: Int, in range: DayRange) -> [Occurrence] {
        let event = library.events[eventIndex]
        let closed = event.onClosingDay == .skip ? closing.closedDays(in: range) : []
        let timings = Occurrences.timings(of: event, rule: rules[eventIndex], in: range, open: open)
        return timings.filter { !closed.contains($0.start.day.ordinal) }.map {
            Occurrence(eventIndex, $0)
        }
    }

    /// The event as stored, without the occurrence's override: what editing the series starts from.
    public func series(of occurrence: Occurrence) -> Event { library.events[occurrence.eventIndex] }

    /// The event as this occurrence shows it: an override's title, room, place and text in place of the series'.
    public func event(of occurrence: Occurrence) -> Event {
        let event = library.events[occurrence.eventIndex]
        guard let override = occurrence.override, event.overrides.indices.contains(override) else { return event }
        return event.overrides[override].applied(to: event)
    }

    // MARK: Found again

    // An occurrence is found again by what stays true across versions of the library
    // (its event's id and its day), never by a position in a list.

    /// The occurrence of event `id` on `day`, if the event still takes place then.
    public func occurrence(ofEvent id: String, on day: Day) -> Occurrence? {
        guard let position = library.events.firstIndex(where: { $0.id == id }) else { return nil }
        return occurrences(of: position, in: DayRange(day: day)).first
    }

    /// `occurrence` of `old`, found in this version: the same event on the same day.
    public func sameOccurrence(as occurrence: Occurrence, in old: LibraryIndex) -> Occurrence? {
        guard old.library.events.indices.contains(occurrence.eventIndex) else { return nil }
        return self.occurrence(ofEvent: old.library.events[occurrence.eventIndex].id, on: occurrence.day)
    }

    // MARK: Opening hours and closing days

    /// Why the library is closed on the day, or nil.
    public func closure(on day: Day) -> Closure? { closing.closure(on: day) }

    /// The day's opening: closed with its reason, or its hours (nil when the library gives no hours and is open).
    public func opening(on day: Day) -> DayOpening? {
        if let closure = closing.closure(on: day) { return .closed(closure) }
        guard let hours = library.openingHours, !hours.isEmpty else { return nil }
        return .hours(staffed: hours.staffed[day.weekday], selfService: hours.selfService[day.weekday])
    }

    /// The flag an occurrence carries, or nil. An event that holds on closing days
    /// (it takes place elsewhere) is never flagged.
    public func notice(of occurrence: Occurrence) -> OccurrenceNotice? {
        let event = event(of: occurrence)
        guard event.onClosingDay != .hold else { return nil }
        if let closure = closing.closure(on: occurrence.day) { return .closed(closure) }
        guard let hours = library.openingHours, !hours.isEmpty else { return nil }
        let end = occurrence.start.minutes + event.durationMinutes
        let inside = hours.open(on: occurrence.day.weekday).contains { $0.from <= occurrence.start.minutes && end <= $0.to }
        return inside ? nil : .outsideOpeningHours
    }
}
