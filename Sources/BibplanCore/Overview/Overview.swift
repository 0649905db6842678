/// One view across several libraries (issue 10): each library in a line, their
/// goals and initiatives lined up by theme, the partners they share, and their
/// events in one calendar. Built from the libraries a person may see.
public struct Overview: Sendable {
    public let libraries: [LibraryIndex]
    public let today: Day
    /// The days "this week" covers: today and the six after.
    public let week: DayRange
    /// The days open slots are counted over: four weeks from today.
    public let slotWindow: DayRange
    /// Worked out once: every frame and key of the overview pane reads them.
    public let summaries: [LibrarySummary]
    public let themes: [(theme: Theme, items: [StrategyItem])]
    public let partners: [Partner]
    /// The central parties and their items (`landscape.json`); empty without the file.
    public let landscape: Landscape

    public init(libraries: [LibraryIndex], today: Day, landscape: Landscape = Landscape()) {
        let sorted = libraries.sorted { $0.library.id < $1.library.id }
        self.libraries = sorted
        self.today = today
        let week = DayRange(today, today.adding(days: 6)), slots = DayRange(today, today.adding(days: 27))
        self.week = week
        slotWindow = slots
        summaries = sorted.map { LibrarySummary($0, week: week, slots: slots) }
        themes = Self.themes(of: sorted)
        partners = Self.partners(of: sorted)
        self.landscape = landscape
    }
}

/// A library in one line: its plan, its vision, how its goals stand, this week's
/// events and the open volunteer slots of the coming four weeks.
public struct LibrarySummary: Equatable, Sendable {
    public let id: String
    public let name: String
    public let plan: Plan?
    public let vision: String
    /// What in the library's file is invented example content, as the file says it.
    public let exampleContent: String?
    /// How many goals (top-level and sub-goals) have each status.
    public let goalsByStatus: [GoalStatus: Int]
    public let eventsThisWeek: Int
    public let openSlots: Int
    /// The plan's last day has passed: its goals are history (Tårnby's 2017–2020).
    public let planEnded: Bool

    init(_ index: LibraryIndex, week: DayRange, slots: DayRange) {
        let library = index.library
        id = library.id
        name = library.name
        plan = library.plan
        vision = library.vision
        exampleContent = library.exampleContent
        goalsByStatus = Dictionary(grouping: library.goals, by: \.status).mapValues(\.count)
        eventsThisWeek = index.occurrences(in: week).count
        openSlots = index.unfilled(in: slots).reduce(0) { $0 + $1.missing }
        planEnded = library.planEnded(before: week.first)
    }

    public func goals(_ status: GoalStatus) -> Int { goalsByStatus[status] ?? 0 }
}
