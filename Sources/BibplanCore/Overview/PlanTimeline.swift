/// A library's plan period beside the others' (issue 19): when it runs, and
/// whether it has ended, so its goals are read as history and not as "on track".
public struct PlanPeriod: Equatable, Sendable {
    public let libraryID: String
    public let libraryName: String
    public let title: String
    public let from: Day?
    public let to: Day?
    /// The plan's last day is before today.
    public let ended: Bool

    init(_ library: Library, today: Day) {
        libraryID = library.id
        libraryName = library.name
        title = library.plan?.title ?? ""
        from = library.plan?.from
        to = library.plan?.to
        ended = library.planEnded(before: today)
    }

    /// The years the timeline shows for this plan: from its first year (or the
    /// `start` year) to its last (or `end`, for a plan without an end).
    public func years(start: Int, end: Int) -> ClosedRange<Int>? {
        guard from != nil || to != nil else { return nil }
        let first = max(from?.year ?? start, start), last = min(to?.year ?? end, end)
        return first <= last ? first...last : nil
    }
}

extension Library {
    /// The plan's last day is before `today`: its goals are history (Tårnby's 2017–2020 in 2026).
    public func planEnded(before today: Day) -> Bool {
        plan?.to.map { $0 < today } ?? false
    }

    /// The goals the library ranks among its priorities, by rank (1 first).
    public var priorities: [Goal] {
        goals.filter { $0.priority != nil }.sorted { ($0.priority ?? 0) < ($1.priority ?? 0) }
    }
}

extension Overview {
    /// Every library's plan, in library order.
    public var planPeriods: [PlanPeriod] {
        libraries.map { PlanPeriod($0.library, today: today) }
    }

    /// The years a timeline of the plans spans: from the earliest start to the latest
    /// end or this year, at most `limit` years (the most recent).
    public func timelineYears(limit: Int) -> ClosedRange<Int> {
        let periods = planPeriods
        let years = periods.compactMap { $0.from?.year } + periods.compactMap { $0.to?.year } + [today.year]
        let last = years.max() ?? today.year
        let first = max(years.min() ?? today.year, last - max(limit, 1) + 1)
        return first...last
    }

    /// Whether the library's plan has ended: its goals are then history, not a status.
    public func planEnded(_ libraryID: String) -> Bool {
        planPeriods.first { $0.libraryID == libraryID }?.ended ?? false
    }
}
