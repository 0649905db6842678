import BibplanCore

/// Everything that can happen to the program.
public indirect enum Action: Sendable {
    case key(Key)
    /// A click or the wheel (`--no-mouse` and TERM=dumb send none); `HitRegions` says what is under it.
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The clock passed midnight (or the day was set).
    case dayChanged(Day)
    /// A library finished loading (after the picker).
    case libraryLoaded(LibraryIndex)
    case failed(String)
    /// Something worth telling that is not a failure (a report was written).
    case notice(String)
    /// Every library the person may see, for the overview pane.
    case overviewLoaded(Overview)
    /// The library was written to disk.
    case saved
    /// Written to disk, but its changes could not be added to the history (why).
    case savedWithoutHistory(String)
    /// Writing failed; the change stays in memory.
    case saveFailed(String)
    /// Another session (or a hand edit) changed the file; this is the new version.
    case changedOnDisk(LibraryIndex)
    /// The save found another session's changes and merged them in: `merged` is now
    /// on disk; `previousBase` is the version this session had loaded, `theirs` the
    /// version the other session wrote.
    case savedMerged(LibraryIndex, previousBase: Library, theirs: Library)
    /// The save found changes to the same things in another session; nothing written.
    case saveClashed([ThreeWayMerge.Clash])
    /// The person chose in a clash: `chosen` is the library from now on (`previousBase` →
    /// `theirs` is what the other session changed), and `then` says how saving it went.
    case clashResolved(LibraryIndex, previousBase: Library, theirs: Library, then: Action)
    /// A save began on another thread; keys keep answering meanwhile.
    case saveStarted
    /// A save that ran on another thread ended: `sent` is the library the screen held
    /// when it began, `result` what became of it.
    case saveFinished(sent: Library, Action)
    /// The file changed on disk into something that cannot be loaded.
    case brokenOnDisk(String)
    /// Who last changed each item, and the open clashes of a git merge (`Effect.loadNotes`).
    case notesLoaded(LibraryNotes)
    /// One clash of a git merge settled: the notes now, the library read again (nil when this
    /// session's own change waits to be saved), and what was kept.
    case gitClashSettled(LibraryNotes, reloaded: LibraryIndex?, path: String, keptMine: Bool)
    /// The library's wall-clock time moved on (a volunteer's 48-hour rule reads it).
    case timeChanged(LocalDateTime)
}

/// Work with side effects, performed by the run loop, never inside `update`.
public enum Effect: Equatable, Sendable {
    case quit
    case openLibrary(String)
    /// Write this version of the library safely.
    case save(Library)
    /// After a clash: write this session's version of the clashing items (or take the other's).
    case resolveClash(keepMine: Bool)
    /// Write a text file (a report) under this name in the working directory and say where.
    case writeFile(name: String, contents: String)
    /// Read the notes beside the open library: its history's last changes, a git merge's clashes.
    case loadNotes
    /// Settle one clash a git merge left: keep this side's value at `path`, or the other's.
    case settleGitClash(path: String, keepMine: Bool)
    /// Load every library the person may see, for the overview pane, as of this day.
    case loadOverview(Day)
}
