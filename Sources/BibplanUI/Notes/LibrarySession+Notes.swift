import BibplanCore
import Foundation

/// Reading the notes beside the library, and settling a git merge's clash.
extension LibrarySession {
    /// Who last changed each item (none for a volunteer) and, for staff, the open clashes.
    /// A history or clash file that does not read gives none: the library still opens.
    func notes() -> LibraryNotes {
        guard let libraryID else { return LibraryNotes() }
        let role = access.grant.role
        let changes = (try? store.lastChanges(libraryID, for: role)) ?? LastChanges()
        let open = role == .staff ? ((try? store.openClashes(libraryID)) ?? nil)?.open ?? [] : []
        let clashes = open.map { GitClash(path: $0.path, ours: $0.ours, theirs: $0.theirs) }
        return LibraryNotes(changes: changes, readAt: Date(), clashes: clashes)
    }

    /// Keeps one side at `path` through `LibraryStore.resolveClash`, then reads the library
    /// again when nothing here waits to be saved (otherwise the next save merges onto it).
    func settleGitClash(path: String, keepMine: Bool) -> Action {
        guard let libraryID, access.grant.role == .staff else { return .failed(language.pick("Intet bibliotek", "No library")) }
        do throws(ClashResolveFailure) {
            try store.resolveClash(libraryID, path: path, keep: keepMine ? .ours : .theirs)
        } catch {
            return .failed(language.pick("Kunne ikke afgøre ", "Could not settle ") + SafeText.line(path) + ": " + error.description)
        }
        return .gitClashSettled(notes(), reloaded: reload(libraryID), path: path, keptMine: keepMine)
    }

    private func reload(_ id: String) -> LibraryIndex? {
        guard !unsaved, pendingClash == nil, !saveRunning else { return nil }
        let stampBefore = store.fileStamp(of: id)
        guard let (loaded, index) = try? store.loadIndexed(id) else { return nil }
        base = loaded
        stamp = stampBefore
        timeZone = loaded.library.timeZone
        return index
    }
}
