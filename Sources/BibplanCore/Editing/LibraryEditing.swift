/// Changes to a library as domain operations: the application's key handlers call
/// these and never edit arrays themselves. Each keeps every reference valid.
extension Library {
    /// The next free id with a prefix: `g27` after `g26`.
    public func nextID(prefix: String, among ids: [String]) -> String {
        var highest = 0
        for id in ids where id.hasPrefix(prefix) {
            if let number = Int(id.dropFirst(prefix.count)) { highest = max(highest, number) }
        }
        return prefix + String(highest + 1)
    }

    public mutating func setStatus(ofGoal id: String, _ status: GoalStatus) {
        guard let position = goals.firstIndex(where: { $0.id == id }) else { return }
        goals[position].status = status
        if status == .done { goals[position].progress = 100 }
    }

    /// Moves a goal's progress by `delta` points, kept within 0–100.
    public mutating func changeProgress(ofGoal id: String, by delta: Int) {
        guard let position = goals.firstIndex(where: { $0.id == id }) else { return }
        goals[position].progress = min(100, max(0, goals[position].progress + delta))
    }

    public mutating func setStatus(ofInitiative id: String, _ status: InitiativeStatus) {
        guard let position = initiatives.firstIndex(where: { $0.id == id }) else { return }
        initiatives[position].status = status
    }

    /// Adds the goal, or replaces the one with its id.
    public mutating func save(_ goal: Goal) { goals.upsert(goal) }

    /// What deleting a goal takes with it: the goal, its sub-goals (all levels), and
    /// the links from initiatives to them.
    public func goalsRemoved(byDeleting id: String) -> [Goal] {
        var removed: [String] = [id]
        var frontier = [id]
        while let current = frontier.popLast() {
            for child in goals where child.parent == current && !removed.contains(child.id) {
                removed.append(child.id)
                frontier.append(child.id)
            }
        }
        return goals.filter { removed.contains($0.id) }
    }

    public mutating func deleteGoal(_ id: String) {
        let removed = Set(goalsRemoved(byDeleting: id).map(\.id))
        goals.removeAll { removed.contains($0.id) }
        for position in initiatives.indices { initiatives[position].goals.removeAll { removed.contains($0) } }
    }

    /// Cancels one occurrence of an event: its day joins `exdates` and the reason is
    /// kept in `cancellations` (so it stays visible, called off); a single event
    /// becomes cancelled. The shifts of that occurrence are released.
    public mutating func cancelOccurrence(event id: String, on day: Day, reason: String = "") {
        guard let position = events.firstIndex(where: { $0.id == id }) else { return }
        shifts.removeAll { $0.event == id && $0.date == day }
        let ruled = dropOverride(at: position, takingPlaceOn: day) // a moved time is called off on its own day
        if events[position].rrule == nil {
            events[position].status = .cancelled
        } else if !events[position].exdates.contains(ruled) {
            events[position].exdates.append(ruled)
            events[position].exdates.sort()
        }
        events[position].cancellations.removeAll { $0.date == ruled }
        events[position].cancellations.append(Cancellation(date: ruled, reason: reason))
        events[position].cancellations.sort { $0.date < $1.date }
    }

    /// Takes a cancellation back: the time is on again (its released shifts are not).
    public mutating func reinstateOccurrence(event id: String, on day: Day) {
        guard let position = events.firstIndex(where: { $0.id == id }) else { return }
        events[position].cancellations.removeAll { $0.date == day }
        events[position].exdates.removeAll { $0 == day }
        if events[position].rrule == nil, events[position].status == .cancelled { events[position].status = .planned }
    }

    /// Links or unlinks an initiative and a goal.
    public mutating func toggleLink(initiative id: String, goal: String) {
        guard let position = initiatives.firstIndex(where: { $0.id == id }) else { return }
        if initiatives[position].goals.contains(goal) {
            initiatives[position].goals.removeAll { $0 == goal }
        } else {
            initiatives[position].goals.append(goal)
        }
    }
}

extension CaseIterable where Self: Equatable {
    /// The next case, wrapping around: for cycling a status with one key.
    public var next: Self {
        let all = Array(Self.allCases)
        guard let position = all.firstIndex(of: self) else { return self }
        return all[(position + 1) % all.count]
    }

    /// The case before, wrapping around.
    public var previous: Self {
        let all = Array(Self.allCases)
        guard let position = all.firstIndex(of: self) else { return self }
        return all[(position + all.count - 1) % all.count]
    }
}
