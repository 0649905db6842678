import BibplanCore

/// The calendar's own state: the day, the view, the selection, the category shown.
public struct CalendarState: Equatable, Sendable {
    public enum Mode: Int, CaseIterable, Sendable { case day, week, month }
    public var day: Day
    public var mode: Mode = .day
    public var list = ListPosition()
    /// Only events of this category, when set (`f` cycles).
    public var category: String?

    public init(day: Day) { self.day = day }
}

extension CalendarState {
    /// The days the current view lists occurrences for.
    public var listedRange: DayRange {
        mode == .week ? DayRange(day.startOfWeek, day.startOfWeek.adding(days: 6)) : DayRange(day: day)
    }

    /// The occurrences the selection moves through, narrowed by the search.
    public func occurrences(_ index: LibraryIndex, search: String?) -> [Occurrence] {
        let listed = index.listedOccurrences(in: listedRange)
        let all = category.map { id in listed.filter { index.event(of: $0).category == id } } ?? listed
        guard let search, !search.isEmpty else { return all }
        let query = SearchQuery(search)
        return all.filter { index.matches($0, query) }
    }
}
