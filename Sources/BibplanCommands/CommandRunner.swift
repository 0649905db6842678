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
    var textWidth: Int { max(output.columns ?? 80, 40) }

    /// The full-screen program, or the command by its spec's handler.
    private func perform(_ invocation: Invocation, _ language: Language) throws(CommandFailure) -> Int32 {
        guard let name = invocation.command.name else {
            return try startInteractive(invocation, today: invocation.today ?? realToday, language)
        }
        return try name.spec.run(self, invocation, language).rawValue
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
