/// A library with the lookups every view needs: by id, occurrences by day,
/// shifts by occurrence and by volunteer, goal tree and links. Built once per
/// version of the library; queries are then cheap.
public struct LibraryIndex: Sendable {
    public let library: Library
    public let rules: [RecurrenceRule?]
    private let eventsByID: [String: Int]
    private let goalsByID: [String: Int]
    private let initiativesByID: [String: Int]
    private let volunteersByID: [String: Int]
    private let shiftsByOccurrence: [OccurrenceKey: [Int]]
    private let shiftsByVolunteer: [String: [Int]]
    private let goalChildren: [String: [Int]]
    private let topGoals: [Int]
    private let initiativesByGoal: [String: [Int]]
    private let eventsByInitiative: [String: [Int]]

    struct OccurrenceKey: Hashable {
        let event: Int
        let day: Day
    }

    public init(_ library: Library) {
        self.library = library
        rules = library.events.map { event in event.rrule.flatMap { try? RecurrenceRule(parsing: $0) } }
        eventsByID = Self.positions(library.events.map(\.id))
        goalsByID = Self.positions(library.goals.map(\.id))
        initiativesByID = Self.positions(library.initiatives.map(\.id))
        volunteersByID = Self.positions(library.volunteers.map(\.id))
        var byOccurrence: [OccurrenceKey: [Int]] = [:]
        var byVolunteer: [String: [Int]] = [:]
        byOccurrence.reserveCapacity(library.shifts.count)
        for (position, shift) in library.shifts.enumerated() {
            if let event = eventsByID[shift.event] {
                byOccurrence[OccurrenceKey(event: event, day: shift.date), default: []].append(position)
            }
            byVolunteer[shift.volunteer, default: []].append(position)
        }
        shiftsByOccurrence = byOccurrence
        shiftsByVolunteer = byVolunteer
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
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
    }

    // MARK: By id

    public func event(_ id: String) -> Event? { eventsByID[id].map { library.events[$0] } }
    public func goal(_ id: String) -> Goal? { goalsByID[id].map { library.goals[$0] } }
    public func initiative(_ id: String) -> Initiative? { initiativesByID[id].map { library.initiatives[$0] } }
    public func volunteer(_ id: String) -> Volunteer? { volunteersByID[id].map { library.volunteers[$0] } }

    // MARK: Calendar

    /// Every occurrence in the range, ordered by start time.
    public func occurrences(in range: DayRange) -> [Occurrence] {
        var result: [Occurrence] = []
        for (position, event) in library.events.enumerated() {
            for day in Occurrences.days(of: event, rule: rules[position], in: range) {
                result.append(Occurrence(eventIndex: position, start: LocalDateTime(day: day, minutes: event.start.minutes),
                                         durationMinutes: event.durationMinutes))
            }
        }
        return result.sorted()
    }

    public func occurrences(on day: Day) -> [Occurrence] { occurrences(in: DayRange(day: day)) }

    public func occurrences(of eventIndex: Int, in range: DayRange) -> [Occurrence] {
        let event = library.events[eventIndex]
        return Occurrences.days(of: event, rule: rules[eventIndex], in: range).map {
            Occurrence(eventIndex: eventIndex, start: LocalDateTime(day: $0, minutes: event.start.minutes), durationMinutes: event.durationMinutes)
        }
    }

    public func event(of occurrence: Occurrence) -> Event { library.events[occurrence.eventIndex] }

    // MARK: Shifts

    public func shifts(of occurrence: Occurrence) -> [Shift] {
        (shiftsByOccurrence[OccurrenceKey(event: occurrence.eventIndex, day: occurrence.day)] ?? []).map { library.shifts[$0] }
    }

    /// Volunteers still needed on an occurrence (never negative).
    public func openSlots(of occurrence: Occurrence) -> Int {
        max(0, event(of: occurrence).volunteersNeeded - shifts(of: occurrence).count)
    }

    /// A volunteer's shifts, ordered by date.
    public func shifts(ofVolunteer id: String) -> [Shift] {
        (shiftsByVolunteer[id] ?? []).map { library.shifts[$0] }.sorted { $0.date < $1.date }
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
        guard !children.isEmpty, depth < 64 else { return goal(id)?.progress ?? 0 }
        let total = children.reduce(0) { $0 + rolledUp(library.goals[$1].id, depth: depth + 1) }
        return (total + children.count / 2) / children.count
    }

    public func initiatives(ofGoal id: String) -> [Initiative] { (initiativesByGoal[id] ?? []).map { library.initiatives[$0] } }

    public func events(ofInitiative id: String) -> [Event] { (eventsByInitiative[id] ?? []).map { library.events[$0] } }
}
