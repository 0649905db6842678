/// Which way a search moves through the calendar.
public enum SearchDirection: Sendable { case forward, backward }

extension LibraryIndex {
    /// Whether an occurrence matches a search: its title, place or room as the occurrence shows them.
    public func matches(_ occurrence: Occurrence, _ query: SearchQuery) -> Bool {
        let event = event(of: occurrence)
        return SearchText.matches(query, in: event.title) || SearchText.matches(query, in: event.location)
            || event.room.map { SearchText.matches(query, in: $0) } == true
    }

    /// The nearest day after (`forward`) or before (`backward`) `day`, at most `horizon` days away,
    /// with an occurrence that matches the search; nil when there is none.
    public func day(matching query: SearchQuery, from day: Day, _ direction: SearchDirection, within horizon: Int = 3 * 366) -> Day? {
        guard !query.isEmpty else { return nil }
        let candidates = library.events.indices.filter { mayMatch(library.events[$0], query) }
        guard !candidates.isEmpty else { return nil }
        let step = 31
        var travelled = 0
        while travelled < horizon {
            let span = min(step, horizon - travelled)
            let range = direction == .forward
                ? DayRange(day.adding(days: travelled + 1), day.adding(days: travelled + span))
                : DayRange(day.adding(days: -(travelled + span)), day.adding(days: -(travelled + 1)))
            let days = candidates.flatMap { occurrences(of: $0, in: range) }.filter { matches($0, query) }.map(\.day)
            if let found = direction == .forward ? days.min() : days.max() { return found }
            travelled += span
        }
        return nil
    }

    /// An event whose series or any changed occurrence could match; the rest need no expansion.
    private func mayMatch(_ event: Event, _ query: SearchQuery) -> Bool {
        let texts = [event.title, event.location, event.room ?? ""]
            + event.overrides.flatMap { [$0.title ?? "", $0.location ?? "", $0.room ?? ""] }
        return texts.contains { !$0.isEmpty && SearchText.matches(query, in: $0) }
    }
}
