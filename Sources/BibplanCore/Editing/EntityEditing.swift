/// Adding, changing and deleting initiatives, events, volunteers and shifts, each
/// keeping every reference valid (a deleted event takes its shifts along).
extension Library {
    public mutating func save(_ initiative: Initiative) { initiatives.upsert(initiative) }
    public mutating func save(_ volunteer: Volunteer) { volunteers.upsert(volunteer) }
    public mutating func save(_ shift: Shift) { shifts.upsert(shift) }

    /// Adds or replaces the event; shifts that no longer fall on one of its
    /// occurrences (the rule or the date changed) are released. Returns them.
    @discardableResult
    public mutating func save(_ event: Event) -> [Shift] {
        events.upsert(event)
        return releaseShiftsOffTheirDays(ofEvent: event.id)
    }

    /// Releases the shifts that are no longer on a day their event takes place (its rule,
    /// date or a new closing day it skips took the day away), by the index's own rule of
    /// what an occurrence is, the one the validator checks. Returns them.
    @discardableResult
    public mutating func releaseShiftsOffTheirDays(ofEvent id: String? = nil) -> [Shift] {
        let index = LibraryIndex(self)
        let released = shifts.filter { shift in (id == nil || shift.event == id) && index.occurrence(of: shift) == nil }
        guard !released.isEmpty else { return [] }
        let releasedIDs = Set(released.map(\.id))
        shifts.removeAll { releasedIDs.contains($0.id) }
        return released
    }

    /// The initiative goes; its events stay, no longer tied to it.
    public mutating func deleteInitiative(_ id: String) {
        initiatives.removeAll { $0.id == id }
        for position in events.indices where events[position].initiative == id { events[position].initiative = nil }
    }

    /// The event goes with all its shifts.
    public mutating func deleteEvent(_ id: String) {
        events.removeAll { $0.id == id }
        shifts.removeAll { $0.event == id }
    }

    /// The volunteer goes with all their shifts.
    public mutating func deleteVolunteer(_ id: String) {
        volunteers.removeAll { $0.id == id }
        shifts.removeAll { $0.volunteer == id }
    }

    public mutating func removeShift(_ id: String) { shifts.removeAll { $0.id == id } }

    /// Puts a volunteer on an occurrence; nothing happens if they are already on it.
    @discardableResult
    public mutating func assign(volunteer: String, toEvent event: String, on day: Day, role: String = "") -> Shift? {
        guard !shifts.contains(where: { $0.event == event && $0.date == day && $0.volunteer == volunteer }) else { return nil }
        let shift = Shift(id: nextID(prefix: "s", among: shifts.map(\.id)), event: event, date: day, volunteer: volunteer, role: role)
        shifts.append(shift)
        return shift
    }
}

extension Array where Element: Identifiable {
    /// Replaces the element with the same id, or appends it.
    mutating func upsert(_ element: Element) {
        if let position = firstIndex(where: { $0.id == element.id }) { self[position] = element } else { append(element) }
    }
}

extension Library {
    /// Counts sign-ups for one occurrence up or down (never below zero; zero removes the entry).
    public mutating func changeRegistrations(event id: String, on day: Day, by delta: Int) {
        guard let position = events.firstIndex(where: { $0.id == id }) else { return }
        let current = events[position].registrations.first { $0.date == day }?.count ?? 0
        events[position].registrations.removeAll { $0.date == day }
        let count = max(0, current + delta)
        if count > 0 { events[position].registrations.append(Registration(date: day, count: count)) }
        events[position].registrations.sort { $0.date < $1.date }
    }
}
