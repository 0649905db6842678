import BibplanCore

/// What one run of `bibplan` was asked to do: the global options and the command.
public struct Invocation: Equatable, Sendable {
    /// `--data-dir DIR`; nil: `DataDirectory.resolve` picks the default.
    public var dataDirectory: String?
    /// `--library ID[,ID…]`, each checked with `LibraryID.isValid`, each once, in the order given;
    /// empty when not given. Only the commands across libraries take more than one.
    public var libraryIDs: [String]
    /// `--today YYYY-MM-DD`: pins the date; nil means the real date.
    public var today: Day?
    /// `--lang da|en`; nil means from the environment (`LANG`).
    public var language: Language?
    /// False with `--no-mouse`: the full-screen program leaves the mouse to the terminal.
    public var mouse = true
    public var command: Command

    public init(dataDirectory: String? = nil, libraryID: String? = nil, today: Day? = nil,
                language: Language? = nil, command: Command = .interactive) {
        self.dataDirectory = dataDirectory
        self.libraryIDs = libraryID.map { [$0] } ?? []
        self.today = today
        self.language = language
        self.command = command
    }
}

extension Invocation {
    /// The library `--library` names for a command of one library (the parser refuses
    /// several for those); nil when none is named.
    public var libraryID: String? {
        get { libraryIDs.first }
        set { libraryIDs = newValue.map { [$0] } ?? [] }
    }
}

/// The commands, with their own options already checked. A `from` of nil means today.
public enum Command: Equatable, Sendable {
    /// No command: the full-screen program.
    case interactive
    case today(json: Bool)
    case agenda(from: Day?, days: Int, json: Bool)
    case goals(json: Bool)
    case roster(volunteer: String?, from: Day?, days: Int, json: Bool)
    case check(json: Bool)
    /// `overview`: every library's plan, goals, week and open slots, their themes and partners.
    /// With a theme: that theme across every library, with the national items (`--theme`).
    case overview(json: Bool, theme: Theme?)
    /// `generate`: writes a large generated library (and optionally its events as iCalendar).
    case generate(GenerateRequest)
    /// `restore`: puts `<id>.json.bak` back when the library file is damaged or lost
    /// (with `force`, also over a valid one).
    case restore(force: Bool)
    /// `merge`, `git-setup`, `history`, `remind`: working beyond one screen and one machine.
    case collaboration(CollaborationCommand)
    /// `export ics` / `export csv roster|volunteers|hours`.
    case export(ExportRequest)
    /// `import ics FILE`: events from an iCalendar file into the library.
    case importICS(ImportRequest)
    /// `report`: the strategy follow-up as Markdown, HTML or JSON.
    case report(ReportRequest)
    /// `help [COMMAND]`, `COMMAND --help`, `--help`: nil topic is the overview.
    case help(CommandName?)
    /// `rule TEXT`: a rhythm in words as words, RRULE and the next dates (no library needed).
    case rule(RuleRequest)

    /// Whether the command may work on several libraries (`--library a,b,c`): its spec says.
    public var takesSeveralLibraries: Bool {
        name.map { $0.spec.takesSeveralLibraries(self) } ?? false
    }

    public var name: CommandName? {
        switch self {
        case .interactive: return nil
        case .today: return .today
        case .agenda: return .agenda
        case .goals: return .goals
        case .roster: return .roster
        case .check: return .check
        case .overview: return .overview
        case .generate: return .generate
        case .restore: return .restore
        case .collaboration(let command): return command.name
        case .export: return .exportData
        case .importICS: return .importData
        case .report: return .report
        case .help: return .help
        case .rule: return .rule
        }
    }
}

/// The words that name a command on the command line.
public enum CommandName: String, CaseIterable, Sendable {
    case today, agenda, goals, roster, check, overview, report
    case exportData = "export", importData = "import"
    case generate, restore, rule, help
    case merge, gitSetup = "git-setup", history, remind, clashes
}
