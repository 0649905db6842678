/// The strategy follow-up for a period, as a board or a committee reads it: every
/// goal with its status, progress, success criteria and owner; the initiatives
/// under it with status and partners, and the events and volunteer hours each
/// came to in the period; and a summary of how many goals are on track, at risk
/// and off track. Rendered as Markdown (`markdown`) or a self-contained HTML page
/// (`html`); the full-screen program and `bibplan report` give the same text.
public struct FollowUpReport: Sendable {
    public struct InitiativeLine: Equatable, Sendable {
        public var initiative: Initiative
        public var effort: VolunteerHours.Effort
    }

    public struct GoalSection: Equatable, Sendable {
        public var goal: Goal
        /// 0 for a top-level goal.
        public var level: Int
        /// `1`, `1.2`, `1.2.1`: the goal's place in the tree.
        public var number: String
        public var rolledUpProgress: Int
        /// Computed as of the day the report was made (none without that day).
        public var health: GoalHealth?
        public var hasSubGoals: Bool
        public var initiatives: [InitiativeLine]

        /// The number to put before the title: none when the plan's own title already
        /// begins with it (Ballerup's "1. Vi er et kraftcenter …", "1.2 Vi giver plads …").
        public var numberBeforeTitle: String {
            goal.title.hasPrefix(number + ".") || goal.title.hasPrefix(number + " ") ? "" : number
        }
    }

    public let library: Library
    public let period: DayRange
    /// The day the report was made, when known.
    public let made: Day?
    /// Depth first, in file order among siblings.
    public let goals: [GoalSection]
    /// Initiatives that serve no goal.
    public let unlinked: [InitiativeLine]
    /// The plan ended before the report was made: its goals are history, with no computed health.
    public let planEnded: Bool

    public init(index: LibraryIndex, period: DayRange, made: Day? = nil) {
        library = index.library
        self.period = period
        self.made = made
        let ended = made.map { index.library.planEnded(before: $0) } ?? false
        planEnded = ended
        let efforts = VolunteerHours.efforts(index, range: period)
        let line = { (initiative: Initiative) in InitiativeLine(initiative: initiative, effort: efforts[initiative.id] ?? VolunteerHours.Effort()) }
        var sections: [GoalSection] = []
        var visited = Set<String>()
        func visit(_ goal: Goal, level: Int, number: String) {
            guard visited.insert(goal.id).inserted else { return }
            let children = index.children(ofGoal: goal.id)
            sections.append(GoalSection(goal: goal, level: level, number: number, rolledUpProgress: index.rolledUpProgress(ofGoal: goal.id),
                                        health: ended ? nil : made.map { index.health(ofGoal: goal.id, today: $0) },
                                        hasSubGoals: !children.isEmpty, initiatives: index.initiatives(ofGoal: goal.id).map(line)))
            for (position, child) in children.enumerated() { visit(child, level: level + 1, number: number + ".\(position + 1)") }
        }
        for (position, goal) in index.topLevelGoals.enumerated() { visit(goal, level: 0, number: "\(position + 1)") }
        goals = sections
        unlinked = index.library.initiatives.filter { $0.goals.isEmpty }.map(line)
    }

    /// The plan's period when the library has one (its missing end: a year after the
    /// start); else the calendar year of `today`.
    public static func defaultPeriod(_ library: Library, today: Day) -> DayRange {
        let yearStart = Day(year: today.year, month: 1, day: 1) ?? today
        let yearEnd = Day(year: today.year, month: 12, day: 31) ?? today
        guard let plan = library.plan, plan.from != nil || plan.to != nil else { return DayRange(yearStart, yearEnd) }
        let from = plan.from ?? plan.to.map { $0.adding(months: -12).adding(days: 1) } ?? yearStart
        let to = plan.to ?? from.adding(months: 12).adding(days: -1)
        return DayRange(from, to)
    }

    /// How many goals (at every level) have each status, in the order of the statuses.
    public var statusCounts: [(status: GoalStatus, count: Int)] {
        GoalStatus.allCases.map { status in (status, goals.filter { $0.goal.status == status }.count) }
    }

