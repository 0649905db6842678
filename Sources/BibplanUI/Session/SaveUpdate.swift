import BibplanCore

/// What saving and watching the file tell the screen: saved, merged with another
/// session's work, a clash to choose in, a failure that keeps the change, another
/// version on disk.
enum SaveUpdate {
    static func handle(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .saved:
            state.hasUnsavedChanges = false
            return []
        case .savedWithoutHistory(let reason):
            state.hasUnsavedChanges = false
            state.message = state.language.pick("Gemt, men ikke skrevet i historikken: ", "Saved, but not recorded in the history: ") + reason
            return []
        case .savedMerged(let merged, let previousBase, let theirs):
            state.history.rebase { ThreeWayMerge.rebase($0, from: previousBase, onto: theirs) }
            replaceLibrary(with: merged, &state)
            state.hasUnsavedChanges = false
            state.message = state.language.pick("Gemt sammen med ændringer fra en anden session", "Saved together with changes from another session")
            return []
        case .saveClashed(let clashes):
            state.hasUnsavedChanges = true
            state.overlay = .clash(clashes.flatMap { ClashText.lines($0, state.language) })
            return []
        case .clashResolved(let chosen, let previousBase, let theirs, let next):
            state.history.rebase { ThreeWayMerge.rebase($0, from: previousBase, onto: theirs) }
            replaceLibrary(with: chosen, &state)
            return update(&state, next)
        case .changedOnDisk(let index):
            guard !state.hasUnsavedChanges else {
                state.message = state.language.pick("Filen er ændret et andet sted; din ændring er ikke gemt", "The file changed elsewhere; your change is not saved")
                return []
            }
            // Older versions would undo someone else's work: history starts anew.
            state.message = state.language.pick("Opdateret med ændringer fra en anden session", "Updated with changes from another session")
            replaceLibrary(with: index, &state)
            state.history = EditHistory()
            return []
        case .brokenOnDisk where state.role.isVolunteer:
            // The problem names other people's ids and keys: a volunteer is only told there is one.
            state.message = state.language.pick("Biblioteket har et problem lige nu; du ser den sidste gode udgave",
                                                "The library has a problem just now; you see the last good version")
            return []
        case .brokenOnDisk(let problem):
            state.message = state.language.pick("Filen på disken er ugyldig; viser sidste gode udgave: ", "The file on disk is invalid; " +
                "showing the last good version: ") + problem
            return []
        case .saveFailed(let message):
            state.hasUnsavedChanges = true
            state.message = state.language.pick("Ikke gemt, din ændring er bevaret (S prøver igen): ", "Not saved, your change is kept (S tries again): ") + message
            return []
        case .saveStarted:
            state.saving = true
            return []
        case .saveFinished(let sent, let result):
            state.saving = false
            let current = state.index?.library
            let effects = handle(result, &state)
            guard let current, current != sent, succeeded(result) else { return effects }
            return effects + carryOver(current, from: sent, &state)
        default:
            return []
        }
    }

    /// Changes made while a save ran on another thread go on top of what it wrote and
    /// are saved next. One that meets another session's change to the same field is
    /// not kept, and the person is told which.
    private static func carryOver(_ current: Library, from sent: Library, _ state: inout AppState) -> [Effect] {
        guard let shown = state.index?.library else { return [] }
        switch ThreeWayMerge.merge(base: sent, mine: current, theirs: shown) {
        case .merged(let library):
            // After a plain save the screen already shows `current`: no index to build again.
            if library != shown { replaceLibrary(with: LibraryIndex(library), &state) }
        case .clashes(let clashes, let partial):
            replaceLibrary(with: LibraryIndex(partial), &state)
            state.message = state.language.pick("Ikke gemt, en anden ændrede det samme imens: ", "Not saved, someone else changed the same meanwhile: ")
                + clashes.flatMap(\.paths).joined(separator: ", ")
        }
        return state.index.map { [.save($0.library)] } ?? []
    }

    private static func succeeded(_ result: Action) -> Bool {
        switch result {
        case .saved, .savedWithoutHistory, .savedMerged: true
        case .clashResolved(_, _, _, let then): succeeded(then)
        default: false
        }
    }

    /// Another version of the library takes the screen's place; open dialogs follow their item.
    static func replaceLibrary(with index: LibraryIndex, _ state: inout AppState) {
        let old = state.index
        state.index = index
        OverlayAnchors.follow(&state, from: old)
    }
}
