/// One view across several libraries (issue 10): each library in a line, their
/// goals and initiatives lined up by theme, the partners they share, and their
/// events in one calendar. Built from the libraries a person may see.
public struct Overview: Sendable {
    public let libraries: [LibraryIndex]
    public let today: Day

    public init(libraries: [LibraryIndex], today: Day) {
        self.libraries = libraries.sorted { $0.library.id < $1.library.id }
        self.today = today
    }

    /// The days "this week" covers: today and the six after.
    public var week: DayRange { DayRange(today, today.adding(days: 6)) }
    /// The days open slots are counted over.
    public var slotWindow: DayRange { DayRange(today, today.adding(days: 27)) }

    public var summaries: [LibrarySummary] { libraries.map { LibrarySummary($0, week: week, slots: slotWindow) } }
}

/// A library in one line: its plan, its vision, how its goals stand, this week's
/// events and the open volunteer slots of the coming four weeks.
public struct LibrarySummary: Equatable, Sendable {
    public let id: String
    public let name: String
    public let plan: Plan?
    public let vision: String
    /// How many goals (top-level and sub-goals) have each status.
    public let goalsByStatus: [GoalStatus: Int]
    public let eventsThisWeek: Int
    public let openSlots: Int

    init(_ index: LibraryIndex, week: DayRange, slots: DayRange) {
        let library = index.library
        id = library.id
        name = library.name
        plan = library.plan
        vision = library.vision
        goalsByStatus = Dictionary(grouping: library.goals, by: \.status).mapValues(\.count)
        eventsThisWeek = index.occurrences(in: week).count
        openSlots = index.unfilled(in: slots).reduce(0) { $0 + $1.missing }
    }

    public func goals(_ status: GoalStatus) -> Int { goalsByStatus[status] ?? 0 }
}
