import BibplanCore

/// Reads the arguments (without the program name) into an `Invocation`.
///
/// Global options may stand anywhere, before or after the command; a command's own
/// options are checked against that command wherever they stand. `--name=value` is
/// accepted as well as `--name value`, and `--` ends the options.
public enum CommandLineParser {
    static let globalValueOptions: Set<String> = ["--data-dir", "--library", "--today", "--lang"]
    static let valueOptions: Set<String> = globalValueOptions.union(["--from", "--days", "--volunteer", "--theme", "--count"])
        .union(generateValueOptions)
        .union(exchangeValueOptions)
        .union(collaborationValueOptions)
    static let flags: Set<String> = Set(["--json", "--help", "--all", "--force", "--landscape", "--no-mouse"]).union(exchangeFlags)
    static let dayRange = 1...366

    /// - Parameter today: the real date, for dates typed as in the forms (`--from 1/12`,
    ///   `i morgen`, `mandag`; `--today` counts first); without it only ISO dates are read.
    public static func parse(_ arguments: [String], today: Day? = nil) throws(UsageError) -> Invocation {
        let tokens = resolvingTypedDates(try tokenize(arguments), today: today)
        let words = tokens.compactMap(\.word)
        var command: CommandName?
        if let first = words.first {
            guard let name = CommandName(rawValue: first) else { throw UsageError(.unknownCommand(first)) }
            command = name
        }
        var invocation = Invocation()
        var options = CommandOptions()
        for case .option(let name, let value) in tokens {
            try apply(name, value ?? "", command: command, to: &invocation, &options)
        }
        var topic: CommandName?
        var extras = words.dropFirst()
        if command == .help, let word = extras.first {
            guard let name = CommandName(rawValue: word) else { throw UsageError(.unknownCommand(word), command: .help) }
            topic = name
            extras = extras.dropFirst()
        }
        if let command, !options.help, let built = try buildCollaboration(command, words: Array(extras), options) {
            invocation.command = built
            try checkLibraryCount(invocation)
            return invocation
        }
        if let command, command.takesWords, !options.help {
            invocation.command = command == .rule ? try buildRule(words: Array(extras), options)
                : try buildExchange(command, words: Array(extras), options)
            try checkLibraryCount(invocation)
            return invocation
        }
        if let extra = extras.first { throw UsageError(.unexpectedArgument(extra), command: command) }
        invocation.command = build(command, topic: topic, options)
        try checkLibraryCount(invocation)
        return invocation
    }

    /// The `--lang` among the arguments, if one is well-formed: to speak the user's
    /// language even when the rest of the arguments do not parse.
    public static func requestedLanguage(in arguments: [String]) -> Language? {
        var found: Language?
        for (position, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", position + 1 < arguments.count {
                found = Language(rawValue: arguments[position + 1]) ?? found
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
        }
        return found
    }

    // MARK: Tokens

    enum Token {
        case option(String, String?)
        case word(String)

        var word: String? {
            if case .word(let word) = self { return word }
            return nil
        }
    }

