import BibplanCore

/// Who is at the keyboard, as far as the key table cares.
public enum RoleKind: CaseIterable, Hashable, Sendable {
    case staff, viewer, volunteer
}

/// One row of the key table: the keys, what they do, the words for help, where it
/// applies and who may use it. Help, the status lines, the edit gate and the "key not
/// used here" message are all generated from these rows.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: KeyCommand
    public let scope: Scope
    public let danish: String
    public let english: String
    /// The roles that may use it; the others are told why not (`SessionRole.refusal`).
    public private(set) var roles: Set<RoleKind>
    /// How it shows in a status line or a dialog's key line.
    public private(set) var hint: Hint = .shown
    /// In the volunteer's program: the list it acts in (its status line shows it only there).
    public private(set) var list: VolunteerSession.Tab?
    /// Works only where the library takes volunteers' own sign-ups.
    public private(set) var needsSignup = false
    private var label: String?

    public enum Hint: Sendable, Equatable {
        case hidden, shown
        /// Shown shorter or for several keys at once ("+/- tilmeldte").
        case summary(label: String, danish: String, english: String)
    }

    init(_ keys: [Key], _ command: KeyCommand, _ scope: Scope, _ danish: String, _ english: String) {
        self.keys = keys
        self.command = command
        self.scope = scope
        self.danish = danish
        self.english = english
        roles = scope == .volunteerProgram || scope == .dialog(.volunteerQuestion) ? [.volunteer] : [.staff, .viewer]
    }

    public func help(_ language: Language) -> String { language.pick(danish, english) }
    public var keyLabel: String { label ?? keys.map(\.label).joined(separator: "/") }

    public func allows(_ role: SessionRole) -> Bool { roles.contains(role.kind) }

    /// The status line's words for it, or nil when it is not shown there.
    public func hintText(_ language: Language) -> String? {
        switch hint {
        case .hidden: return nil
        case .shown: return keyLabel + " " + help(language)
        case .summary(let label, let danish, let english):
            return [label, language.pick(danish, english)].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    // The modifiers the tables use.

    /// Only staff change the library.
    func editing() -> KeyBinding { with { $0.roles = [.staff] } }
    func hidden() -> KeyBinding { with { $0.hint = .hidden } }
    func summary(_ label: String, _ danish: String, _ english: String) -> KeyBinding {
        with { $0.hint = .summary(label: label, danish: danish, english: english) }
    }
    func labelled(_ label: String) -> KeyBinding { with { $0.label = label } }
    func inList(_ list: VolunteerSession.Tab) -> KeyBinding { with { $0.list = list } }
    func signupOnly() -> KeyBinding { with { $0.needsSignup = true } }

    private func with(_ change: (inout KeyBinding) -> Void) -> KeyBinding {
        var copy = self
        change(&copy)
        return copy
    }
}

extension SessionRole {
    public var kind: RoleKind {
        switch self {
        case .staff: return .staff
        case .viewer: return .viewer
        case .volunteer: return .volunteer
        }
    }
}
