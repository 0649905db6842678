import BibplanCore

/// `export`, `import` and `report`: data in and out of a library.
extension CommandRunner {
    func export(_ request: ExportRequest, _ invocation: Invocation, today: Day, _ language: Language) throws(CommandFailure) -> ExitStatus {
        guard case .csv(let table) = request.format else {
            let bytes = try calendarFile(request, invocation, today: today, language)
            let count = eventCount(in: bytes)
            try deliver(bytes, to: request.output, saying: language.pick("\(count) arrangementer (iCalendar)", "\(count) events (iCalendar)"),
                        invocation, language)
            return .ok
        }
        let index = try loadLibrary(invocation, command: .exportData, language)
        let path = request.output.flatMap { $0 == "-" ? nil : $0 }
        let file: ExchangeFile.Writer?
        do throws(ExchangeFile.Failure) {
            file = try path.map { path throws(ExchangeFile.Failure) in
                try ExchangeFile.Writer(path: path, privacy: table == .volunteers ? .ownerOnly : .shared,
                                        dataDirectory: DataDirectory.resolve(flag: invocation.dataDirectory, environment: environment))
            }
        } catch {
            throw .badData([LibraryProblem(file: error.path, path: "", message: error.reason)])
        }
        let stream = CSVExportStream(delimiter: request.delimiter, file: file, output: output)
        try csvRows(table, request, index, today: today, language, row: stream.row)
        do throws(ExchangeFile.Failure) { try stream.finish() } catch {
            throw .badData([LibraryProblem(file: error.path, path: "", message: error.reason)])
        }
        if let path {
            output.write("bibplan: " + language.pick("skrev \(path): \(stream.rows) rækker (CSV)", "wrote \(path): \(stream.rows) rows (CSV)") + "\n")
        }
        return .ok
    }

    /// `export ics`: one library's events, or several libraries' in one calendar (`--library a,b`).
    private func calendarFile(_ request: ExportRequest, _ invocation: Invocation, today: Day,
                              _ language: Language) throws(CommandFailure) -> [UInt8] {
        let indexes = invocation.libraryIDs.count > 1 ? try loadLibraries(invocation, command: .exportData, language)
            : [try loadLibrary(invocation, command: .exportData, language)]
        if let id = request.initiative, let index = indexes.first, index.initiative(id) == nil {
            throw .usage(UsageError(.noSuchInitiative(id: id, library: index.library.id), command: .exportData))
        }
        let options = ICSWriter.Options(from: request.from, to: request.to, initiative: request.initiative,
                                        stamp: LocalDateTime(day: today, minutes: 0))
        return ICSWriter.encode(indexes.map(\.library), options: options)
    }

    /// The number of VEVENTs written.
    private func eventCount(in bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\nBEGIN:VEVENT\r\n").count - 1
    }

    /// The table's rows, each given to `row` (which returns false to stop).
    private func csvRows(_ table: ExportRequest.CSVTable, _ request: ExportRequest, _ index: LibraryIndex, today: Day,
                         _ language: Language, row: ([String]) -> Bool) throws(CommandFailure) {
        let decimalComma = request.delimiter == ";"
        let rows: [[String]]
        switch table {
        case .roster:
            let from = request.from ?? today
            return CSVTables.roster(index, range: try listedPeriod(from, request.to ?? from.adding(days: 27)), language, row: row)
        case .volunteers:
            rows = CSVTables.volunteers(index, language)
        case .hours:
            let from = request.from ?? Day(year: today.year, month: 1, day: 1) ?? today
            let range = DayRange(from, request.to ?? Day(year: from.year, month: 12, day: 31) ?? from)
            rows = request.grouping == .group ? CSVTables.hoursPerGroup(index, range: range, decimalComma: decimalComma, language)
                : CSVTables.hoursPerVolunteer(index, range: range, decimalComma: decimalComma, language)
        }
        for fields in rows where !row(fields) { return }
    }

    /// A follow-up covers at most a century: any plan, in well under a second.
    static let longestReport = 36_525

    /// A period whose every occurrence is listed: forwards, and no longer than `agenda --days` allows.
    private func listedPeriod(_ from: Day, _ to: Day) throws(CommandFailure) -> DayRange {
        guard from <= to else { throw .usage(UsageError(.backwardsPeriod(from: from, to: to), command: .exportData)) }
        let limit = CommandLineParser.dayRange.upperBound
        guard to.ordinal - from.ordinal < limit else {
            throw .usage(UsageError(.periodTooLong(from: from, to: to, limit: limit), command: .exportData))
        }
        return DayRange(from, to)
    }

    func report(_ request: ReportRequest, _ invocation: Invocation, today: Day, _ language: Language) throws(CommandFailure) -> ExitStatus {
        if request.landscape { return try reportLandscape(request, invocation, today: today, language) }
        if request.all || invocation.libraryIDs.count > 1 { return try reportAcross(request, invocation, today: today, language) }
        let report = try followUp(try loadLibrary(invocation, command: .report, language), request, today: today)
        let text: String
        switch request.format {
        case .md: text = report.markdown(language)
        case .html: text = report.html(language)
        case .json: text = ReportJSON.json(report)
        }
        try deliver(Array(text.utf8), to: request.output, saying: language.pick("opfølgning på \(report.goals.count) mål",
                                                                                 "follow-up of \(report.goals.count) goals"), invocation, language)
        return .ok
    }

