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

/// The options of the exchange commands as they are read, before the command is known to be whole.
struct ExchangeOptions: Equatable {
    var to: Day?
    var initiative: String?
    var delimiter: Character?
    var grouping: ExportRequest.Grouping?
    var format: ReportRequest.Format?
    var output: String?
    var dryRun = false
    var strict = false
}

extension CommandLineParser {
    static let exchangeValueOptions: Set<String> = ["--to", "--initiative", "--delimiter", "--by", "--format", "-o"]
    static let exchangeFlags: Set<String> = ["--dry-run", "--strict"]

    static func applyExchange(_ name: String, _ value: String, command: CommandName?, to options: inout ExchangeOptions) throws(UsageError) {
        switch name {
        case "--to": options.to = try day(value, option: name, command: command)
        case "--initiative": options.initiative = value
        case "--delimiter": options.delimiter = try delimiter(value, command: command)
        case "--by": options.grouping = try choice(value, option: name, command: command)
        case "--format": options.format = try choice(value, option: name, command: command)
        case "--dry-run": options.dryRun = true
        case "--strict": options.strict = true
        default: options.output = value
        }
    }

    /// `,`, `;`, `|` or one other character; `tab` (or `\t`) for a tab.
    static func delimiter(_ value: String, command: CommandName?) throws(UsageError) -> Character {
        if value == "tab" || value == "\\t" { return "\t" }
        guard value.count == 1, let character = value.first, !"\"\r\n".contains(character), !character.isLetter, !character.isNumber else {
            throw UsageError(.notAChoice(option: "--delimiter", value: value, choices: [",", ";", "|", "tab"]), command: command)
        }
        return character
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ value: String, option: String, command: CommandName?) throws(UsageError) -> T
        where T.RawValue == String {
        guard let choice = T(rawValue: value) else {
            throw UsageError(.notAChoice(option: option, value: value, choices: T.allCases.map(\.rawValue)), command: command)
        }
        return choice
    }

    /// The words after `export`, `import` and `report`, and their options, as a command.
    static func buildExchange(_ command: CommandName, words: [String], _ options: CommandOptions) throws(UsageError) -> Command {
        let exchange = options.exchange
        if let from = options.from, let to = exchange.to, to < from {
            throw UsageError(.backwardsPeriod(from: from, to: to), command: command)
        }
        switch command {
        case .exportData:
            let format = try exportFormat(words)
            if case .ics = format, exchange.delimiter != nil || exchange.grouping != nil {
                throw UsageError(.unknownOption(exchange.delimiter != nil ? "--delimiter" : "--by"), command: command)
            }
            if case .csv(let table) = format, exchange.initiative != nil || (exchange.grouping != nil && table != .hours) {
                throw UsageError(.unknownOption(exchange.initiative != nil ? "--initiative" : "--by"), command: command)
            }
            return .export(ExportRequest(format: format, from: options.from, to: exchange.to, initiative: exchange.initiative,
                                         delimiter: exchange.delimiter ?? ",", grouping: exchange.grouping ?? .volunteer, output: exchange.output))
        case .importData:
            guard words.first == "ics" else { throw UsageError(.missingArgument(words.first.map { "ics (not \($0))" } ?? "ics"), command: command) }
            guard words.count >= 2 else { throw UsageError(.missingArgument("FILE"), command: command) }
            if words.count > 2 { throw UsageError(.unexpectedArgument(words[2]), command: command) }
            return .importICS(ImportRequest(file: words[1], dryRun: exchange.dryRun, json: options.json, strict: exchange.strict))
        default:
            if let word = words.first { throw UsageError(.unexpectedArgument(word), command: command) }
            if options.json, let format = exchange.format, format != .json {
                throw UsageError(.notAChoice(option: "--format", value: format.rawValue + " --json", choices: ["json"]), command: command)
            }
            if options.theme != nil, !options.landscape { throw UsageError(.unknownOption("--theme"), command: command) }
            return .report(ReportRequest(format: options.json ? .json : exchange.format ?? .md, from: options.from, to: exchange.to,
                                         output: exchange.output, all: options.all, landscape: options.landscape, theme: options.theme))
        }
    }

    private static func exportFormat(_ words: [String]) throws(UsageError) -> ExportRequest.Format {
        switch words.first {
        case "ics":
            if words.count > 1 { throw UsageError(.unexpectedArgument(words[1]), command: .exportData) }
            return .ics
        case "csv":
            guard words.count >= 2 else { throw UsageError(.missingArgument("roster, volunteers or hours"), command: .exportData) }
            guard let table = ExportRequest.CSVTable(rawValue: words[1]) else {
                throw UsageError(.notAChoice(option: "csv", value: words[1], choices: ExportRequest.CSVTable.allCases.map(\.rawValue)),
                                 command: .exportData)
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

extension UsageText {
    /// The help lines of the options of `export`, `import` and `report`.
    static func exchangeOptionHelp(_ command: CommandName, _ language: Language) -> [(String, String)] {
        let date = language.pick("DATO", "DATE"), file = language.pick("FIL", "FILE")
        let output = ("-o " + file, language.pick("skriv til filen (- eller intet: standard-output)", "write to the file (- or none: standard output)"))
        switch command {
        case .exportData:
            return [
                ("--from " + date, language.pick("kun fra denne dag (ics: som standard alt; csv: i dag / årets start)",
                                                 "only from this day (ics: all by default; csv: today / start of the year)")),
                ("--to " + date, language.pick("kun til og med denne dag (csv roster: som standard 28 dage)",
                                               "only up to this day (csv roster: 28 days by default)")),
                ("--initiative ID", language.pick("ics: kun dette initiativs arrangementer", "ics: only this initiative's events")),
                ("--by volunteer|group", language.pick("csv hours: timer pr. frivillig (standard) eller pr. gruppe",
                                                       "csv hours: hours per volunteer (default) or per group")),
                ("--delimiter ';'", language.pick("csv: skilletegn , ; | eller tab; med ; decimalkomma", "csv: delimiter , ; | or tab; with ; decimal commas")),
                output,
            ]
        case .importData:
            return [("--dry-run", language.pick("vis hvad der ville ændres, og ændr intet", "show what would change, and change nothing")),
                    ("--strict", language.pick("alt eller intet: en advarsel eller et ulæseligt arrangement afviser hele filen",
                                               "all or nothing: a warning or an unreadable event refuses the whole file")),
                    ("--json", language.pick("skriv JSON i stedet for tekst", "write JSON instead of text"))]
        default:
            return [
                ("--all", language.pick("alle biblioteker side om side (eller dem --library a,b nævner)",
                                        "every library side by side (or those --library a,b names)")),
                ("--landscape", language.pick("strategilandskabet for ét tema: nationale punkter, bibliotekernes mål, prioriteter og huller",
                                              "the strategy landscape of one theme: national items, the libraries' goals, priorities and gaps")),
                ("--theme " + language.pick("TEMA", "THEME"), language.pick("med --landscape: temaet (standard digitalisering)",
                                                                             "with --landscape: the theme (default digitalisation)")),
                ("--format md|html|json", language.pick("Markdown (standard), en selvstændig HTML-side, eller JSON",
                                                        "Markdown (default), a self-contained HTML page, or JSON")),
                ("--from " + date, language.pick("periodens første dag (standard: planens)", "the period's first day (default: the plan's)")),
                ("--to " + date, language.pick("periodens sidste dag (standard: planens)", "the period's last day (default: the plan's)")),
                output,
                ("--json", language.pick("det samme som --format json", "the same as --format json")),
            ]
        }
    }
}
