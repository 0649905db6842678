import BibplanCore

/// `export ics` and `export csv TABLE`: what to write and where.
public struct ExportRequest: Equatable, Sendable {
    public enum Format: Equatable, Sendable {
        case ics
        case csv(CSVTable)
    }

    public enum CSVTable: String, CaseIterable, Sendable {
        case roster, volunteers, hours
    }

    /// `--by` of `export csv hours`.
    public enum Grouping: String, CaseIterable, Sendable {
        case volunteer, group
    }

    public var format: Format
    public var from: Day?
    public var to: Day?
    /// `--initiative ID` (ics): only that initiative's events.
    public var initiative: String?
    /// `--delimiter` (csv): `,` unless given; `;` also gives decimal commas.
    public var delimiter: Character = ","
    public var grouping: Grouping = .volunteer
    /// `-o FILE`; nil or `-` is standard output.
    public var output: String?

    public init(format: Format, from: Day? = nil, to: Day? = nil, initiative: String? = nil, delimiter: Character = ",",
                grouping: Grouping = .volunteer, output: String? = nil) {
        self.format = format
        self.from = from
        self.to = to
        self.initiative = initiative
        self.delimiter = delimiter
        self.grouping = grouping
        self.output = output
    }
}

/// `import ics FILE`.
public struct ImportRequest: Equatable, Sendable {
    /// The iCalendar file; `-` is standard input.
    public var file: String
    /// `--dry-run`: say what would change, change nothing.
    public var dryRun: Bool
    public var json: Bool
    /// `--strict`: all or nothing; any warning or unreadable event keeps the whole file out.
    public var strict: Bool

    public init(file: String, dryRun: Bool = false, json: Bool = false, strict: Bool = false) {
        self.file = file
        self.dryRun = dryRun
        self.json = json
        self.strict = strict
    }
}

/// `report`: the strategy follow-up.
public struct ReportRequest: Equatable, Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case md, html, json
    }

    public var format: Format
    public var from: Day?
    public var to: Day?
    public var output: String?
    /// `--all`: every library (or those `--library` names) side by side.
    public var all: Bool
    /// `--landscape`: the strategy landscape of one theme across the libraries, with the national items.
    public var landscape: Bool
    /// `--theme` of the landscape (nil: digitalisation, the sector meeting's theme).
    public var theme: Theme?

    public init(format: Format = .md, from: Day? = nil, to: Day? = nil, output: String? = nil, all: Bool = false,
                landscape: Bool = false, theme: Theme? = nil) {
        self.format = format
        self.from = from
        self.to = to
        self.output = output
        self.all = all
        self.landscape = landscape
        self.theme = theme
    }
}

extension CommandSpec {
    static let export = CommandSpec(
        .exportData,
        options: [.from(Phrase("kun fra denne dag (ics: som standard alt; csv: i dag / årets start)",
                               "only from this day (ics: all by default; csv: today / start of the year)")),
                  .to(Phrase("kun til og med denne dag (csv roster: som standard 28 dage)", "only up to this day (csv roster: 28 days by default)")),
                  OptionSpec("--initiative", .text, value: "ID", help: Phrase("ics: kun dette initiativs arrangementer",
                                                                              "ics: only this initiative's events")),
                  OptionSpec("--by", .choice(ExportRequest.Grouping.allCases.map(\.rawValue)), value: "volunteer|group",
                             help: Phrase("csv hours: timer pr. frivillig (standard) eller pr. gruppe",
                                          "csv hours: hours per volunteer (default) or per group")),
                  OptionSpec("--delimiter", .delimiter, value: "';'", help: Phrase("csv: skilletegn , ; | eller tab; med ; decimalkomma",
                                                                                   "csv: delimiter , ; | or tab; with ; decimal commas")),
                  .output],
        synopsis: ["bibplan [OPTIONS] export ics [--from DATE] [--to DATE] [--initiative ID] [-o FILE]",
                   "bibplan [OPTIONS] export csv roster|volunteers|hours [--from DATE] [--to DATE] [--by volunteer|group] "
                    + "[--delimiter ';'] [-o FILE]"],
        summary: Phrase("Skriver arrangementerne som iCalendar (RFC 5545: serier med RRULE og EXDATE, faste UID'er) eller vagtplan, "
                            + "frivillige eller timer som CSV til regneark.",
                        "Writes the events as iCalendar (RFC 5545: series with RRULE and EXDATE, stable UIDs), or the roster, volunteers "
                            + "or hours as CSV for spreadsheets."),
        severalLibraries: { command in
            guard case .export(let request) = command else { return false }
            return request.format == .ics && request.initiative == nil
        },
        build: { parsed throws(UsageError) in .export(try ExportRequest(parsed)) },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .export(let request) = invocation.command else { return .badUsage }
            return try runner.export(request, invocation, today: invocation.today ?? runner.realToday, language)
        })

    static let importICS = CommandSpec(
        .importData, arguments: "ics FILE",
        options: [.dryRun,
                  OptionSpec("--strict", .flag, help: Phrase("alt eller intet: en advarsel eller et ulæseligt arrangement afviser hele filen",
                                                             "all or nothing: a warning or an unreadable event refuses the whole file")),
                  .json],
        summary: Phrase("Henter arrangementer fra en iCalendar-fil i enhver tidszone; et ulæseligt arrangement springes over med linje og "
                            + "grund (--strict: alt eller intet), og samme fil to gange giver ingen dubletter.",
                        "Reads events from an iCalendar file in any time zone into the library; an unreadable event is skipped with its "
                            + "line and reason (--strict: all or nothing), and the same file twice adds nothing twice."),
        access: .staff,
        build: { parsed throws(UsageError) in
            let words = parsed.words
            guard words.first == "ics" else {
                throw UsageError(.missingArgument(words.first.map { "ics (not \($0))" } ?? "ics"), command: .importData)
            }
            guard words.count >= 2 else { throw UsageError(.missingArgument("FILE"), command: .importData) }
            if words.count > 2 { throw UsageError(.unexpectedArgument(words[2]), command: .importData) }
            return .importICS(ImportRequest(file: words[1], dryRun: parsed.flag("--dry-run"), json: parsed.flag("--json"),
                                            strict: parsed.flag("--strict")))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .importICS(let request) = invocation.command else { return .badUsage }
            return try runner.importICS(request, invocation, language)
        })

    static let report = CommandSpec(
        .report,
        options: [OptionSpec("--all", .flag, help: Phrase("alle biblioteker side om side (eller dem --library a,b nævner)",
                                                          "every library side by side (or those --library a,b names)")),
                  OptionSpec("--landscape", .flag, help: Phrase("strategilandskabet for ét tema: nationale punkter, bibliotekernes mål, "
                                                                    + "prioriteter og huller",
                                                                "the strategy landscape of one theme: national items, the libraries' goals, "
                                                                    + "priorities and gaps")),
                  .theme(Phrase("med --landscape: temaet (standard digitalisering)", "with --landscape: the theme (default digitalisation)")),
                  OptionSpec("--format", .choice(ReportRequest.Format.allCases.map(\.rawValue)), value: "md|html|json",
                             help: Phrase("Markdown (standard), en selvstændig HTML-side, eller JSON",
                                          "Markdown (default), a self-contained HTML page, or JSON")),
                  .from(Phrase("periodens første dag (standard: planens)", "the period's first day (default: the plan's)")),
                  .to(Phrase("periodens sidste dag (standard: planens)", "the period's last day (default: the plan's)")),
                  .output,
                  OptionSpec("--json", .flag, help: Phrase("det samme som --format json", "the same as --format json"))],
        synopsis: ["bibplan [OPTIONS] report [--all | --landscape [--theme THEME]] [--format md|html|json] [--from DATE] [--to DATE] "
                    + "[-o FILE] [--json]"],
        summary: Phrase("Opfølgning på strategien for planperioden: mål, succeskriterier, initiativer, arrangementer og frivillige timer.",
                        "The strategy follow-up for the plan period: goals, success criteria, initiatives, events and volunteer hours."),
        severalLibraries: { _ in true },
        build: { parsed throws(UsageError) in .report(try ReportRequest(parsed)) },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .report(let request) = invocation.command else { return .badUsage }
            return try runner.report(request, invocation, today: invocation.today ?? runner.realToday, language)
        })
}

