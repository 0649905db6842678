/// Finding an occurrence again by what stays true across versions of the library
/// (its event's id and its day), never by a position in a list.
extension LibraryIndex {
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
}
