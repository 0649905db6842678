/// A library with the lookups every view needs: by id, occurrences by day,
/// shifts by occurrence and by volunteer, goal tree and links. Built once per
/// version of the library; queries are then cheap.
public struct LibraryIndex: Sendable {
    public let library: Library
    public let rules: [RecurrenceRule?]
    private let eventsByID: IDTable
    private let goalsByID: IDTable
    private let initiativesByID: IDTable
    private let volunteersByID: IDTable
    private let shiftTable: ShiftTable
    private let goalChildren: [String: [Int]]
    private let topGoals: [Int]
    private let initiativesByGoal: [String: [Int]]
    private let eventsByInitiative: [String: [Int]]
    /// The closing days, and whether any event skips them (otherwise no occurrence needs the check).
    let closing: ClosingCalendar
    /// The days the library is open, for the series that move off closed days.
    public let open: OpenDays
    private let anySkips: Bool
    /// The events with called-off times, so the calendar does not walk every event each frame.
    let eventsWithCancellations: [Int]

    public init(_ library: Library) {
        self.library = library
        rules = library.events.map { event in event.rrule.flatMap { try? RecurrenceRule(parsing: $0) } }
        eventsByID = IDTable(library.events.lazy.map(\.id))
        goalsByID = IDTable(library.goals.lazy.map(\.id))
        initiativesByID = IDTable(library.initiatives.lazy.map(\.id))
        volunteersByID = IDTable(library.volunteers.lazy.map(\.id))
        shiftTable = ShiftTable(library.shifts, events: eventsByID, volunteers: volunteersByID, volunteerCount: library.volunteers.count)
        var children: [String: [Int]] = [:]
        var tops: [Int] = []
        for (position, goal) in library.goals.enumerated() {
            if let parent = goal.parent { children[parent, default: []].append(position) } else { tops.append(position) }
        }
        goalChildren = children
        topGoals = tops
        var byGoal: [String: [Int]] = [:]
        for (position, initiative) in library.initiatives.enumerated() {
            for goal in initiative.goals { byGoal[goal, default: []].append(position) }
        }
        initiativesByGoal = byGoal
        var byInitiative: [String: [Int]] = [:]
        for (position, event) in library.events.enumerated() {
            if let initiative = event.initiative { byInitiative[initiative, default: []].append(position) }
        }
        eventsByInitiative = byInitiative
        closing = ClosingCalendar(library)
        open = OpenDays(library)
        anySkips = library.events.contains { $0.onClosingDay == .skip }
        eventsWithCancellations = library.events.indices.filter { !library.events[$0].cancellations.isEmpty }
    }

    // MARK: By id

    public func event(_ id: String) -> Event? { eventsByID[id].map { library.events[$0] } }
    public func goal(_ id: String) -> Goal? { goalsByID[id].map { library.goals[$0] } }
    public func initiative(_ id: String) -> Initiative? { initiativesByID[id].map { library.initiatives[$0] } }
    public func volunteer(_ id: String) -> Volunteer? { volunteersByID[id].map { library.volunteers[$0] } }

    // MARK: Calendar

    /// Every occurrence in the range, ordered by start time; those of events that skip
    /// closing days are left out on them.
    public func occurrences(in range: DayRange) -> [Occurrence] {
        var result: [Occurrence] = []
        let closed = anySkips ? closing.closedDays(in: range) : []
        for (position, event) in library.events.enumerated() {
            let skips = event.onClosingDay == .skip
            for timing in Occurrences.timings(of: event, rule: rules[position], in: range, open: open)
            where !skips || !closed.contains(timing.start.day.ordinal) {
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

    // MARK: Shifts

    public func shifts(of occurrence: Occurrence) -> [Shift] {
        shiftTable.positions(event: occurrence.eventIndex, day: occurrence.day).map { library.shifts[$0] }
    }

    /// Volunteers still needed on an occurrence (never negative).
    public func openSlots(of occurrence: Occurrence) -> Int {
        max(0, event(of: occurrence).volunteersNeeded - shifts(of: occurrence).count)
    }

    /// A volunteer's shifts, ordered by date.
    public func shifts(ofVolunteer id: String) -> [Shift] {
        shiftTable.positions(volunteer: volunteersByID[id], id: id).map { library.shifts[$0] }
    }

    /// Occurrences in the range that still lack volunteers, with how many.
    public func unfilled(in range: DayRange) -> [(occurrence: Occurrence, missing: Int)] {
        occurrences(in: range).compactMap { occurrence in
            let missing = openSlots(of: occurrence)
            return missing > 0 ? (occurrence, missing) : nil
        }
    }

    /// The occurrence a shift belongs to, if its event still has that day.
    public func occurrence(of shift: Shift) -> Occurrence? {
        guard let position = eventsByID[shift.event] else { return nil }
        return occurrences(of: position, in: DayRange(day: shift.date)).first
    }

    // MARK: Strategy

    public var topLevelGoals: [Goal] { topGoals.map { library.goals[$0] } }

    public func children(ofGoal id: String) -> [Goal] { (goalChildren[id] ?? []).map { library.goals[$0] } }

    /// A leaf's own progress; a parent's is the mean of its children's rolled-up progress.
    public func rolledUpProgress(ofGoal id: String) -> Int {
        rolledUp(id, depth: 0)
    }

    private func rolledUp(_ id: String, depth: Int) -> Int {
        let children = goalChildren[id] ?? []
        guard !children.isEmpty, depth < 64 else { return measuredProgress(ofGoal: id) }
        let total = children.reduce(0) { $0 + rolledUp(library.goals[$1].id, depth: depth + 1) }
        return (total + children.count / 2) / children.count
    }

    public func initiatives(ofGoal id: String) -> [Initiative] { (initiativesByGoal[id] ?? []).map { library.initiatives[$0] } }

    public func events(ofInitiative id: String) -> [Event] { (eventsByInitiative[id] ?? []).map { library.events[$0] } }
}
