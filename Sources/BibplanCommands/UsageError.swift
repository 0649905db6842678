import BibplanCore

/// Bad usage (exit status 2): what was wrong, naming the argument, and the command
/// it was given to, so the usage line of that command can follow the message.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case unknownCommand(String)
        case unknownOption(String)
        case missingValue(option: String)
        case unwantedValue(option: String)
        case unexpectedArgument(String)
        case notANumber(option: String, value: String, range: ClosedRange<Int>)
        case notADate(option: String, value: String)
        case notALanguage(String)
        case notALibraryID(String)
        case severalLibraries(directory: String, ids: [String])
        case noSuchLibrary(id: String, directory: String, ids: [String])
        /// `--library a,b` for a command that works on one library.
        case oneLibraryOnly(ids: [String])
        case noSuchVolunteer(id: String, library: String)
        /// `--volunteer` part of a name that fits several: `v1 Birthe Søgaard`, one a line.
        case ambiguousVolunteer(name: String, matches: [String])
        case noSuchInitiative(id: String, library: String)
        case notAChoice(option: String, value: String, choices: [String])
        case missingArgument(String)
        case backwardsPeriod(from: Day, to: Day)
        /// A period longer than a listing takes (the limit of `agenda --days`).
        case periodTooLong(from: Day, to: Day, limit: Int)
        case noInteractiveProgram
        /// Two options that do not go together (`history --prune-before` lists nothing).
        case exclusiveOptions(String, String)
    }

    public var reason: Reason
    /// The command the argument was given to; nil for the program as a whole.
    public var command: CommandName?

    public init(_ reason: Reason, command: CommandName? = nil) {
        self.reason = reason
        self.command = command
    }

    /// The message in English.
    public var message: String { message(.english) }
    public var description: String { message }

    public func message(_ language: Language) -> String {
        let da = language == .danish
        switch reason {
        case .unknownCommand(let word):
            return da ? "ukendt kommando \"\(word)\"" : "unknown command \"\(word)\""
        case .unknownOption(let option):
            guard let command else { return da ? "ukendt tilvalg \(option)" : "unknown option \(option)" }
            return da ? "ukendt tilvalg \(option) til \(command.rawValue)" : "unknown option \(option) for \(command.rawValue)"
        case .missingValue(let option):
            return da ? "\(option) mangler en værdi" : "\(option) needs a value"
        case .unwantedValue(let option):
            return da ? "\(option) tager ingen værdi" : "\(option) takes no value"
        case .unexpectedArgument(let word):
            let target = command.map { da ? " til \($0.rawValue)" : " for \($0.rawValue)" } ?? ""
            return da ? "uventet argument \"\(word)\"\(target)" : "unexpected argument \"\(word)\"\(target)"
        case .notANumber(let option, let value, let range):
            return da ? "\(option) skal være et tal fra \(range.lowerBound) til \(range.upperBound), fik \"\(value)\""
                : "\(option) needs a number from \(range.lowerBound) to \(range.upperBound), got \"\(value)\""
        case .notADate(let option, let value) where option == "--today":
            return da ? "\(option): \"\(value)\" er ikke en dato (ÅÅÅÅ-MM-DD)" : "\(option): \"\(value)\" is not a date (YYYY-MM-DD)"
        case .notADate(let option, let value):
            return da ? "\(option): \"\(value)\" er ikke en dato (fx 2026-12-01, 1/12, 1.12.2026, 1. december, i dag, i morgen, mandag)"
                : "\(option): \"\(value)\" is not a date (e.g. 2026-12-01, 1/12, 1.12.2026, 1 December, today, tomorrow, Monday)"
        case .notALanguage(let value):
            return da ? "--lang skal være da eller en, fik \"\(value)\"" : "--lang needs da or en, got \"\(value)\""
        case .notALibraryID(let value):
            return da ? "--library: \"\(value)\" er ikke et biblioteks-id (små bogstaver, cifre og '-')"
                : "--library: \"\(value)\" is not a library id (lowercase letters, digits and '-')"
        case .severalLibraries(let directory, let ids):
            let list = ids.joined(separator: ", ")
            return da ? "flere biblioteker i \(directory) (\(list)): vælg et med --library"
                : "several libraries in \(directory) (\(list)): choose one with --library"
        case .noSuchLibrary(let id, let directory, let ids):
            let list = ids.isEmpty ? (da ? "ingen" : "none") : ids.joined(separator: ", ")
            return da ? "intet bibliotek \"\(id)\" i \(directory) (der er: \(list))"
                : "no library \"\(id)\" in \(directory) (there are: \(list))"
        case .oneLibraryOnly(let ids):
            let what: String
            switch command {
            case .exportData?: what = da ? "export csv og export ics --initiative tager ét bibliotek" : "export csv and export ics --initiative work on one library"
            case let command?: what = da ? "\(command.rawValue) tager ét bibliotek" : "\(command.rawValue) works on one library"
            case nil: what = da ? "fuldskærmsprogrammet tager ét bibliotek" : "the full-screen program works on one library"
            }
            let list = ids.joined(separator: ", ")
            return da ? "--library: \(what), fik \(ids.count) (\(list))" : "--library: \(what), got \(ids.count) (\(list))"
        case .noSuchVolunteer(let id, let library):
            return da ? "--volunteer: ingen frivillig med id eller navn \"\(id)\" i \(library)"
                : "--volunteer: no volunteer with id or name \"\(id)\" in \(library)"
        case .ambiguousVolunteer(let name, let matches):
            return (da ? "--volunteer: \"\(name)\" passer på flere frivillige; giv id eller mere af navnet:"
                : "--volunteer: \"\(name)\" matches several volunteers; give the id or more of the name:")
                + matches.map { "\n  " + $0 }.joined()
        case .noSuchInitiative(let id, let library):
            return da ? "--initiative: intet initiativ med id \"\(id)\" i \(library)"
                : "--initiative: no initiative with id \"\(id)\" in \(library)"
        case .notAChoice(let option, let value, let choices):
            let list = choices.joined(separator: ", ")
            return da ? "\(option): \"\(value)\" er ikke en af \(list)" : "\(option): \"\(value)\" is not one of \(list)"
        case .missingArgument(let what):
            let target = command.map { " (\($0.rawValue))" } ?? ""
            return da ? "mangler \(what)\(target)" : "missing \(what)\(target)"
        case .backwardsPeriod(let from, let to):
            return da ? "--to \(to.iso) er før --from \(from.iso)" : "--to \(to.iso) is before --from \(from.iso)"
        case .periodTooLong(let from, let to, let limit):
            let days = to.ordinal - from.ordinal + 1
            let like = command == .report ? "" : da ? " (som agenda --days)" : " (as agenda --days)"
            return da ? "--from \(from.iso) --to \(to.iso) er \(days) dage; højst \(limit) ad gangen\(like)"
                : "--from \(from.iso) --to \(to.iso) is \(days) days; at most \(limit) at a time\(like)"
        case .noInteractiveProgram:
            return da ? "fuldskærmsprogrammet er ikke med her; se bibplan help"
                : "the full-screen program is not available here; see bibplan help"
        case .exclusiveOptions(let first, let second):
            return da ? "\(first) kan ikke bruges sammen med \(second)" : "\(first) cannot be used with \(second)"
        }
    }
}
