import BibplanCore

/// Before any command: who runs bibplan (the account of the real user id), what
/// access.json in the data directory grants them, and whether this invocation is
/// within it. A volunteer's commands then go through `VolunteerPortal` only.
extension CommandRunner {
    /// The invocation as the grant allows it (a volunteer's library filled in), and the access.
    func authorize(_ invocation: Invocation) throws(CommandFailure) -> (Invocation, Access) {
        if case .help = invocation.command { return (invocation, .unrestricted(user: "")) }
        if let asked = environment["SSH_ORIGINAL_COMMAND"], !asked.isEmpty { throw .denied(.clientCommand(SafeText.line(asked))) }
        if case .collaboration(.merge) = invocation.command { return try mergeAccess(invocation) }
        let path = DataDirectory.resolve(flag: invocation.dataDirectory, environment: environment)
        let access: Access
        do throws(AccessError) {
            _ = try ElevatedGroup.settle(dataDirectory: path)
            let user: String
            if let account { user = account } else { user = try SystemAccount.current() }
            access = try AccessFile.access(directory: path, user: user)
        } catch {
            throw .denied(error)
        }
        var invocation = invocation
        if case .volunteer(let library, _) = access.grant, invocation.libraryID == nil { invocation.libraryID = library }
        if let requested = invocation.libraryID, !access.grant.mayOpen(requested) {
            throw .denied(.libraryNotAllowed(user: access.user, library: requested))
        }
        guard Self.allows(access.grant.role, invocation.command) else {
            throw .denied(.commandNotAllowed(role: access.grant.role, command: invocation.command.name?.rawValue ?? "bibplan"))
        }
        return (invocation, access)
    }

    /// Viewers read everything and change nothing; volunteers have their own shifts only.
    /// The full-screen program is open to every role: it shows each what it may.
    static func allows(_ role: AccessRole, _ command: Command) -> Bool {
        guard let name = command.name else { return true }
        if case .collaboration(.history(let request)) = command, request.pruneBefore != nil { return role == .staff }
        if case .collaboration(.clashes(let keep, _)) = command, keep != nil { return role == .staff }
        return allows(role, name)
    }

    static func allows(_ role: AccessRole, _ name: CommandName) -> Bool {
        name.spec.access.allows(role)
    }

    /// The role for the help text: what access.json grants this account, or staff when
    /// that cannot be told (help must work even then); help lists only what the role may run.
    func roleForHelp(_ invocation: Invocation) -> AccessRole {
        let path = DataDirectory.resolve(flag: invocation.dataDirectory, environment: environment)
        guard let user = account ?? (try? SystemAccount.current()),
              let access = try? AccessFile.access(directory: path, user: user) else { return .staff }
        return access.grant.role
    }

    /// `today`, `agenda` and `roster` for a volunteer: their portal over the period.
    func volunteerCommand(_ invocation: Invocation, access: Access, today: Day, _ language: Language) throws(CommandFailure) -> Int32 {
        guard case .volunteer(_, let volunteerID) = access.grant else { return ExitStatus.ok.rawValue }
        let range: DayRange, json: Bool, title: String
        switch invocation.command {
        case .today(let asJSON):
            (range, json, title) = (DayRange(day: today), asJSON, language.pick("i dag ", "today ") + Labels.period(DayRange(day: today), language))
        case .agenda(let from, let days, let asJSON), .roster(_, let from, let days, let asJSON):
            range = period(from: from ?? today, days: days)
            (json, title) = (asJSON, language.pick("vagter ", "shifts ") + Labels.period(range, language))
            if case .roster(let asked?, _, _, _) = invocation.command, asked != volunteerID {
                throw .denied(.commandNotAllowed(role: .volunteer, command: "roster --volunteer \(SafeText.line(asked))"))
            }
        default:
            return ExitStatus.ok.rawValue
        }
        let index: LibraryIndex
        do throws(CommandFailure) {
            index = try loadLibrary(invocation, command: invocation.command.name ?? .roster, language)
        } catch .badData(let problems) {
            let library = invocation.libraryID ?? ""
            StaffNotice.libraryProblem(library, user: access.user, problems: problems.map(\.description))
            throw .denied(.libraryHasAProblem(library: library))
        }
        let now = invocation.today.map { LocalDateTime(day: $0, minutes: 0) } ?? LibraryClock.now(in: index.library.timeZone)
        guard let portal = VolunteerPortal(index, volunteer: volunteerID, today: today, now: now, range: range) else {
            throw .denied(.noSuchVolunteer(user: access.user, volunteer: volunteerID, library: index.library.id))
        }
        output.write(json ? VolunteerReport.json(portal, range: range) : VolunteerReport.text(portal, title: title, language))
        return ExitStatus.ok.rawValue
    }
}
