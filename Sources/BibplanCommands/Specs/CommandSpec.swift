import BibplanCore

/// One command in one place: its name, the words it takes, its options with the kind of
/// value each takes, its synopsis and help, who may run it, how its parts become a
/// `Command`, and its handler. The parser, the usage lines and `help` are made from these
/// (see `CommandSpecs`); each command's spec stands beside the code that runs it.
struct CommandSpec: Sendable {
    /// Builds the command from its words and options, checking what the options cannot
    /// check alone (words, options that go together).
    typealias Builder = @Sendable (ParsedArguments) throws(UsageError) -> Command
    /// Runs the command; the invocation's command is the one this spec built.
    typealias Handler = @Sendable (CommandRunner, Invocation, Language) throws(CommandFailure) -> ExitStatus

    let name: CommandName
    /// The words after the command's name as the synopsis shows them (`ics FILE`, `TEXT`); empty: none.
    let arguments: String
    let options: [OptionSpec]
    /// Synopsis lines written out (with English placeholders, see `Placeholders`), where the
    /// generated one (`bibplan [OPTIONS] NAME ARGUMENTS [OPTION]…`) does not say it all.
    let writtenSynopsis: [String]?
    let summary: Phrase
    let access: CommandAccess
    /// Whether the command, as built, may work on several libraries (`--library a,b,c`).
    let takesSeveralLibraries: @Sendable (Command) -> Bool
    let build: Builder
    let run: Handler

    init(_ name: CommandName, arguments: String = "", options: [OptionSpec] = [], synopsis: [String]? = nil,
         summary: Phrase, access: CommandAccess = .readers, severalLibraries: @escaping @Sendable (Command) -> Bool = { _ in false },
         build: @escaping Builder, run: @escaping Handler) {
        self.name = name
        self.arguments = arguments
        self.options = options
        self.writtenSynopsis = synopsis
        self.summary = summary
        self.access = access
        self.takesSeveralLibraries = severalLibraries
        self.build = build
        self.run = run
    }

    func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// The synopsis lines in `language`: written, else made from the arguments and options.
    func synopsis(_ language: Language) -> [String] {
        if let writtenSynopsis { return writtenSynopsis.map { Placeholders.shown($0, language) } }
        let words = ["bibplan [OPTIONS]", name.rawValue, arguments].filter { !$0.isEmpty }.map { Placeholders.shown($0, language) }
        return [(words + options.map { "[\($0.label(language))]" }).joined(separator: " ")]
    }
}

/// Who may run a command (see access.json): staff run everything.
enum CommandAccess: Sendable {
    /// Staff, viewers and volunteers (a volunteer sees only their own shifts).
    case everyone
    /// Staff and viewers: the command changes nothing.
    case readers
    /// Staff only: the command changes the data or sends something.
    case staff

    func allows(_ role: AccessRole) -> Bool {
        switch (self, role) {
        case (_, .staff), (.everyone, _), (.readers, .viewer): return true
        case (.readers, .volunteer), (.staff, _): return false
        }
    }
}

/// One option of a command: its name, the kind of value it takes, and its help row.
struct OptionSpec: Sendable {
    let name: String
    let kind: OptionKind
    /// What follows the name in the synopsis and help (`DATE`, `N`, `md|html|json`), English placeholders.
    let value: String?
    /// The value in Danish where `Placeholders` cannot say it (`ours|theirs STI`: PATH is git's word elsewhere).
    let danishValue: String?
    let help: Phrase

    init(_ name: String, _ kind: OptionKind, value: String? = nil, danishValue: String? = nil, help: Phrase) {
        self.name = name
        self.kind = kind
        self.value = value
        self.danishValue = danishValue
        self.help = help
    }

    /// `--from DATE` (`--from DATO`), `--json`.
    func label(_ language: Language) -> String {
        guard let value else { return name }
        if language == .danish, let danishValue { return name + " " + danishValue }
        return name + " " + Placeholders.shown(value, language)
    }
}

/// The kind of value an option takes, and so how it is read and checked.
enum OptionKind: Equatable, Sendable {
    /// No value (`--json`); `--json=yes` is an error.
    case flag
    /// Any text that is not empty (`--volunteer`, `-o`).
    case text
    /// A day; `typed`: also as typed in the forms (`1/12`, `i morgen`, `mandag`).
    case day(typed: Bool)
    /// A whole number, digits only, within the range.
    case number(ClosedRange<Int>)
    /// One of the words.
    case choice([String])
    /// One theme, named in either language (`Theme.matching`).
    case theme
    /// A CSV delimiter: one character, or `tab`.
    case delimiter
    /// A library id (`generate --id`): the library the command makes, in place of `--library`.
    case libraryID
}

/// A text in Danish and English.
struct Phrase: Sendable {
    let danish: String
    let english: String

    init(_ danish: String, _ english: String) {
        self.danish = danish
        self.english = english
    }

    func callAsFunction(_ language: Language) -> String {
        language.pick(danish, english)
    }
}

/// The placeholders of synopses and help rows, written in English and shown in the user's language.
enum Placeholders {
    static let danish = ["OPTIONS": "TILVALG", "DATE": "DATO", "FILE": "FIL", "THEME": "TEMA", "TEXT": "TEKST",
                         "COMMAND": "KOMMANDO", "DIR": "MAPPE", "YYYY-MM-DD": "ÅÅÅÅ-MM-DD"]

    /// `text` with each placeholder (a run of capitals and `-`) in `language`.
    static func shown(_ text: String, _ language: Language) -> String {
        guard language == .danish else { return text }
        var result = "", run = ""
        func flush() {
            result += danish[run] ?? run
            run = ""
        }
        for character in text {
            if character == "-" || (character.isASCII && character.isUppercase) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
