import BibplanCore

/// Saving: always a merge of this session's changes onto the file as it is now.
///
/// A save is three steps, so the run loop can do the middle one on another thread:
/// `job(for:)` takes what the save needs from the session, `SaveJob.run()` reads,
/// merges and writes under the lock, and `finish(_:)` brings the session up to date.
extension LibrarySession {
    /// `mine` is the library the screen shows: the base plus this session's own changes.
    func save(_ mine: Library) -> Action {
        guard let job = job(saving: mine) else { return .saveFailed(language.pick("intet bibliotek er åbent", "no library is open")) }
        return finish(job.run())
    }

    /// The person chose in a clash: their choice becomes the screen's library, with
    /// the other version as its base (this session has now seen it), and is saved
    /// through the same merge, so whatever was saved meanwhile stays too.
    func resolveClash(keepMine: Bool) -> Action? {
        guard let job = job(resolving: keepMine) else { return nil }
        return finish(job.run())
    }

    /// What a save or a clash choice needs, taken from the session; nil when there is nothing to do.
    public func job(for effect: Effect) -> SaveJob? {
        let prepared: SaveJob?
        switch effect {
        case .save(let library): prepared = job(saving: library)
        case .resolveClash(let keepMine): prepared = job(resolving: keepMine)
        default: prepared = nil
        }
        saveRunning = prepared != nil
        return prepared
    }

    private func job(saving mine: Library) -> SaveJob? {
        guard let base, mine.id == base.library.id else { return nil }
        return SaveJob(store: store, base: base, mine: mine, sent: mine, resolved: nil)
    }

    private func job(resolving keepMine: Bool) -> SaveJob? {
        guard let pending = pendingClash, let previous = base else { return nil }
        pendingClash = nil
        let chosen = keepMine ? ThreeWayMerge.keepingMine(pending.clashes, partial: pending.partial, mine: pending.mine) : pending.partial
        base = pending.theirs
        return SaveJob(store: store, base: pending.theirs, mine: chosen, sent: pending.mine,
                       resolved: SaveJob.Resolution(chosen: chosen, previousBase: previous.library, theirs: pending.theirs.library))
    }

    /// The session after a save: its base moves to what was written (or stays, on failure).
    public func finish(_ result: SaveJob.Result) -> Action {
        saveRunning = false
        let job = result.job
        // Another library was opened while this one was saved: its screen and base are not this save's.
        guard job.mine.id == libraryID else {
            if case .failure(let error) = result.outcome { return .failed(error.description) }
            return .notice(language.pick("Gemt: ", "Saved: ") + job.mine.name)
        }
        let action: Action
        switch result.outcome {
        case .success(let commit):
            switch commit.outcome {
            case .merged(let merged):
                base = commit.written ?? commit.found
                stamp = store.fileStamp(of: job.mine.id)
                unsaved = false
                action = commit.found.fingerprint != job.base.fingerprint
                    ? .savedMerged(LibraryIndex(merged), previousBase: job.base.library, theirs: commit.found.library)
                    : commit.historyFailure.map { .savedWithoutHistory($0.description) } ?? .saved
            case .clashes(let clashes, let partial):
                pendingClash = PendingClash(clashes: clashes, partial: partial, mine: job.mine, theirs: commit.found)
                unsaved = true
                action = .saveClashed(namingWhoSaved(clashes, in: commit.found.library))
            }
        case .failure(let error):
            unsaved = true
            action = .saveFailed(error.description)
        }
        guard let resolved = job.resolved else { return action }
        return .clashResolved(LibraryIndex(resolved.chosen), previousBase: resolved.previousBase, theirs: resolved.theirs, then: action)
    }
}

extension LibrarySession {
    /// Each clash with who saved the other version and when, from the history log.
    func namingWhoSaved(_ clashes: [ThreeWayMerge.Clash], in library: Library) -> [ThreeWayMerge.Clash] {
        guard let records = try? store.history(library.id).records, !records.isEmpty else { return clashes }
        return clashes.map { clash in
            var named = clash
            named.theirsBy = ChangeRecord.latest(for: clash, in: records).map { "\($0.account), \($0.localTime(in: library.timeZone))" }
            return named
        }
    }
}

/// One save, with everything it needs: it can run on any thread.
public struct SaveJob: Sendable {
    let store: LibraryStore
    /// The version on disk the screen's library was made from.
    let base: LoadedLibrary
    /// The library to merge onto the file.
    let mine: Library
    /// The screen's library when the save began (for a clash choice: the version that clashed).
    public let sent: Library
    let resolved: Resolution?

    struct Resolution: Sendable {
        let chosen: Library
        let previousBase: Library
        let theirs: Library
    }

    public struct Result: Sendable {
        let job: SaveJob
        let outcome: Swift.Result<LibraryStore.Commit<ThreeWayMerge.Outcome>, StoreError>
    }

    /// Reads the file under the lock, merges this session's changes onto it, writes.
    public func run() -> Result {
        let base = self.base, mine = self.mine
        do throws(StoreError) {
            let commit = try store.commit(mine.id, known: base) { found -> (write: Library?, outcome: ThreeWayMerge.Outcome) in
                let outcome = ThreeWayMerge.merge(base: base.library, mine: mine, theirs: found.library)
                guard case .merged(let merged) = outcome else { return (nil, outcome) }
                return (merged, outcome)
            }
            return Result(job: self, outcome: .success(commit))
        } catch {
            return Result(job: self, outcome: .failure(error))
        }
    }
}
