import BibplanCore

/// The initiatives pane's own state: the filters and the selection.
public struct InitiativesState: Equatable, Sendable {
    /// Only the initiatives of this goal, when set.
    public var goalFilter: String?
    /// Only initiatives of this category, when set (`f` cycles).
    public var category: String?
    public var list = ListPosition()
    public init() {}
}

extension InitiativesState {
    /// The initiatives shown: all, or those of the filter goal, narrowed by the search.
    public func rows(_ index: LibraryIndex, search: String?) -> [Initiative] {
        let all = goalFilter.map { index.initiatives(ofGoal: $0) } ?? index.library.initiatives
        let base = category.map { id in all.filter { $0.category == id } } ?? all
        guard let search, !search.isEmpty else { return base }
        return base.filter { initiative in
            SearchText.matches(search, in: initiative.title) || initiative.partners.contains { SearchText.matches(search, in: $0) }
                || SearchText.matches(search, in: initiative.owner)
        }
    }
}
