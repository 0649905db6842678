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

extension CommandSpec {
    static let merge = CommandSpec(
        .merge, arguments: "BASE OURS THEIRS [PATH]", synopsis: ["bibplan merge BASE OURS THEIRS [PATH]"],
        summary: Phrase("gits merge-driver for biblioteksfiler (%O %A %B %P): fletter felt for felt og skriver resultatet i "
                            + "OURS; et sammenstød beholder deres værdi og gemmes i <id>.clashes.json til bibplan clashes.",
                        "git's merge driver for library files (%O %A %B %P): merges field by field and writes the result to OURS; "
                            + "a clash keeps theirs and is kept in <id>.clashes.json for bibplan clashes."),
        severalLibraries: { _ in true },
        build: { parsed throws(UsageError) in
            let words = parsed.words
            guard words.count >= 3 else { throw UsageError(.missingArgument(["BASE", "OURS", "THEIRS"][words.count]), command: .merge) }
            if words.count > 4 { throw UsageError(.unexpectedArgument(words[4]), command: .merge) }
            let path = words.count == 4 ? words[3] : nil
            return .collaboration(.merge(MergeRequest(base: words[0], ours: words[1], theirs: words[2], path: path)))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .collaboration(.merge(let request)) = invocation.command else { return .badUsage }
            return try runner.merge(request, language)
        })

    static let gitSetup = CommandSpec(
        .gitSetup,
        summary: Phrase("Gør datamappen klar til git: .gitattributes, .gitignore og linjerne til git config.",
                        "Prepares the data directory for git: .gitattributes, .gitignore and the git config lines."),
        access: .staff, severalLibraries: { _ in true },
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            return .collaboration(.gitSetup)
        },
        run: { runner, invocation, language throws(CommandFailure) in try runner.gitSetup(invocation, language) })

    static let history = CommandSpec(
        .history,
        options: [OptionSpec("--entity", .text, value: "ID",
                             help: Phrase("kun dette element (g3 eller goals[g3])", "only this item (g3 or goals[g3])")),
                  OptionSpec("--since", .day(typed: false), value: "DATE", help: Phrase("fra og med denne dag", "from this day on")),
                  .json,
                  OptionSpec("--prune-before", .day(typed: false), value: "DATE",
                             help: Phrase("slet posterne før denne dag (kun personale)",
                                          "delete the records before this day (staff only)"))],
        synopsis: ["bibplan [OPTIONS] history [--entity ID] [--since DATE] [--json]", "bibplan [OPTIONS] history --prune-before DATE"],
        summary: Phrase("Hvem ændrede hvad: tid, konto, rolle, sti, gammel og ny værdi (kun personale og læsere).",
                        "Who changed what: time, account, role, path, old and new value (staff and viewers only)."),
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            let entity = parsed.text("--entity"), since = parsed.day("--since"), json = parsed.flag("--json")
            let pruneBefore = parsed.day("--prune-before")
            if pruneBefore != nil, let other = entity.map({ _ in "--entity" }) ?? since.map({ _ in "--since" }) ?? (json ? "--json" : nil) {
                throw UsageError(.exclusiveOptions("--prune-before", other), command: .history)
            }
            return .collaboration(.history(HistoryRequest(entity: entity, since: since, json: json, pruneBefore: pruneBefore)))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .collaboration(.history(let request)) = invocation.command else { return .badUsage }
            return try runner.history(request, invocation, language)
        })

    static let remind = CommandSpec(
        .remind,
        options: [.days(Phrase("vagter fra i dag og N-1 dage frem, 1 til 366 (standard 2)",
                               "shifts from today through N-1 days ahead, 1 to 366 (default 2)")),
                  OptionSpec("--dry-run", .flag,
                             help: Phrase("vis beskederne; send og log intet", "show the messages; send and log nothing"))],
        summary: Phrase("Mailer hver aktiv frivillig med en vagt de næste dage en påmindelse på bibliotekets sprog (én gang "
                            + "pr. vagt); viser ledige pladser til personalet.",
                        "Mails each active volunteer with a shift in the coming days a reminder in the library's language (once per "
                            + "shift); lists open slots for staff."),
        access: .staff,
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            return .collaboration(.remind(RemindRequest(days: parsed.number("--days") ?? 2, dryRun: parsed.flag("--dry-run"))))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .collaboration(.remind(let request)) = invocation.command else { return .badUsage }
            return try runner.remind(request, invocation, language)
        })
}
