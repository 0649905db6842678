/// Why the account running bibplan may not go on. Each is said where and what.
public enum AccessError: Error, Equatable, Sendable {
    /// access.json is not valid: every problem with line, column and JSON path.
    case malformed([LibraryProblem])
    /// access.json exists but cannot be read (permissions, a symbolic link, …): never "no restrictions".
    case unreadable(file: String, reason: String)
    /// access.json exists and does not name this account.
    case notListed(user: String, file: String)
    /// The process runs as a user id with no passwd entry.
    case noAccount(uid: UInt32)
    /// The grant does not reach this library.
    case libraryNotAllowed(user: String, library: String)
    /// The volunteer id of access.json is not in the library.
    case noSuchVolunteer(user: String, volunteer: String, library: String)
    /// The role may not run this command.
    case commandNotAllowed(role: AccessRole, command: String)
    /// An SSH client asked for a command on a login that runs bibplan only (`ForceCommand`).
    case clientCommand(String)
    /// The library cannot be loaded; a volunteer is told only that (the problem list
    /// names other volunteers' ids and keys), and staff are told the rest.
    case libraryHasAProblem(library: String)

    public func message(_ language: Language) -> String {
        switch self {
        case .malformed(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .unreadable(let file, let reason):
            return language.pick("\(file): kan ikke læses (\(reason)); bibplan starter ikke uden adgangslisten",
                                 "\(file): cannot be read (\(reason)); bibplan does not start without its access list")
        case .notListed(let user, let file):
            return language.pick("bibplan: kontoen \"\(user)\" står ikke i \(file); spørg bibliotekets administrator",
                                 "bibplan: the account \"\(user)\" is not listed in \(file); ask the library's administrator")
        case .noAccount(let uid):
            return language.pick("bibplan: bruger-id \(uid) har ingen konto (passwd); bibplan starter ikke",
                                 "bibplan: user id \(uid) has no account (passwd); bibplan does not start")
        case .libraryNotAllowed(let user, let library):
            return language.pick("bibplan: kontoen \"\(user)\" har ikke adgang til biblioteket \(library)",
                                 "bibplan: the account \"\(user)\" may not open the library \(library)")
        case .noSuchVolunteer(let user, let volunteer, let library):
            return language.pick("bibplan: access.json knytter \"\(user)\" til den frivillige \(volunteer), som ikke findes i \(library).json",
                                 "bibplan: access.json binds \"\(user)\" to the volunteer \(volunteer), who is not in \(library).json")
        case .commandNotAllowed(let role, let command):
            return language.pick("bibplan: \(command) er ikke tilladt for rollen \(role.rawValue)",
                                 "bibplan: \(command) is not allowed for the role \(role.rawValue)")
        case .clientCommand(let command):
            return language.pick("bibplan: denne konto kører kun bibplan; kommandoen \"\(command)\" blev ikke kørt (log ind uden kommando: ssh -t)",
                                 "bibplan: this account runs bibplan only; the command \"\(command)\" was not run (log in without one: ssh -t)")
        case .libraryHasAProblem(let library):
            return language.pick("bibplan: biblioteket \(library) har et problem og kan ikke vises lige nu; personalet har fået besked",
                                 "bibplan: the library \(library) has a problem and cannot be shown now; staff have been told")
        }
    }
}
