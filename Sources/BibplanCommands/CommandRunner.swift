import BibplanCore

/// Runs one invocation of `bibplan`: writes the command's output and messages to
/// the sinks it was given, and returns the exit status (see `ExitStatus`).
public struct CommandRunner {
    /// Starts the full-screen program; returns its exit status.
    public typealias InteractiveLauncher = (InteractiveContext) -> Int32

    let environment: [String: String]
    let sampleLibraries: [String: String]
    let realToday: Day
    let output: any OutputSink
    let errors: any OutputSink
    let launchInteractive: InteractiveLauncher?
    /// The account name to resolve access.json for; nil: the real user id's passwd name.
    let account: String?
    /// What the account may do, once `authorize` has decided.
    var access: Access?

    /// - Parameters:
    ///   - environment: the process environment (`BIBPLAN_DATA`, `XDG_DATA_HOME`, `HOME`, `LANG`, …).
    ///   - sampleLibraries: library JSON by id, copied into a data directory created on a first run
    ///     (and `landscape`, the national landscape, written as `landscape.json`).
    ///   - today: the real local date; `--today` overrides it.
    ///   - output, errors: standard output and standard error.
    ///   - interactive: starts the full-screen program when there is no command.
    ///   - account: only for tests; the program always passes nil (the real user id's account).
    public init(environment: [String: String], sampleLibraries: [String: String], today: Day,
                output: any OutputSink, errors: any OutputSink, interactive: InteractiveLauncher? = nil, account: String? = nil) {
        self.account = account
        self.environment = environment
        self.sampleLibraries = sampleLibraries
        self.realToday = today
        self.output = SanitisedOutput(output)
        self.errors = SanitisedOutput(errors)
        self.launchInteractive = interactive
    }

    /// Parses the arguments (without the program name) and runs them.
    public func run(arguments: [String]) -> Int32 {
        do throws(UsageError) {
            return run(try CommandLineParser.parse(arguments, today: realToday))
        } catch {
            let language = CommandLineParser.requestedLanguage(in: arguments) ?? Language.fromEnvironment(environment)
            return report(.usage(error), language)
        }
    }

    public func run(_ invocation: Invocation) -> Int32 {
        let language = invocation.language ?? Language.fromEnvironment(environment)
        let status = runChecked(invocation, language)
        // A closed pipe (`| head`) is the reader's choice; a full disk is a failure.
        guard let failure = output.failure else { return status }
        errors.write("bibplan: " + language.pick("standard-output kunne ikke skrives: ", "standard output could not be written: ") + failure + "\n")
        return ExitStatus.badData.rawValue
    }

    private func runChecked(_ invocation: Invocation, _ language: Language) -> Int32 {
        do throws(CommandFailure) {
            var gated = self
            let (allowed, access) = try authorize(invocation)
            gated.access = access
            if access.grant.role == .volunteer, allowed.command != .interactive {
                if case .help = allowed.command {} else {
                    return try gated.volunteerCommand(allowed, access: access, today: allowed.today ?? realToday, language)
                }
            }
            return try gated.perform(allowed, language)
        } catch {
            return report(error, language)
        }
    }

    /// Plain text wraps to the terminal's width, or 80 columns when not writing to one.
    private var textWidth: Int { max(output.columns ?? 80, 40) }

    private func perform(_ invocation: Invocation, _ language: Language) throws(CommandFailure) -> Int32 {
        let today = invocation.today ?? realToday
        switch invocation.command {
        case .help(let topic):
            let role = roleForHelp(invocation)
            output.write(PlainText.reflow(UsageText.help(topic, language) { Self.allows(role, $0) }, width: textWidth))
        case .interactive:
            return try startInteractive(invocation, today: today, language)
        case .today(let json):
            output.write(try calendar(invocation, range: DayRange(day: today), json: json, today: today, language))
        case .agenda(let from, let days, let json):
            output.write(try calendar(invocation, range: period(from: from ?? today, days: days), json: json, today: today, language))
        case .goals(let json):
            let index = try loadLibrary(invocation, command: .goals, language)
            output.write(json ? GoalsReport.json(index, today: today)
                : PlainText.reflow(GoalsReport.text(index, language, today: today), width: textWidth))
        case .roster(let volunteerID, let from, let days, let json):
            let index = try loadLibrary(invocation, command: .roster, language)
            let range = period(from: from ?? today, days: days)
            output.write(try roster(index, volunteerID: volunteerID, range: range, json: json, language))
        case .check(let json):
            return try check(invocation, json: json, language).rawValue
        case .overview(let json, let theme):
            let overview = try loadOverview(invocation, command: .overview, today: today, language)
            if let theme {
                let view = ThemeView(overview, theme: theme)
                output.write(json ? ThemeJSON.json(view, overview) : ThemeText.text(view, overview, language))
            } else {
                output.write(json ? OverviewJSON.json(overview) : OverviewText.text(overview, language))
            }
        case .generate(let request):
            return try generate(request, invocation, language).rawValue
        case .restore(let force):
            return try restore(invocation, force: force, language).rawValue
        case .collaboration(let command):
            return try collaborate(command, invocation, language).rawValue
        case .export(let request):
            return try export(request, invocation, today: today, language).rawValue
        case .importICS(let request):
            return try importICS(request, invocation, language).rawValue
        case .report(let request):
            return try report(request, invocation, today: today, language).rawValue
        case .rule(let request):
            return try rule(request, invocation, today: today, language).rawValue
        }
        return ExitStatus.ok.rawValue
    }

