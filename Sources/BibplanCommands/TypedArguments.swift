import BibplanCore

/// Arguments typed as people type them in the forms: dates (`--from 1/12`, `1. december`,
/// `i morgen`, `mandag`) and a volunteer by name or a part of it (`roster --volunteer birthe`).
extension CommandLineParser {
    /// The options whose value is a day the person types; `--today` pins the date and stays ISO.
    static let typedDateOptions: Set<String> = Set(optionKinds.filter { $0.value == .day(typed: true) }.keys)

    /// `--from`/`--to` values in any form `Day(typed:)` reads, rewritten as ISO dates, from
    /// `--today` if given (and ISO) else `today`; without either only ISO dates are read.
    static func resolvingTypedDates(_ tokens: [Token], today: Day?) -> [Token] {
        let pinned = tokens.lazy.compactMap { token -> Day? in
            guard case .option("--today", let value?) = token else { return nil }
            return Day(iso: value)
        }.last
        guard let reference = pinned ?? today else { return tokens }
        return tokens.map { token in
            guard case .option(let name, let value?) = token, typedDateOptions.contains(name), Day(iso: value) == nil,
                  let day = Day(typed: value, today: reference) else { return token }
            return .option(name, day.iso)
        }
    }
}

extension CommandRunner {
    /// The volunteer `--volunteer` names: an id, else a name or a part of one (case and
    /// accents as written are ignored in the comparison); several fit: exit status 2 listing them.
    static func volunteer(_ wanted: String, in index: LibraryIndex) throws(CommandFailure) -> Volunteer {
        if let volunteer = index.volunteer(wanted) { return volunteer }
        let key = searchKey(wanted)
        let volunteers = index.library.volunteers
        let exact = volunteers.filter { searchKey($0.name) == key }
        let matches = exact.isEmpty ? volunteers.filter { searchKey($0.name).contains(key) } : exact
        guard !key.isEmpty, let first = matches.first else {
            throw .usage(UsageError(.noSuchVolunteer(id: wanted, library: index.library.id), command: .roster))
        }
        guard matches.count == 1 else {
            let listed = matches.map { SafeText.line($0.id + " " + $0.name) }
            throw .usage(UsageError(.ambiguousVolunteer(name: SafeText.line(wanted), matches: listed), command: .roster))
        }
        return first
    }

    private static func searchKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }
}
