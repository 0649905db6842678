import BibplanCore

/// `bibplan generate`: what to make and where to write it.
public struct GenerateRequest: Equatable, Sendable {
    /// The generator's options; the id comes from `--id` (or `--library`), default `stor`.
    public var options: LibraryGenerator.Options
    /// `-o FILE`: the library JSON goes there (`-`: standard output) instead of into the data directory.
    public var output: String?
    /// `--ics FILE`: the events as iCalendar as well (`-`: standard output).
    public var ics: String?

    public static let defaultID = "stor"

    public init(options: LibraryGenerator.Options = LibraryGenerator.Options(), output: String? = nil, ics: String? = nil) {
        self.options = options
        self.output = output
        self.ics = ics
    }

    /// The help lines of the command's options.
    static func optionHelp(_ language: Language) -> [(String, String)] {
        let defaults = LibraryGenerator.Options()
        let file = language.pick("FIL", "FILE")
        return [
            ("--seed N", language.pick("frø til tilfældighederne (standard \(defaults.seed))", "random seed (default \(defaults.seed))")),
            ("--years N", language.pick("år fra \(defaults.startYear) (standard \(defaults.years))", "years from \(defaults.startYear) (default \(defaults.years))")),
            ("--series N", language.pick("tilbagevendende serier (standard \(defaults.series))", "recurring series (default \(defaults.series))")),
            ("--events N", language.pick("enkeltstående arrangementer (standard \(defaults.events))", "one-off events (default \(defaults.events))")),
            ("--volunteers N", language.pick("frivillige (standard \(defaults.volunteers))", "volunteers (default \(defaults.volunteers))")),
            ("--shifts N", language.pick("vagter (standard \(defaults.shifts))", "shifts (default \(defaults.shifts))")),
            ("--goals N", language.pick("mål (standard \(defaults.goals))", "goals (default \(defaults.goals))")),
            ("--initiatives N", language.pick("initiativer (standard \(defaults.initiatives))", "initiatives (default \(defaults.initiatives))")),
            ("--id ID", language.pick("bibliotekets id (standard \(defaultID))", "the library id (default \(defaultID))")),
            ("-o " + file, language.pick("skriv JSON her (- er standard-output) i stedet for i datamappen",
                                         "write the JSON here (- is standard output) instead of into the data directory")),
            ("--ics " + file, language.pick("skriv også arrangementerne som iCalendar (RFC 5545)",
                                            "also write the events as iCalendar (RFC 5545)")),
        ]
    }
}

extension CommandLineParser {
    /// The options of `generate`, all with a value.
    static let generateValueOptions: Set<String> = ["--seed", "--years", "--series", "--events", "--volunteers", "--shifts",
                                                    "--goals", "--initiatives", "--id", "-o", "--ics"]

    static func applyGenerate(_ name: String, _ value: String, command: CommandName?,
                              to invocation: inout Invocation, _ request: inout GenerateRequest) throws(UsageError) {
        func number(_ range: ClosedRange<Int>) throws(UsageError) -> Int {
            guard value.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int(value), range.contains(number) else {
                throw UsageError(.notANumber(option: name, value: value, range: range), command: command)
            }
            return number
        }
        switch name {
        case "--seed": request.options.seed = UInt64(try number(0...Int.max))
        case "--years": request.options.years = try number(1...100)
        case "--series": request.options.series = try number(0...100_000)
        case "--events": request.options.events = try number(0...1_000_000)
        case "--volunteers": request.options.volunteers = try number(0...1_000_000)
        case "--shifts": request.options.shifts = try number(0...10_000_000)
        case "--goals": request.options.goals = try number(0...100_000)
        case "--initiatives": request.options.initiatives = try number(0...100_000)
        case "--id":
            guard LibraryID.isValid(value) else { throw UsageError(.notALibraryID(value), command: command) }
            invocation.libraryID = value
        case "-o": request.output = value
        default: request.ics = value
        }
    }
}

extension CommandRunner {
    /// Generates the library, writes it (and its iCalendar), and says what was written.
    func generate(_ request: GenerateRequest, _ invocation: Invocation, _ language: Language) throws(CommandFailure) -> ExitStatus {
        var options = request.options
        options.id = invocation.libraryID ?? GenerateRequest.defaultID
        let library = LibraryGenerator.generate(options)
        var report: [String] = []
        if let path = request.output {
            let bytes = LibraryCodec.encode(library)
            try write(bytes, to: path, invocation)
            if path != "-" { report.append(language.pick("skrev \(path)", "wrote \(path)") + " (\(megabytes(bytes.count)))") }
        } else {
            let store = try openStore(invocation, language)
            let name = LibraryStore.fileName(library.id)
            if store.libraryIDs().contains(library.id) {
                throw .badData([LibraryProblem(file: store.path + "/" + name, path: "", message: language.pick(
                    "findes allerede; generate skriver kun nye biblioteker (slet filen eller vælg et andet --id)",
                    "already exists; generate only writes new libraries (remove the file or choose another --id)"))])
            }
            do throws(StoreError) {
                try store.save(library, over: nil)
            } catch {
                throw .badData(error.problems)
            }
            report.append(language.pick("skrev \(store.path)/\(name)", "wrote \(store.path)/\(name)"))
        }
        if let path = request.ics {
            let stamp = LocalDateTime(day: library.plan?.from ?? Day(ordinal: 0), minutes: 0)
            try write(ICSWriter.encode(library, options: ICSWriter.Options(stamp: stamp)), to: path, invocation)
            if path != "-" { report.append(language.pick("skrev \(path) (iCalendar)", "wrote \(path) (iCalendar)")) }
        }
        let plan = LibraryGenerator.planRange(options)
        let occurrences = LibraryIndex(library).occurrences(in: plan).count
        let series = library.events.filter { $0.rrule != nil }.count
        report.append(language.pick(
            "\(library.events.count) arrangementer (\(series) serier, \(library.events.count - series) enkeltstående; \(occurrences) forekomster \(plan.first.year)–\(plan.last.year)), "
                + "\(library.volunteers.count) frivillige, \(library.shifts.count) vagter, \(library.goals.count) mål, \(library.initiatives.count) initiativer",
            "\(library.events.count) events (\(series) series, \(library.events.count - series) one-off; \(occurrences) occurrences \(plan.first.year)–\(plan.last.year)), "
                + "\(library.volunteers.count) volunteers, \(library.shifts.count) shifts, \(library.goals.count) goals, \(library.initiatives.count) initiatives"))
        let text = report.map { "bibplan: " + $0 + "\n" }.joined()
        // Standard output carries the data when a file is `-`; the report then goes to standard error.
        if request.output == "-" || request.ics == "-" { errors.write(text) } else { output.write(text) }
        return .ok
    }

    private func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// Writes a whole file through a temporary name and a rename; `-` is standard output.
    /// Never a file of the data directory.
    func write(_ bytes: [UInt8], to path: String, _ invocation: Invocation) throws(CommandFailure) {
        if path == "-" {
            output.write(String(decoding: bytes, as: UTF8.self))
            return
        }
        do throws(ExchangeFile.Failure) {
            let data = DataDirectory.resolve(flag: invocation.dataDirectory, environment: environment)
            try ExchangeFile.write(bytes, to: path, dataDirectory: data)
        } catch {
            throw .badData([LibraryProblem(file: path, path: "", message: error.reason)])
        }
    }
}
