import BibplanCore

/// The commands for working beyond one screen and one machine: git's merge driver,
/// setting a data directory up for git, the history of changes, volunteers' reminders.
public enum CollaborationCommand: Equatable, Sendable {
    /// `merge BASE OURS THEIRS [PATH]`: git's merge driver (`%O %A %B %P`); the result replaces OURS.
    case merge(MergeRequest)
    /// `git-setup`: `.gitattributes`, `.gitignore` and the `git config` lines for the data directory.
    case gitSetup
    /// `history`: who changed what, or `--prune-before` to drop older records.
    case history(HistoryRequest)
    /// `remind`: e-mails each volunteer with a shift in the coming days.
    case remind(RemindRequest)
    /// `clashes [--keep ours|theirs PATH]`: the clashes git merges left, or settles one.
    case clashes(keep: OpenClashes.Side?, path: String?)

    var name: CommandName {
        switch self {
        case .merge: return .merge
        case .gitSetup: return .gitSetup
        case .history: return .history
        case .remind: return .remind
        case .clashes: return .clashes
        }
    }
}

public struct MergeRequest: Equatable, Sendable {
    public var base: String
    public var ours: String
    public var theirs: String
    /// git's `%P`: the file's path in the repository, to name it in the report.
    public var path: String?

    public init(base: String, ours: String, theirs: String, path: String? = nil) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.path = path
    }
}

public struct HistoryRequest: Equatable, Sendable {
    /// `--entity ID`: an item's id (`g3`) or path (`goals[g3]`).
    public var entity: String?
    /// `--since DATE`: records of that day and later.
    public var since: Day?
    public var json: Bool
    /// `--prune-before DATE`: removes the records before that day instead of listing.
    public var pruneBefore: Day?

    public init(entity: String? = nil, since: Day? = nil, json: Bool = false, pruneBefore: Day? = nil) {
        self.entity = entity
        self.since = since
        self.json = json
        self.pruneBefore = pruneBefore
    }
}

public struct RemindRequest: Equatable, Sendable {
    /// Shifts from today through `days - 1` days ahead.
    public var days: Int
    /// `--dry-run`: print the messages; send and log nothing.
    public var dryRun: Bool

    public init(days: Int = 2, dryRun: Bool = false) {
        self.days = days
        self.dryRun = dryRun
    }
}

/// The options of `history` as they are read.
struct CollaborationOptions: Equatable {
    var entity: String?
    var since: Day?
    var pruneBefore: Day?
    var keep: OpenClashes.Side?
}

extension CommandLineParser {
    static let collaborationValueOptions: Set<String> = ["--entity", "--since", "--prune-before", "--keep"]

    static func applyCollaboration(_ name: String, _ value: String, command: CommandName?,
                                   to options: inout CollaborationOptions) throws(UsageError) {
        switch name {
        case "--entity": options.entity = value
        case "--since": options.since = try day(value, option: name, command: command)
        case "--keep":
            guard let side = OpenClashes.Side(rawValue: value) else {
                let choices = OpenClashes.Side.allCases.map(\.rawValue)
                throw UsageError(.notAChoice(option: name, value: value, choices: choices), command: command)
            }
            options.keep = side
        default: options.pruneBefore = try day(value, option: name, command: command)
        }
    }

    /// The command for `merge`, `git-setup` and `history`; nil for the others.
    static func buildCollaboration(_ command: CommandName, words: [String], _ options: CommandOptions) throws(UsageError) -> Command? {
        let read = options.collaboration
        switch command {
        case .merge:
            guard words.count >= 3 else { throw UsageError(.missingArgument(["BASE", "OURS", "THEIRS"][words.count]), command: command) }
            if words.count > 4 { throw UsageError(.unexpectedArgument(words[4]), command: command) }
            let request = MergeRequest(base: words[0], ours: words[1], theirs: words[2], path: words.count == 4 ? words[3] : nil)
            return .collaboration(.merge(request))
        case .gitSetup:
            if let word = words.first { throw UsageError(.unexpectedArgument(word), command: command) }
            return .collaboration(.gitSetup)
        case .history:
            if let word = words.first { throw UsageError(.unexpectedArgument(word), command: command) }
            if read.pruneBefore != nil, let other = read.entity.map({ _ in "--entity" }) ?? read.since.map({ _ in "--since" })
                ?? (options.json ? "--json" : nil) {
                throw UsageError(.exclusiveOptions("--prune-before", other), command: command)
            }
            return .collaboration(.history(HistoryRequest(entity: read.entity, since: read.since, json: options.json,
                                                          pruneBefore: read.pruneBefore)))
        case .clashes:
            if words.count > 1 { throw UsageError(.unexpectedArgument(words[1]), command: command) }
            if read.keep != nil, words.isEmpty { throw UsageError(.missingArgument("PATH"), command: command) }
            if read.keep == nil, let word = words.first { throw UsageError(.unexpectedArgument(word), command: command) }
            return .collaboration(.clashes(keep: read.keep, path: words.first))
        case .remind:
            if let word = words.first { throw UsageError(.unexpectedArgument(word), command: command) }
            return .collaboration(.remind(RemindRequest(days: options.days ?? 2, dryRun: options.exchange.dryRun)))
        default:
            return nil
        }
    }
}

