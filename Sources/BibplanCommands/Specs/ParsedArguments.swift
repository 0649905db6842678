import BibplanCore

/// A value of an option, read and checked according to its `OptionKind`.
enum OptionValue: Equatable, Sendable {
    case given
    case text(String)
    case day(Day)
    case number(Int)
    case theme(Theme)
    case character(Character)
}

/// What a command was given, its options already checked one by one: what its builder reads.
struct ParsedArguments {
    let command: CommandName
    /// The words after the command's name.
    let words: [String]
    /// By option name; where an option is given twice, the last counts.
    var values: [String: OptionValue] = [:]

    func flag(_ name: String) -> Bool { values[name] != nil }

    func text(_ name: String) -> String? {
        guard case .text(let text)? = values[name] else { return nil }
        return text
    }

    func day(_ name: String) -> Day? {
        guard case .day(let day)? = values[name] else { return nil }
        return day
    }

    func number(_ name: String) -> Int? {
        guard case .number(let number)? = values[name] else { return nil }
        return number
    }

    func theme(_ name: String) -> Theme? {
        guard case .theme(let theme)? = values[name] else { return nil }
        return theme
    }

    func character(_ name: String) -> Character? {
        guard case .character(let character)? = values[name] else { return nil }
        return character
    }

    /// The value of an option of kind `.choice` as the enumeration it names.
    func choice<T: RawRepresentable>(_ name: String, as type: T.Type) -> T? where T.RawValue == String {
        text(name).flatMap(T.init(rawValue:))
    }

    /// For a command that takes no words: the first one is an error.
    func noWords() throws(UsageError) {
        if let word = words.first { throw UsageError(.unexpectedArgument(word), command: command) }
    }
}

extension OptionKind {
    /// Reads `value` given to the option `name` of `command`, or says what is wrong with it.
    func read(_ value: String, option name: String, command: CommandName?) throws(UsageError) -> OptionValue {
        switch self {
        case .flag:
            return .given
        case .text:
            return .text(value)
        case .day:
            guard let day = Day(iso: value) else { throw UsageError(.notADate(option: name, value: value), command: command) }
            return .day(day)
        case .number(let range):
            guard value.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int(value), range.contains(number) else {
                throw UsageError(.notANumber(option: name, value: value, range: range), command: command)
            }
            return .number(number)
        case .choice(let words):
            guard words.contains(value) else { throw UsageError(.notAChoice(option: name, value: value, choices: words), command: command) }
            return .text(value)
        case .theme:
            let found = Theme.matching(value)
            guard found.count == 1, let theme = found.first else {
                let choices = (found.isEmpty ? Theme.allCases : found).map(\.rawValue)
                throw UsageError(.notAChoice(option: name, value: value, choices: choices), command: command)
            }
            return .theme(theme)
        case .delimiter:
            if value == "tab" || value == "\\t" { return .character("\t") }
            guard value.count == 1, let character = value.first, !"\"\r\n".contains(character), !character.isLetter,
                  !character.isNumber else {
                throw UsageError(.notAChoice(option: name, value: value, choices: [",", ";", "|", "tab"]), command: command)
            }
            return .character(character)
        case .libraryID:
            guard LibraryID.isValid(value) else { throw UsageError(.notALibraryID(value), command: command) }
            return .text(value)
        }
    }
}
