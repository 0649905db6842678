import BibplanCore

/// `export`, `import` and `report`: data in and out of a library.
extension CommandRunner {
    func export(_ request: ExportRequest, _ invocation: Invocation, today: Day, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let bytes: [UInt8]
        let what: String
        switch request.format {
        case .ics:
            bytes = try calendarFile(request, invocation, today: today, language)
            let count = eventCount(in: bytes)
            what = language.pick("\(count) arrangementer (iCalendar)", "\(count) events (iCalendar)")
        case .csv(let table):
            let index = try loadLibrary(invocation, command: .exportData, language)
            let rows = csvRows(table, request, index, today: today, language)
            var writer = CSVWriter(delimiter: request.delimiter)
            writer.rows(rows)
            bytes = Array(writer.text.utf8)
            what = language.pick("\(rows.count - 1) rækker (CSV)", "\(rows.count - 1) rows (CSV)")
        }
        try deliver(bytes, to: request.output, saying: what, language)
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

    private func csvRows(_ table: ExportRequest.CSVTable, _ request: ExportRequest, _ index: LibraryIndex, today: Day,
                         _ language: Language) -> [[String]] {
        let decimalComma = request.delimiter == ";"
        switch table {
        case .roster:
            let from = request.from ?? today
            return CSVTables.roster(index, range: DayRange(from, request.to ?? from.adding(days: 27)), language)
        case .volunteers:
            return CSVTables.volunteers(index, language)
        case .hours:
            let from = request.from ?? Day(year: today.year, month: 1, day: 1) ?? today
            let range = DayRange(from, request.to ?? Day(year: from.year, month: 12, day: 31) ?? from)
            return request.grouping == .group ? CSVTables.hoursPerGroup(index, range: range, decimalComma: decimalComma, language)
                : CSVTables.hoursPerVolunteer(index, range: range, decimalComma: decimalComma, language)
        }
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
                                                                                 "follow-up of \(report.goals.count) goals"), language)
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
                                                                                 "follow-up of \(goals) goals in \(reports.count) libraries"), language)
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
        try deliver(Array(text.utf8), to: request.output, saying: report.title(language).lowercased(), language)
        return .ok
    }

    /// One library's follow-up for `--from`/`--to`, else for its plan's period.
    private func followUp(_ index: LibraryIndex, _ request: ReportRequest, today: Day) throws(CommandFailure) -> FollowUpReport {
        let plan = FollowUpReport.defaultPeriod(index.library, today: today)
        let period = DayRange(request.from ?? plan.first, request.to ?? plan.last)
        guard period.first <= period.last else {
            throw .usage(UsageError(.backwardsPeriod(from: period.first, to: period.last), command: .report))
        }
        return FollowUpReport(index: index, period: period, made: today)
    }

    /// Writes to standard output, or to the file and says so.
    private func deliver(_ bytes: [UInt8], to path: String?, saying what: String, _ language: Language) throws(CommandFailure) {
        guard let path, path != "-" else {
            output.write(String(decoding: bytes, as: UTF8.self))
            return
        }
        try write(bytes, to: path)
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
            read = try ICSImport.read(bytes, file: fileName, library: loaded.library)
        } catch {
            return refuse(error.problems.map(\.description), language)
        }
        let (after, changes, notices) = read.apply(to: loaded.library)
        let problems = LibraryValidator.problems(in: after, file: LibraryStore.fileName(id))
        guard problems.isEmpty else { return refuse(problems.map(\.description), language) }
        let changing = changes.contains { $0.kind != .unchanged }
        if changing, !request.dryRun {
            do throws(StoreError) { try store.save(after, over: loaded.fingerprint) } catch { throw .badData(error.problems) }
        }
        let outcome = ImportOutcome(library: id, file: fileName, dryRun: request.dryRun, saved: changing && !request.dryRun,
                                    changes: changes, notices: read.notices + notices)
        output.write(request.json ? outcome.json() : outcome.text(language))
        return .ok
    }

    /// Nothing imported: every problem, then one line saying the library is unchanged.
    private func refuse(_ problems: [String], _ language: Language) -> ExitStatus {
        errors.write(problems.map { PlainText.clean($0) + "\n" }.joined())
        errors.write(language.pick("bibplan: intet importeret; biblioteket er uændret\n", "bibplan: nothing imported; the library is unchanged\n"))
        return .badData
    }
}