extension UsageText {
    static func collaborationSynopsis(_ command: CommandName?, _ language: Language) -> String {
        let options = language.pick("[TILVALG]", "[OPTIONS]"), date = language.pick("DATO", "DATE")
        switch command {
        case .merge: return "bibplan merge BASE OURS THEIRS [PATH]"
        case .gitSetup: return "bibplan \(options) git-setup"
        case .remind: return "bibplan \(options) remind [--days N] [--dry-run]"
        case .clashes: return "bibplan \(options) clashes [--keep ours|theirs \(language.pick("STI", "PATH"))]"
        default:
            return "bibplan \(options) history [--entity ID] [--since \(date)] [--json]\n"
                + "       bibplan \(options) history --prune-before \(date)"
        }
    }

    static func collaborationSummary(_ command: CommandName, _ language: Language) -> String {
        switch command {
        case .merge:
            return language.pick("gits merge-driver for biblioteksfiler (%O %A %B %P): fletter felt for felt og skriver resultatet i " +
                "OURS; et sammenstød beholder deres værdi og gemmes i <id>.clashes.json til bibplan clashes.",
                                 "git's merge driver for library files (%O %A %B %P): merges field by field and writes the result to " +
                                     "OURS; a clash keeps theirs and is kept in <id>.clashes.json for bibplan clashes.")
        case .clashes:
            return language.pick("De sammenstød, en git-fletning efterlod (<id>.clashes.json); --keep ours|theirs STI afgør et og " +
                "gemmer biblioteket.", "The clashes a git merge left (<id>.clashes.json); --keep ours|theirs PATH settles one and " +
                "saves the library.")
        case .remind:
            return language.pick("Mailer hver aktiv frivillig med en vagt de næste dage en påmindelse på bibliotekets sprog (én gang " +
                "pr. vagt); viser ledige pladser til personalet.",
                                 "Mails each active volunteer with a shift in the coming days a reminder in the library's language " +
                                     "(once per shift); lists open slots for staff.")
        case .gitSetup:
            return language.pick("Gør datamappen klar til git: .gitattributes, .gitignore og linjerne til git config.",
                                 "Prepares the data directory for git: .gitattributes, .gitignore and the git config lines.")
        default:
            return language.pick("Hvem ændrede hvad: tid, konto, rolle, sti, gammel og ny værdi (kun personale og læsere).",
                                 "Who changed what: time, account, role, path, old and new value (staff and viewers only).")
        }
    }

    static func collaborationOptionHelp(_ command: CommandName, _ language: Language) -> [(String, String)] {
        if command == .remind {
            return [("--days N", language.pick("vagter fra i dag og N-1 dage frem, 1 til 366 (standard 2)",
                "shifts from today through N-1 days ahead, 1 to 366 (default 2)")),
                    ("--dry-run", language.pick("vis beskederne; send og log intet", "show the messages; send and log nothing"))]
        }
        guard command == .history else { return [] }
        let date = language.pick("DATO", "DATE")
        return [
            ("--entity ID", language.pick("kun dette element (g3 eller goals[g3])", "only this item (g3 or goals[g3])")),
            ("--since " + date, language.pick("fra og med denne dag", "from this day on")),
            ("--json", language.pick("skriv JSON i stedet for tekst", "write JSON instead of text")),
            ("--prune-before " + date, language.pick("slet posterne før denne dag (kun personale)",
                "delete the records before this day (staff only)")),
        ]
    }
}
