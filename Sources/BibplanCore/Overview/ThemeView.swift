/// One theme across every library (issue 19): each goal and initiative under it
/// with its library, status, progress, period, owner and priority, the national
/// items of the theme, and the libraries with nothing under it.
public struct ThemeView: Sendable {
    public let theme: Theme
    /// Library after library; in each, its priorities first (by rank), then goals, then initiatives.
    public let rows: [ThemeRow]
    public let national: [(actor: NationalActor, item: NationalItem)]
    /// The central parties with no item under the theme (the source names them, nothing of theirs here).
    public let actorsWithout: [NationalActor]
    /// Libraries with no goal or initiative under the theme, in library order.
    public let librariesWithout: [(id: String, name: String)]

    public init(_ overview: Overview, theme: Theme) {
        self.theme = theme
        let national = overview.landscape.items.filter { $0.item.themes.contains(theme) }
        let nationalIDs = Set(national.map(\.item.id))
        var rows: [ThemeRow] = []
        var without: [(id: String, name: String)] = []
        for index in overview.libraries {
            let ended = overview.planEnded(index.library.id)
            func under(_ themes: [Theme], _ contributes: [String]) -> Bool {
                themes.contains(theme) || contributes.contains { nationalIDs.contains($0) }
            }
            let goals = index.library.goals.filter { under($0.themes, $0.contributes) }
                .map { ThemeRow(goal: $0, index, ended: ended, landscape: overview.landscape) }
                .sorted { ($0.priority ?? Int.max) < ($1.priority ?? Int.max) }
            let initiatives = index.library.initiatives.filter { under($0.themes, $0.contributes) }
                .map { ThemeRow(initiative: $0, index.library, ended: ended, landscape: overview.landscape) }
            if goals.isEmpty && initiatives.isEmpty { without.append((index.library.id, index.library.name)) }
            rows += goals + initiatives
        }
        self.rows = rows
        self.national = national
        actorsWithout = overview.landscape.actors.filter { actor in !national.contains { $0.actor.id == actor.id } }
        librariesWithout = without
    }
}

/// A goal or an initiative under a theme, with what the theme view shows of it.
public struct ThemeRow: Equatable, Sendable {
    public enum Status: Equatable, Sendable {
        case goal(GoalStatus)
        case initiative(InitiativeStatus)
        /// The plan has ended: the item is history, whatever status it was left with.
        case historical
    }

    public let item: StrategyItem
    public let status: Status
    /// A goal's progress, rolled up over its sub-goals; nil for an initiative.
    public let progress: Int?
    public let from: Day?
    public let to: Day?
    public let owner: String
    public let priority: Int?
    /// The national items it takes up.
    public let contributes: [NationalItem]

    init(goal: Goal, _ index: LibraryIndex, ended: Bool, landscape: Landscape) {
        let library = index.library
        item = StrategyItem(libraryID: library.id, libraryName: library.name, kind: .goal, id: goal.id, title: goal.title)
        status = ended ? .historical : .goal(goal.status)
        progress = ended ? nil : index.rolledUpProgress(ofGoal: goal.id)
        from = library.plan?.from
        to = goal.due ?? library.plan?.to
        owner = goal.owner
        priority = goal.priority
        contributes = goal.contributes.compactMap { landscape.item($0) }
    }

    init(initiative: Initiative, _ library: Library, ended: Bool, landscape: Landscape) {
        item = StrategyItem(libraryID: library.id, libraryName: library.name, kind: .initiative, id: initiative.id, title: initiative.title)
        status = ended ? .historical : .initiative(initiative.status)
        progress = nil
        from = initiative.from
        to = initiative.to
        owner = initiative.owner
        priority = nil
        contributes = initiative.contributes.compactMap { landscape.item($0) }
    }
}

extension Theme {
    /// The themes a person means by `text`: the one whose id or name (Danish or
    /// English) it is, else every theme whose id or name contains it.
    public static func matching(_ text: String) -> [Theme] {
        let wanted = text.lowercased().trimmingSpaces
        guard !wanted.isEmpty else { return [] }
        let names = { (theme: Theme) in [theme.rawValue, theme.word(.danish).lowercased(), theme.word(.english).lowercased()] }
        if let exact = allCases.first(where: { names($0).contains(wanted) }) { return [exact] }
        return allCases.filter { names($0).contains { $0.contains(wanted) } }
    }
}
