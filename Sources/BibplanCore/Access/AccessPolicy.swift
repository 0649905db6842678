/// Who may do what: `<data-dir>/access.json`, read (see `AccessPolicy.decode`).
///
/// The role always comes from the operating-system account running the process
/// (`SystemAccount.current()`), never from a flag or an environment variable.
public enum AccessRole: String, CaseIterable, Sendable {
    /// May change everything (in the libraries they may open).
    case staff
    /// Sees everything and changes nothing: the counter terminal.
    case viewer
    /// Sees their own shifts, the rosters of those occurrences by first name, and open slots in their groups.
    case volunteer
}

/// One line of access.json.
public struct AccessEntry: Equatable, Sendable {
    public var user: String
    public var role: AccessRole
    /// Staff and viewers: the libraries they may open; nil means all.
    public var libraries: [String]?
    /// Volunteers: the one library they belong to, and who they are in it.
    public var library: String?
    public var volunteer: String?

    public init(user: String, role: AccessRole, libraries: [String]? = nil, library: String? = nil, volunteer: String? = nil) {
        self.user = user
        self.role = role
        self.libraries = libraries
        self.library = library
        self.volunteer = volunteer
    }
}

/// The whole of access.json.
public struct AccessPolicy: Equatable, Sendable {
    public static let fileName = "access.json"
    public var users: [AccessEntry]

    public init(users: [AccessEntry]) { self.users = users }

    public func entry(for user: String) -> AccessEntry? { users.first { $0.user == user } }
}

/// What the account running bibplan may do, resolved from the policy.
public enum Grant: Equatable, Sendable {
    /// `libraries` nil: every library in the data directory.
    case staff(libraries: [String]?)
    case viewer(libraries: [String]?)
    case volunteer(library: String, volunteer: String)

    public var role: AccessRole {
        switch self {
        case .staff: return .staff
        case .viewer: return .viewer
        case .volunteer: return .volunteer
        }
    }

    /// Only staff change anything; a volunteer's sign-up goes through `VolunteerPortal`.
    public var mayEdit: Bool { role == .staff }

    /// The libraries this grant may open, or nil for all of them.
    public var libraries: [String]? {
        switch self {
        case .staff(let libraries), .viewer(let libraries): return libraries
        case .volunteer(let library, _): return [library]
        }
    }

    public func mayOpen(_ library: String) -> Bool {
        libraries.map { $0.contains(library) } ?? true
    }

    /// The ids of `available` this grant may open, in their order.
    public func visible(_ available: [String]) -> [String] {
        available.filter(mayOpen)
    }
}

/// The account running bibplan and what it may do.
public struct Access: Equatable, Sendable {
    public let user: String
    public let grant: Grant
    /// False when the data directory has no access.json (the current user is staff).
    public let fromPolicy: Bool

    public init(user: String, grant: Grant, fromPolicy: Bool) {
        self.user = user
        self.grant = grant
        self.fromPolicy = fromPolicy
    }

    /// Without access.json the one person on their own machine is staff.
    public static func unrestricted(user: String) -> Access {
        Access(user: user, grant: .staff(libraries: nil), fromPolicy: false)
    }

    /// The grant for `user` in `policy`; nil policy means no access.json.
    public static func resolve(user: String, policy: AccessPolicy?, file: String) throws(AccessError) -> Access {
        guard let policy else { return .unrestricted(user: user) }
        guard let entry = policy.entry(for: user) else { throw .notListed(user: user, file: file) }
        switch entry.role {
        case .staff: return Access(user: user, grant: .staff(libraries: entry.libraries), fromPolicy: true)
        case .viewer: return Access(user: user, grant: .viewer(libraries: entry.libraries), fromPolicy: true)
        case .volunteer:
            // The decoder refuses a volunteer without both; an entry built by hand is refused here too.
            guard let library = entry.library, let volunteer = entry.volunteer else {
                throw .malformed([LibraryProblem(file: file, path: "users", message: "\"\(user)\" is a volunteer without a library and a volunteer id")])
            }
            return Access(user: user, grant: .volunteer(library: library, volunteer: volunteer), fromPolicy: true)
        }
    }
}
