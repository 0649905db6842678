import BibplanCore

/// What the full-screen program starts from, when `bibplan` runs without a command.
public struct InteractiveContext {
    /// The data directory, created and seeded on a first run.
    public let store: LibraryStore
    /// The libraries in the directory, sorted.
    public let libraryIDs: [String]
    /// `--library`, or the only library in the directory; nil when there are several to choose from.
    public let libraryID: String?
    public let language: Language
    /// `--today` or the real date.
    public let today: Day
    /// True when `--today` pinned the date (the clock should not move it on).
    public let isTodayPinned: Bool
    /// Who runs the program and what they may do (access.json).
    public let access: Access
    /// False with `--no-mouse`.
    public var mouse = true
}
