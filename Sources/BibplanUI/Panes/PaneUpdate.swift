import BibplanCore

/// What the list panes share: moving a selection, and showing one category at a time.
enum PaneUpdate {
    /// Up, down, page and ends in any list; other commands leave it.
    static func move(_ command: KeyCommand, _ list: inout ListPosition, count: Int, page: Int) {
        switch command {
        case .up: list.move(by: -1, count: count)
        case .down: list.move(by: 1, count: count)
        case .pageUp: list.move(by: -max(page - 1, 1), count: count)
        case .pageDown: list.move(by: max(page - 1, 1), count: count)
        case .home: list.move(by: -count, count: count)
        case .end: list.move(by: count, count: count)
        default: break
        }
    }

    /// All → each of the library's categories → all, in the calendar or the initiatives.
    static func cycleCategory(_ category: WritableKeyPath<AppState, String?>, list: WritableKeyPath<AppState, ListPosition>,
                              _ state: inout AppState, _ index: LibraryIndex) {
        let ids = index.library.categories.map(\.id)
        guard !ids.isEmpty else {
            state.message = state.language.pick("Biblioteket har ingen kategorier", "The library has no categories")
            return
        }
        let current = state[keyPath: category]
        let next = current.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 < ids.count ? ids[$0 + 1] : nil } ?? ids.first
        let name = next.flatMap { id in index.library.categories.first { $0.id == id }?.name }
        state.message = state.language.pick("Kategori: ", "Category: ") + (name ?? state.language.pick("alle", "all"))
        state[keyPath: category] = next
        state[keyPath: list] = ListPosition()
    }
}
