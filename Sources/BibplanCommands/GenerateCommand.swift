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
}

extension CommandSpec {
    static let generate = CommandSpec(
        .generate, options: generateOptions,
        summary: Phrase("Laver et stort, realistisk bibliotek til demonstrationer og målinger (det samme for det samme --seed).",
                        "Makes a large, realistic library for demos and benchmarks (the same for the same --seed)."),
        access: .staff,
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            var request = GenerateRequest(output: parsed.text("-o"), ics: parsed.text("--ics"))
            let counts: [(String, WritableKeyPath<LibraryGenerator.Options, Int>)] = [
                ("--years", \.years), ("--series", \.series), ("--events", \.events), ("--volunteers", \.volunteers),
                ("--shifts", \.shifts), ("--goals", \.goals), ("--initiatives", \.initiatives)]
            for (name, field) in counts { if let number = parsed.number(name) { request.options[keyPath: field] = number } }
            if let seed = parsed.number("--seed") { request.options.seed = UInt64(seed) }
            return .generate(request)
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .generate(let request) = invocation.command else { return .badUsage }
            return try runner.generate(request, invocation, language)
        })

    /// `--id` names the library as `--library` does (the parser sets it); the rest go into the request.
    private static var generateOptions: [OptionSpec] {
        let defaults = LibraryGenerator.Options()
        func count(_ name: String, _ range: ClosedRange<Int>, _ danish: String, _ english: String) -> OptionSpec {
            OptionSpec(name, .number(range), value: "N", help: Phrase(danish, english))
        }
        return [
            count("--seed", 0...Int.max, "frø til tilfældighederne (standard \(defaults.seed))", "random seed (default \(defaults.seed))"),
            count("--years", 1...100, "år fra \(defaults.startYear) (standard \(defaults.years))",
                  "years from \(defaults.startYear) (default \(defaults.years))"),
            count("--series", 0...100_000, "tilbagevendende serier (standard \(defaults.series))",
                  "recurring series (default \(defaults.series))"),
            count("--events", 0...1_000_000, "enkeltstående arrangementer (standard \(defaults.events))",
                  "one-off events (default \(defaults.events))"),
            count("--volunteers", 0...1_000_000, "frivillige (standard \(defaults.volunteers))", "volunteers (default \(defaults.volunteers))"),
            count("--shifts", 0...10_000_000, "vagter (standard \(defaults.shifts))", "shifts (default \(defaults.shifts))"),
            count("--goals", 0...100_000, "mål (standard \(defaults.goals))", "goals (default \(defaults.goals))"),
            count("--initiatives", 0...100_000, "initiativer (standard \(defaults.initiatives))",
                  "initiatives (default \(defaults.initiatives))"),
            OptionSpec("--id", .libraryID, value: "ID", help: Phrase("bibliotekets id (standard \(GenerateRequest.defaultID))",
                                                                     "the library id (default \(GenerateRequest.defaultID))")),
            OptionSpec("-o", .text, value: "FILE", help: Phrase("skriv JSON her (- er standard-output) i stedet for i datamappen",
                                                                "write the JSON here (- is standard output) instead of into the data directory")),
            OptionSpec("--ics", .text, value: "FILE", help: Phrase("skriv også arrangementerne som iCalendar (RFC 5545)",
                                                                   "also write the events as iCalendar (RFC 5545)")),
        ]
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