    static func tokenize(_ arguments: [String]) throws(UsageError) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        var optionsEnded = false
        func commandSoFar() -> CommandName? { tokens.lazy.compactMap(\.word).first.flatMap(CommandName.init(rawValue:)) }
        while position < arguments.count {
            let argument = arguments[position]
            position += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                tokens.append(.word(argument))
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            if argument == "-h" { tokens.append(.option("--help", nil)); continue }
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let inline = parts.count > 1 ? String(parts[1]) : nil
            if valueOptions.contains(name) {
                var value = inline
                if value == nil, position < arguments.count, !arguments[position].hasPrefix("--") {
                    value = arguments[position]
                    position += 1
                }
                guard let value, !value.isEmpty else { throw UsageError(.missingValue(option: name), command: commandSoFar()) }
                tokens.append(.option(name, value))
            } else if flags.contains(name), inline != nil {
                throw UsageError(.unwantedValue(option: name), command: commandSoFar())
            } else {
                tokens.append(.option(name, inline))
            }
        }
        return tokens
    }

    // MARK: Options

    struct CommandOptions {
        var json = false
        var help = false
        /// `report --all`: every library side by side.
        var all = false
        /// `restore --force`: over a library that loads, too.
        var force = false
        /// `report --landscape`: one theme across the libraries.
        var landscape = false
        var from: Day?
        var days: Int?
        var volunteer: String?
        /// `overview --theme`, `report --landscape --theme`.
        var theme: Theme?
        /// `rule --count N`.
        var count: Int?
        var generate = GenerateRequest()
        var exchange = ExchangeOptions()
        var collaboration = CollaborationOptions()
    }

    static func apply(_ name: String, _ value: String, command: CommandName?,
                      to invocation: inout Invocation, _ options: inout CommandOptions) throws(UsageError) {
        switch name {
        case "--data-dir":
            invocation.dataDirectory = value
        case "--library":
            invocation.libraryIDs = try libraryIDs(value, command: command)
        case "--today":
            invocation.today = try day(value, option: name, command: command)
        case "--lang":
            guard let language = Language(rawValue: value) else { throw UsageError(.notALanguage(value), command: command) }
            invocation.language = language
        case "--help":
            options.help = true
        case "--no-mouse":
            invocation.mouse = false
        default:
            guard let command, command.options.contains(name) else { throw UsageError(.unknownOption(name), command: command) }
            switch name {
            case "--json": options.json = true
            case "--all": options.all = true
            case "--force": options.force = true
            case "--landscape": options.landscape = true
            case "--from": options.from = try day(value, option: name, command: command)
            case "--days": options.days = try dayCount(value, command: command)
            case "--volunteer": options.volunteer = value
            case "--theme": options.theme = try theme(value, command: command)
            case "--count": options.count = try ruleCount(value)
            case _ where collaborationValueOptions.contains(name): try applyCollaboration(name, value, command: command,
                to: &options.collaboration)
            case _ where command != .generate: try applyExchange(name, value, command: command, to: &options.exchange)
            default: try applyGenerate(name, value, command: command, to: &invocation, &options.generate)
            }
        }
    }

    /// `a,b,c`: each a library id, each kept once, in the order given.
    static func libraryIDs(_ value: String, command: CommandName?) throws(UsageError) -> [String] {
        var ids: [String] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard LibraryID.isValid(part) else { throw UsageError(.notALibraryID(part), command: command) }
            if !ids.contains(part) { ids.append(part) }
        }
        return ids
    }

    /// Several libraries only for the commands across libraries.
    static func checkLibraryCount(_ invocation: Invocation) throws(UsageError) {
        guard invocation.libraryIDs.count > 1, !invocation.command.takesSeveralLibraries else { return }
        throw UsageError(.oneLibraryOnly(ids: invocation.libraryIDs), command: invocation.command.name)
    }

    static func day(_ text: String, option: String, command: CommandName?) throws(UsageError) -> Day {
        guard let day = Day(iso: text) else { throw UsageError(.notADate(option: option, value: text), command: command) }
        return day
    }

    /// The one theme `text` names (`digitalisering`, `digitalisation`); none or several is a usage error.
    static func theme(_ text: String, command: CommandName?) throws(UsageError) -> Theme {
        let found = Theme.matching(text)
        guard found.count == 1, let theme = found.first else {
            let choices = (found.isEmpty ? Theme.allCases : found).map(\.rawValue)
            throw UsageError(.notAChoice(option: "--theme", value: text, choices: choices), command: command)
        }
        return theme
    }

    static func dayCount(_ text: String, command: CommandName?) throws(UsageError) -> Int {
        guard text.utf8.allSatisfy({ (48...57).contains($0) }), let days = Int(text), dayRange.contains(days) else {
            throw UsageError(.notANumber(option: "--days", value: text, range: dayRange), command: command)
        }
        return days
    }

    static func build(_ command: CommandName?, topic: CommandName?, _ options: CommandOptions) -> Command {
        if options.help { return .help(command == .help ? topic ?? .help : command) }
        guard let command else { return .interactive }
        let days = options.days ?? command.defaultDays
        switch command {
        case .today: return .today(json: options.json)
        case .agenda: return .agenda(from: options.from, days: days, json: options.json)
        case .goals: return .goals(json: options.json)
        case .roster: return .roster(volunteer: options.volunteer, from: options.from, days: days, json: options.json)
        case .check: return .check(json: options.json)
        case .overview: return .overview(json: options.json, theme: options.theme)
        case .generate: return .generate(options.generate)
        case .restore: return .restore(force: options.force)
        case .help: return .help(topic)
        case .exportData, .importData, .report, .rule, .merge, .gitSetup, .history, .remind, .clashes: return .help(command)
        }
    }
}