    /// `today` (a range of one day) and `agenda`: one library's, or several libraries' in one list.
    private func calendar(_ invocation: Invocation, range: DayRange, json: Bool, today: Day,
                          _ language: Language) throws(CommandFailure) -> String {
        let isToday = invocation.command.name == .today
        let command: CommandName = isToday ? .today : .agenda
        guard invocation.libraryIDs.count > 1 else {
            let index = try loadLibrary(invocation, command: command, language)
            if isToday {
                return json ? CalendarReports.todayJSON(index, day: range.first) : CalendarReports.todayText(index, day: range.first, language)
            }
            return json ? CalendarReports.agendaJSON(index, range: range) : CalendarReports.agendaText(index, range: range, language)
        }
        let overview = Overview(libraries: try loadLibraries(invocation, command: command, language), today: today)
        if isToday {
            return json ? CombinedCalendarReports.todayJSON(overview, day: range.first)
                : CombinedCalendarReports.todayText(overview, day: range.first, language)
        }
        return json ? CombinedCalendarReports.agendaJSON(overview, range: range) : CombinedCalendarReports.agendaText(overview, range: range, language)
    }

    func period(from first: Day, days: Int) -> DayRange {
        DayRange(first, first.adding(days: max(days, 1) - 1))
    }

    private func roster(_ index: LibraryIndex, volunteerID: String?, range: DayRange, json: Bool,
                        _ language: Language) throws(CommandFailure) -> String {
        guard let volunteerID else {
            return json ? RosterReport.json(index, range: range) : RosterReport.text(index, range: range, language)
        }
        let volunteer = try Self.volunteer(volunteerID, in: index)
        return json ? RosterReport.volunteerJSON(index, volunteer: volunteer, range: range)
            : RosterReport.volunteerText(index, volunteer: volunteer, range: range, language)
    }

    /// Puts `<id>.json.bak` back as the library (it must name one with `--library`).
    private func restore(_ invocation: Invocation, force: Bool, _ language: Language) throws(CommandFailure) -> ExitStatus {
        guard let id = invocation.libraryID else { throw .usage(UsageError(.missingValue(option: "--library"), command: .restore)) }
        let store = try openStore(invocation, language)
        do throws(StoreError) {
            let restored = try store.restoreBackup(id, force: force) { errors.write("bibplan: " + $0.description + "\n") }
            output.write(language.pick("\(LibraryStore.fileName(id)): genskabt fra \(LibraryStore.backupName(id)) (", "\(LibraryStore.fileName(id)): restored from \(LibraryStore.backupName(id)) (")
                + CheckReport.counts(restored.library, language) + ")\n")
            return .ok
        } catch {
            errors.write(error.description + "\n")
            return .badData
        }
    }

    /// Every library (or the one `--library` names); exit status 1 when any is bad.
    private func check(_ invocation: Invocation, json: Bool, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let store = try openStore(invocation, language)
        let ids = try chosenLibraryIDs(invocation.libraryIDs, in: store, command: .check, language).chosen
        let landscape = LandscapeCheck(store: store)
        let checks = ids.map { LibraryCheck(id: $0, store: store, landscape: landscape.references) }
        output.write(json ? CheckReport.json(checks, landscape) : CheckReport.text(checks, landscape, language))
        return checks.allSatisfy(\.isOK) && landscape.isOK ? .ok : .badData
    }

    private func startInteractive(_ invocation: Invocation, today: Day, _ language: Language) throws(CommandFailure) -> Int32 {
        guard let launchInteractive else { throw .usage(UsageError(.noInteractiveProgram)) }
        let store = try openStore(invocation, language)
        let (chosen, all) = try chooseLibrary(invocation.libraryID, in: store, command: nil, language)
        let context = InteractiveContext(store: store, libraryIDs: all, libraryID: chosen, language: language,
                                         today: today, isTodayPinned: invocation.today != nil,
                                         access: access ?? .unrestricted(user: ""), mouse: invocation.mouse)
        return launchInteractive(context)
    }

    /// Writes the failure to standard error and gives its exit status.
    private func report(_ failure: CommandFailure, _ language: Language) -> Int32 {
        switch failure {
        case .usage(let error):
            errors.write("bibplan: " + SafeText.lines(error.message(language)) + "\n" + UsageText.usageLine(error.command, language) + "\n")
            return ExitStatus.badUsage.rawValue
        case .badData(let problems):
            errors.write(problems.map { SafeText.line($0.description) + "\n" }.joined())
            return ExitStatus.badData.rawValue
        case .denied(let error):
            errors.write(SafeText.line(error.message(language)) + "\n")
            return ExitStatus.badData.rawValue
        }
    }
}
