import BibplanCore

/// The clashes a git merge left open (`bibplan merge` writes them to `<id>.clashes.json`):
/// staff are told on opening, and settle them one at a time in a dialog; the settling is an
/// effect (`settleGitClash`) the session carries out through `LibraryStore.resolveClash`.
enum GitClashUpdate {
    /// New notes from the session. A clash newly found is said once, in the status line.
    static func loaded(_ notes: LibraryNotes, _ state: inout AppState) {
        let before = state.notes.clashes.count
        state.notes = notes
        guard !state.role.isVolunteer else { state.notes = LibraryNotes(); return }
        if before == 0, !notes.clashes.isEmpty, state.message == nil { state.message = opening(notes.clashes.count, state) }
        keepDialog(&state)
    }

    static func opening(_ count: Int, _ state: AppState) -> String {
        let key = KeyBindings.key(for: .showGitClashes, in: [.global])?.label ?? ""
        return state.language.pick("En git-fletning efterlod \(count) ting ændret to steder: \(key) viser dem",
                                   "A git merge left \(count) things changed in two places: \(key) shows them")
    }

    /// The title line's mark while clashes are open.
    static func titleMark(_ state: AppState) -> String {
        let count = state.notes.clashes.count
        guard count > 0, state.role.kind == .staff else { return "" }
        return state.language.pick("[git: \(count) ændret to steder]", "[git: \(count) changed in two places]")
    }

    /// `K`: the dialog, or why not.
    static func show(_ state: inout AppState) {
        guard !state.notes.clashes.isEmpty else {
            state.message = state.language.pick("Ingen åbne sammenstød fra git", "No open clashes from git")
            return
        }
        state.overlay = .gitClashes(ListPosition())
    }

    static func handle(_ position: ListPosition, _ command: KeyCommand?, _ state: inout AppState) -> [Effect] {
        var position = position
        let clashes = state.notes.clashes
        switch command {
        case .up?: position.move(by: -1, count: clashes.count)
        case .down?: position.move(by: 1, count: clashes.count)
        case .close?: state.overlay = nil; return []
        case .keepMine?, .keepTheirs?:
            guard clashes.indices.contains(position.selected) else { return [] }
            return [.settleGitClash(path: clashes[position.selected].path, keepMine: command == .keepMine)]
        default: break
        }
        state.overlay = .gitClashes(position)
        return []
    }

    /// One clash settled: what is left, the library as it is now, and what was kept.
    static func settled(_ notes: LibraryNotes, reloaded: LibraryIndex?, path: String, keptMine: Bool, _ state: inout AppState) {
        if let reloaded {
            SaveUpdate.replaceLibrary(with: reloaded, &state)
            // As after another session's change: the older versions would undo the choice.
            state.history = EditHistory()
        }
        state.notes = notes
        let kept = keptMine ? state.language.pick("min udgave beholdt", "kept mine")
            : state.language.pick("den andens taget", "took theirs")
        let left = notes.clashes.isEmpty ? state.language.pick("ingen tilbage", "none left")
            : state.language.pick("\(notes.clashes.count) tilbage", "\(notes.clashes.count) left")
        state.message = state.language.pick("Afgjort: ", "Settled: ") + SafeText.line(path) + " (" + kept + ") · " + left
        keepDialog(&state)
    }

    /// The dialog stays on a clash while any is open, and closes when none is.
    private static func keepDialog(_ state: inout AppState) {
        guard case .gitClashes(var position)? = state.overlay else { return }
        guard !state.notes.clashes.isEmpty else { state.overlay = nil; return }
        position.move(by: 0, count: state.notes.clashes.count)
        state.overlay = .gitClashes(position)
    }
}
