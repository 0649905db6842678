import BibplanCore

/// Reads the arguments (without the program name) into an `Invocation`, by the commands'
/// specs (`CommandSpecs`).
///
/// Global options may stand anywhere, before or after the command; a command's own
/// options are checked against that command's spec wherever they stand. `--name=value`
/// is accepted as well as `--name value`, and `--` ends the options.
public enum CommandLineParser {
    static let globalValueOptions: Set<String> = ["--data-dir", "--library", "--today", "--lang"]
    static let dayRange = 1...366
    /// Every option some command takes, with its kind (the same name is the same kind in every command).
    static let optionKinds: [String: OptionKind] = Dictionary(
        CommandSpecs.all.flatMap(\.options).map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    static let valueOptions: Set<String> = globalValueOptions.union(optionKinds.filter { $0.value != .flag }.keys)
    /// `--no-mouse`: the one global option without a value.
    static let flags: Set<String> = Set(optionKinds.filter { $0.value == .flag }.keys).union(["--help", "--no-mouse"])

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
        var values: [String: OptionValue] = [:]
        var help = false
        for case .option(let name, let value) in tokens {
            if name == "--help" {
                help = true
            } else if name == "--no-mouse" {
                invocation.mouse = false
            } else if globalValueOptions.contains(name) {
                try applyGlobal(name, value ?? "", command: command, to: &invocation)
            } else {
                guard let command, let option = command.spec.option(name) else { throw UsageError(.unknownOption(name), command: command) }
                let read = try option.kind.read(value ?? "", option: name, command: command)
                // `generate --id` names the library as `--library` does; the last of the two counts.
                if option.kind == .libraryID, case .text(let id) = read { invocation.libraryID = id }
                values[name] = read
            }
        }
        var extras = Array(words.dropFirst())
        var topic: CommandName?
        if command == .help, let word = extras.first {
            guard let name = CommandName(rawValue: word) else { throw UsageError(.unknownCommand(word), command: .help) }
            topic = name
            extras.removeFirst()
        }
        if let command {
            invocation.command = try build(command, words: extras, values, help: help, topic: topic)
        } else {
            invocation.command = help ? .help(nil) : .interactive
        }
        try checkLibraryCount(invocation)
        return invocation
    }

    /// The command by its spec; with `--help` (or as `help`) its help, and then no words may follow.
    static func build(_ command: CommandName, words extras: [String], _ values: [String: OptionValue], help: Bool,
                      topic: CommandName?) throws(UsageError) -> Command {
        if help || command == .help {
            if let extra = extras.first { throw UsageError(.unexpectedArgument(extra), command: command) }
            return .help(command == .help ? (help ? topic ?? .help : topic) : command)
        }
        return try command.spec.build(ParsedArguments(command: command, words: extras, values: values))
    }

    /// `--data-dir`, `--library`, `--today` and `--lang`: the same for every command.
    static func applyGlobal(_ name: String, _ value: String, command: CommandName?, to invocation: inout Invocation) throws(UsageError) {
        switch name {
        case "--data-dir":
            invocation.dataDirectory = value
        case "--library":
            invocation.libraryIDs = try libraryIDs(value, command: command)
        case "--today":
            guard let day = Day(iso: value) else { throw UsageError(.notADate(option: name, value: value), command: command) }
            invocation.today = day
        default:
            guard let language = Language(rawValue: value) else { throw UsageError(.notALanguage(value), command: command) }
            invocation.language = language
        }
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

    // MARK: Libraries

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
}
