/// A library with the lookups every view needs: by id, occurrences by day,
/// shifts by occurrence and by volunteer, goal tree and links. Built once per
/// version of the library; queries are then cheap.
public struct LibraryIndex: Sendable {
    public let library: Library
    public let rules: [RecurrenceRule?]
    let eventsByID: IDTable
    private let goalsByID: IDTable
    private let initiativesByID: IDTable
    let volunteersByID: IDTable
    let shiftTable: ShiftTable
    let goalChildren: [String: [Int]]
    let topGoals: [Int]
    let initiativesByGoal: [String: [Int]]
    let eventsByInitiative: [String: [Int]]
    /// The closing days, and whether any event skips them (otherwise no occurrence needs the check).
    let closing: ClosingCalendar
    /// The days the library is open, for the series that move off closed days.
    public let open: OpenDays
    let anySkips: Bool
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
}