    /// All initiatives' events, shifts and minutes in the period, each initiative once.
    public var totals: VolunteerHours.Effort {
        var seen = Set<String>()
        var total = VolunteerHours.Effort()
        for line in goals.flatMap(\.initiatives) + unlinked where seen.insert(line.initiative.id).inserted {
            total.occurrences += line.effort.occurrences
            total.shifts += line.effort.shifts
            total.minutes += line.effort.minutes
        }
        return total
    }

    // MARK: For the full-screen program

    /// The report as Markdown: the function behind the goals pane's report key.
    public static func markdown(index: LibraryIndex, period: DayRange, made: Day? = nil, language: Language) -> String {
        FollowUpReport(index: index, period: period, made: made).markdown(language)
    }

    /// The report as one self-contained HTML page.
    public static func html(index: LibraryIndex, period: DayRange, made: Day? = nil, language: Language) -> String {
        FollowUpReport(index: index, period: period, made: made).html(language)
    }

    /// `glostrup-opfoelgning-2026-01-01-2027-12-31.md`: a file name for the report.
    public static func fileName(libraryID: String, period: DayRange, fileExtension: String, language: Language) -> String {
        "\(libraryID)-\(language.pick("opfoelgning", "follow-up"))-\(period.first.iso)-\(period.last.iso).\(fileExtension)"
    }

    // MARK: Words shared by the renderings

    func title(_ language: Language) -> String {
        language.pick("Opfølgning på strategien", "Strategy follow-up") + ": " + library.name
    }

    /// `Virksomhedsplan 2026/27 · 1. januar 2026 – 31. december 2027 · udarbejdet 28. november 2026`.
    func subtitle(_ language: Language) -> String {
        var parts: [String] = []
        if let plan = library.plan, !plan.title.isEmpty { parts.append(plan.title) }
        parts.append(language.pick("perioden ", "period ") + Self.dayText(period.first, language) + " – " + Self.dayText(period.last, language))
        if let made { parts.append(language.pick("udarbejdet ", "made ") + Self.dayText(made, language)) }
        return parts.joined(separator: " · ")
    }

    static func dayText(_ day: Day, _ language: Language) -> String {
        let (year, month, number) = day.components
        return language == .danish ? "\(number). \(DateNames.month(month, language)) \(year)" : "\(number) \(DateNames.month(month, language)) \(year)"
    }

    static func percent(_ value: Int, _ language: Language) -> String { language.percent(value) }

    func progressText(_ section: GoalSection, _ language: Language) -> String {
        let own = Self.percent(section.goal.progress, language)
        guard section.hasSubGoals else { return own }
        return own + language.pick(" (samlet ", " (overall ") + Self.percent(section.rolledUpProgress, language) + ")"
    }

    func summarySentence(_ language: Language) -> String {
        let total = totals
        let hours = VolunteerHours.hoursText(total.minutes, decimalComma: language == .danish)
        let ended = library.plan?.to.map { to in
            language.pick(" Planen udløb \(Self.dayText(to, language)); målene er historiske.",
                          " The plan ended on \(Self.dayText(to, language)); its goals are history.")
        } ?? ""
        return language.pick(
            "\(goals.count) mål. Initiativernes arrangementer i perioden: \(total.occurrences), med \(total.shifts) frivillige vagter (\(hours) timer).",
            "\(goals.count) goals. The initiatives' events in the period: \(total.occurrences), with \(total.shifts) volunteer shifts (\(hours) hours).")
            + (planEnded ? ended : "")
    }

    /// `bagud (forventet 45 %, har 30 %)`: the computed health beside the status.
    static func healthText(_ health: GoalHealth, _ language: Language) -> String {
        guard let expected = health.expected else { return health.health.word(language) }
        return health.health.word(language) + language.pick(" (forventet ", " (expected ") + language.percent(expected)
            + language.pick(", har ", ", has ") + language.percent(health.actual) + ")"
    }

    static func statusWord(_ status: GoalStatus, _ language: Language) -> String {
        let word = status.word(language)
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
