import BibplanCore

/// Everything the program shows, as a value. Changed only by `update`.
public struct AppState: Sendable {
    public var index: LibraryIndex?
    public var libraryChoices: [LibraryChoice]
    public var today: Day
    /// The library's wall-clock time while the program follows the clock (nil when the date is pinned):
    /// today's ongoing and next occurrences are marked by it.
    public var now: LocalDateTime?
    public var language: Language
    public var width: Int
    public var height: Int
    public var pane: Pane = .calendar
    public var calendar: CalendarState
    public var goals = GoalsState()
    public var initiatives = InitiativesState()
    public var volunteers = VolunteersState()
    public var overview = OverviewState()
    /// Every visible library, loaded when the overview pane opens.
    public var overviewData: Overview?
    /// Where to go once the library being opened has loaded (from the overview).
    public var pendingTarget: OverviewTarget?
    public var search: SearchState?
    public var overlay: Overlay?
    public var message: String?
    /// Earlier and undone versions of the library, for undo and redo.
    public var history = EditHistory()
    /// The library has changes the last save could not write.
    public var hasUnsavedChanges = false
    /// A save runs on another thread.
    public var saving = false
    /// What the person may do (access.json): staff, viewer, or a volunteer's own program.
    public var role: SessionRole = .staff
    /// Read beside the library: who changed what last, and a git merge's open clashes.
    public var notes = LibraryNotes()

    /// A library shown in the picker: its id and name.
    public struct LibraryChoice: Equatable, Sendable {
        public let id: String
        public let name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public enum Overlay: Equatable, Sendable {
        /// The keys; the number is how far the list is scrolled.
        case help(Int)
        /// One occurrence with its roster; the position selects a shift.
        case occurrence(Occurrence, ListPosition)
        case picker(ListPosition)
        case form(EditForm)
        /// Asks before deleting: what goes, and what goes with it.
        case confirmDelete(DeleteTarget, summary: [String])
        /// The same thing changed here and in another session: which version stays.
        case clash([String])
        /// Asks before cancelling one occurrence, naming the shifts it releases; the
        /// reason typed stays with the cancelled occurrence.
        case confirmCancel(Occurrence, summary: [String], reason: TextField)
        /// Linking an initiative to goals: the goals, the linked ones checked.
        case linkGoals(initiative: String, ListPosition)
        /// Choosing a volunteer for an occurrence: the event's groups first.
        case assign(AssignState)
        /// The occurrences of the coming weeks that still need volunteers.
        case openSlots(ListPosition)
        /// Quitting while a change is not saved: asks first.
        case confirmQuit
        /// The clashes a git merge left open (`LibraryNotes.clashes`); the position selects one.
        case gitClashes(ListPosition)
    }

    /// What a confirmed delete removes.
    public enum DeleteTarget: Equatable, Sendable {
        case goal(String), initiative(String), event(String), volunteer(String)
    }

    public init(index: LibraryIndex?, today: Day, language: Language, width: Int = 80, height: Int = 24,
                libraryChoices: [LibraryChoice] = []) {
        self.index = index
        self.today = today
        self.language = language
        self.width = width
        self.height = height
        self.libraryChoices = libraryChoices
        self.calendar = CalendarState(day: today)
        if index == nil, !libraryChoices.isEmpty { overlay = .picker(ListPosition()) }
    }

    /// Large terminals show a list and its details side by side.
    public var isWide: Bool { width >= 160 }

    /// Rows available to a pane's content (title, tab bar and status line excluded).
    public var contentHeight: Int { max(0, height - 3) }
}

/// An incremental search in the current pane.
public struct SearchState: Equatable, Sendable {
    public var query: String
    public var editing: Bool

    public init(query: String = "", editing: Bool = true) {
        self.query = query
        self.editing = editing
    }
}

/// Undo and redo over whole versions of the library (values share storage, so a
/// version costs little until it differs).
public struct EditHistory: Sendable {
    public private(set) var undo: [Library] = []
    public private(set) var redo: [Library] = []
    public static let limit = 200

    public init() {}

    /// Carries another session's merged changes into every kept version, so an
    /// undo after a merge never takes them away.
    public mutating func rebase(_ transform: (Library) -> Library) {
        undo = undo.map(transform)
        redo = redo.map(transform)
    }

    public mutating func record(_ before: Library) {
        undo.append(before)
        if undo.count > Self.limit { undo.removeFirst() }
        redo.removeAll()
    }

    public mutating func undo(from current: Library) -> Library? {
        guard let previous = undo.popLast() else { return nil }
        redo.append(current)
        return previous
    }

    public mutating func redo(from current: Library) -> Library? {
        guard let next = redo.popLast() else { return nil }
        undo.append(current)
        return next
    }
}