    /// `report --all` (or `--library a,b`): every chosen library's follow-up side by side.
    private func reportAcross(_ request: ReportRequest, _ invocation: Invocation, today: Day, _ language: Language) throws(CommandFailure) -> ExitStatus {
        var reports: [FollowUpReport] = []
        for index in try loadLibraries(invocation, command: .report, language) {
            reports.append(try followUp(index, request, today: today))
        }
        let across = FollowUpAcross(reports: reports, made: today)
        let text: String
        switch request.format {
        case .md: text = across.markdown(language)
        case .html: text = across.html(language)
        case .json: text = ReportJSON.json(across)
        }
        let goals = reports.reduce(0) { $0 + $1.goals.count }
        try deliver(Array(text.utf8), to: request.output, saying: language.pick("opfølgning på \(goals) mål i \(reports.count) biblioteker",
                                                                                 "follow-up of \(goals) goals in \(reports.count) libraries"), invocation, language)
        return .ok
    }

    /// `report --landscape [--theme]`: one theme across every library (or those `--library` names).
    private func reportLandscape(_ request: ReportRequest, _ invocation: Invocation, today: Day, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let overview = try loadOverview(invocation, command: .report, today: today, language)
        let report = LandscapeReport(overview: overview, theme: request.theme ?? .digitalisation)
        let text: String
        switch request.format {
        case .md: text = report.markdown(language)
        case .html: text = report.html(language)
        case .json: text = ThemeJSON.json(report.view, overview)
        }
        try deliver(Array(text.utf8), to: request.output, saying: report.title(language).lowercased(), invocation, language)
        return .ok
    }

    /// One library's follow-up for `--from`/`--to`, else for its plan's period.
    private func followUp(_ index: LibraryIndex, _ request: ReportRequest, today: Day) throws(CommandFailure) -> FollowUpReport {
        let plan = FollowUpReport.defaultPeriod(index.library, today: today)
        let period = DayRange(request.from ?? plan.first, request.to ?? plan.last)
        guard period.first <= period.last else {
            throw .usage(UsageError(.backwardsPeriod(from: period.first, to: period.last), command: .report))
        }
        // The work grows with the days of the period (a plan's file may say 0001–9999 too).
        guard period.last.ordinal - period.first.ordinal < Self.longestReport else {
            throw .usage(UsageError(.periodTooLong(from: period.first, to: period.last, limit: Self.longestReport), command: .report))
        }
        return FollowUpReport(index: index, period: period, made: today)
    }

    /// Writes to standard output, or to the file and says so.
    private func deliver(_ bytes: [UInt8], to path: String?, saying what: String, _ invocation: Invocation,
                         _ language: Language) throws(CommandFailure) {
        guard let path, path != "-" else {
            output.write(String(decoding: bytes, as: UTF8.self))
            return
        }
        try write(bytes, to: path, invocation)
        output.write("bibplan: " + language.pick("skrev \(path): ", "wrote \(path): ") + what + "\n")
    }

    // MARK: import

    func importICS(_ request: ImportRequest, _ invocation: Invocation, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let store = try openStore(invocation, language)
        let (chosen, all) = try chooseLibrary(invocation.libraryID, in: store, command: .importData, language)
        guard let id = chosen else { throw .usage(UsageError(.severalLibraries(directory: store.path, ids: all), command: .importData)) }
        let loaded: LoadedLibrary
        let bytes: [UInt8]
        do throws(StoreError) { loaded = try store.load(id) } catch { throw .badData(error.problems) }
        do throws(ExchangeFile.Failure) { bytes = try ExchangeFile.read(request.file) } catch {
            throw .badData([LibraryProblem(file: error.path, path: "", message: error.reason)])
        }
        let fileName = request.file == "-" ? language.pick("(standard-input)", "(standard input)") : request.file
        let read: ICSImport
        do throws(ICSProblems) {
            read = try ICSImport.read(bytes, file: fileName, library: loaded.library, strict: request.strict,
                                      untitled: language.pick("(uden titel)", "(untitled)"))
        } catch {
            return refuse(error.problems.map(\.description), language)
        }
        let (after, changes, notices) = read.apply(to: loaded.library)
        let problems = LibraryValidator.problems(in: after, file: LibraryStore.fileName(id))
        guard problems.isEmpty else { return refuse(problems.map(\.description), language) }
        let changing = changes.contains { $0.kind != .unchanged }
        if changing, !request.dryRun {
            // Applied again, under the lock, to the file as it is then: what another session saved
            // after it was read here stays.
            do throws(StoreError) {
                let commit = try store.commit(id, known: loaded) { found in (read.apply(to: found.library).0, ()) }
                if let failure = commit.historyFailure { errors.write("bibplan: " + failure.description + "\n") }
            } catch { throw .badData(error.problems) }
        }
        let outcome = ImportOutcome(library: id, file: fileName, dryRun: request.dryRun, saved: changing && !request.dryRun,
                                    changes: changes, notices: read.notices + notices, warnings: read.warnings,
                                    skipped: read.skipped, skippedEvents: read.skippedEvents)
        if !request.json {
            errors.write((read.warnings + read.skipped).sorted { $0.line < $1.line }.map { SafeText.line($0.description) + "\n" }.joined())
        }
        output.write(request.json ? outcome.json() : outcome.text(language))
        return .ok
    }

    /// Nothing imported: every problem, then one line saying the library is unchanged.
    private func refuse(_ problems: [String], _ language: Language) -> ExitStatus {
        errors.write(problems.map { SafeText.line($0) + "\n" }.joined())
        errors.write(language.pick("bibplan: intet importeret; biblioteket er uændret\n", "bibplan: nothing imported; the library is unchanged\n"))
        return .badData
    }
}
