import BibplanCore

/// Saving: always a merge of this session's changes onto the file as it is now.
extension LibrarySession {
    /// `mine` is the library the screen shows: the base plus this session's own changes.
    func save(_ mine: Library) -> Action {
        guard let base, mine.id == base.library.id else {
            return .saveFailed(language.pick("intet bibliotek er åbent", "no library is open"))
        }
        do throws(StoreError) {
            let commit = try store.commit(mine.id, known: base) { found -> (write: Library?, outcome: ThreeWayMerge.Outcome) in
                let outcome = ThreeWayMerge.merge(base: base.library, mine: mine, theirs: found.library)
                guard case .merged(let merged) = outcome else { return (nil, outcome) }
                return (merged, outcome)
            }
            switch commit.outcome {
            case .merged(let merged):
                self.base = commit.written ?? commit.found
                stamp = store.fileStamp(of: mine.id)
                unsaved = false
                if commit.found.fingerprint == base.fingerprint { return .saved }
                return .savedMerged(LibraryIndex(merged), previousBase: base.library, theirs: commit.found.library)
            case .clashes(let clashes, let partial):
                pendingClash = PendingClash(clashes: clashes, partial: partial, mine: mine, theirs: commit.found)
                unsaved = true
                return .saveClashed(clashes)
            }
        } catch {
            unsaved = true
            return .saveFailed(error.description)
        }
    }

    /// The person chose in a clash: their choice becomes the screen's library, with
    /// the other version as its base (this session has now seen it), and is saved
    /// through the same merge, so whatever was saved meanwhile stays too.
    func resolveClash(keepMine: Bool) -> Action? {
        guard let pending = pendingClash, let previous = base else { return nil }
        pendingClash = nil
        let chosen = keepMine ? ThreeWayMerge.keepingMine(pending.clashes, partial: pending.partial, mine: pending.mine) : pending.partial
        base = pending.theirs
        let saved = save(chosen)
        return .clashResolved(LibraryIndex(chosen), previousBase: previous.library, theirs: pending.theirs.library, then: saved)
    }
}
