import BibplanCore

/// Every command's spec, in the order `help` lists them.
enum CommandSpecs {
    static let all: [CommandSpec] = CommandName.allCases.map(\.spec)
}

extension CommandName {
    /// The command's spec, each beside the code that runs the command.
    var spec: CommandSpec {
        switch self {
        case .today: return .today
        case .agenda: return .agenda
        case .goals: return .goals
        case .roster: return .roster
        case .check: return .check
        case .overview: return .overview
        case .report: return .report
        case .exportData: return .export
        case .importData: return .importICS
        case .generate: return .generate
        case .restore: return .restore
        case .rule: return .rule
        case .help: return .help
        case .merge: return .merge
        case .gitSetup: return .gitSetup
        case .history: return .history
        case .remind: return .remind
        case .clashes: return .clashes
        }
    }
}

extension CommandSpec {
    /// The builder of a command that takes no words and only `--json`.
    static func jsonOnly(_ make: @escaping @Sendable (Bool) -> Command) -> Builder {
        { parsed throws(UsageError) in
            try parsed.noWords()
            return make(parsed.flag("--json"))
        }
    }
}

/// The options several commands share, each with the help the command gives it.
extension OptionSpec {
    static let json = OptionSpec("--json", .flag, help: Phrase("skriv JSON i stedet for tekst", "write JSON instead of text"))
    static let dryRun = OptionSpec("--dry-run", .flag, help: Phrase("vis hvad der ville ændres, og ændr intet",
                                                                   "show what would change, and change nothing"))
    static let output = OptionSpec("-o", .text, value: "FILE", help: Phrase("skriv til filen (- eller intet: standard-output)",
                                                                           "write to the file (- or none: standard output)"))

    static func from(_ help: Phrase = Phrase("første dag (ÅÅÅÅ-MM-DD); som standard i dag", "first day (YYYY-MM-DD); today by default"))
        -> OptionSpec {
        OptionSpec("--from", .day(typed: true), value: "DATE", help: help)
    }

    static func to(_ help: Phrase) -> OptionSpec {
        OptionSpec("--to", .day(typed: true), value: "DATE", help: help)
    }

    static func days(_ help: Phrase) -> OptionSpec {
        OptionSpec("--days", .number(CommandLineParser.dayRange), value: "N", help: help)
    }

    /// `--days N` of a listing, with its default.
    static func days(default days: Int) -> OptionSpec {
        .days(Phrase("antal dage, 1 til 366 (standard \(days))", "number of days, 1 to 366 (default \(days))"))
    }

    static func theme(_ help: Phrase) -> OptionSpec {
        OptionSpec("--theme", .theme, value: "THEME", help: help)
    }
}