extension ExportRequest {
    /// `export ics` or `export csv TABLE` with the options that go with it.
    init(_ parsed: ParsedArguments) throws(UsageError) {
        let from = parsed.day("--from"), to = parsed.day("--to")
        if let from, let to, to < from { throw UsageError(.backwardsPeriod(from: from, to: to), command: .exportData) }
        let format = try Self.format(parsed.words)
        let initiative = parsed.text("--initiative"), delimiter = parsed.character("--delimiter")
        let grouping = parsed.choice("--by", as: Grouping.self)
        if case .ics = format, delimiter != nil || grouping != nil {
            throw UsageError(.unknownOption(delimiter != nil ? "--delimiter" : "--by"), command: .exportData)
        }
        if case .csv(let table) = format, initiative != nil || (grouping != nil && table != .hours) {
            throw UsageError(.unknownOption(initiative != nil ? "--initiative" : "--by"), command: .exportData)
        }
        self.init(format: format, from: from, to: to, initiative: initiative, delimiter: delimiter ?? ",",
                  grouping: grouping ?? .volunteer, output: parsed.text("-o"))
    }

    private static func format(_ words: [String]) throws(UsageError) -> Format {
        switch words.first {
        case "ics":
            if words.count > 1 { throw UsageError(.unexpectedArgument(words[1]), command: .exportData) }
            return .ics
        case "csv":
            guard words.count >= 2 else { throw UsageError(.missingArgument("roster, volunteers or hours"), command: .exportData) }
            guard let table = CSVTable(rawValue: words[1]) else {
                throw UsageError(.notAChoice(option: "csv", value: words[1], choices: CSVTable.allCases.map(\.rawValue)), command: .exportData)
            }
            if words.count > 2 { throw UsageError(.unexpectedArgument(words[2]), command: .exportData) }
            return .csv(table)
        case let word?:
            throw UsageError(.notAChoice(option: "export", value: word, choices: ["ics", "csv"]), command: .exportData)
        case nil:
            throw UsageError(.missingArgument("ics or csv"), command: .exportData)
        }
    }
}

extension ReportRequest {
    init(_ parsed: ParsedArguments) throws(UsageError) {
        let from = parsed.day("--from"), to = parsed.day("--to")
        if let from, let to, to < from { throw UsageError(.backwardsPeriod(from: from, to: to), command: .report) }
        try parsed.noWords()
        let json = parsed.flag("--json"), format = parsed.choice("--format", as: Format.self)
        if json, let format, format != .json {
            throw UsageError(.notAChoice(option: "--format", value: format.rawValue + " --json", choices: ["json"]), command: .report)
        }
        let landscape = parsed.flag("--landscape"), theme = parsed.theme("--theme")
        if theme != nil, !landscape { throw UsageError(.unknownOption("--theme"), command: .report) }
        self.init(format: json ? .json : format ?? .md, from: from, to: to, output: parsed.text("-o"), all: parsed.flag("--all"),
                  landscape: landscape, theme: theme)
    }
}
