import BibplanCore

/// A table of key bindings for one scope.
protocol KeyTable {
    static var scope: Scope { get }
    static var bindings: [KeyBinding] { get }
}

extension KeyTable {
    static func bind(_ keys: [Key], _ command: KeyCommand, _ danish: String, _ english: String) -> KeyBinding {
        KeyBinding(keys, command, scope, danish, english)
    }
}

/// The whole key table, and what is generated from it.
public enum KeyBindings {
    public static let all: [KeyBinding] = GlobalKeys.bindings + GoalsKeys.bindings + InitiativesKeys.bindings + CalendarKeys.bindings
        + CalendarSearchKeys.bindings
        + VolunteersKeys.bindings + OverviewKeys.bindings + RosterKeys.bindings + ChooserKeys.bindings + OpenSlotsKeys.bindings
        + FormKeys.bindings + LinkGoalsKeys.bindings + CancelKeys.bindings + QuestionKeys.bindings
        + VolunteerProgramKeys.bindings + VolunteerQuestionKeys.bindings + GitClashKeys.bindings

    /// The first binding of the key in the scopes, in their order.
    public static func binding(for key: Key, in scopes: [Scope]) -> KeyBinding? {
        for scope in scopes {
            if let binding = all.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return binding }
        }
        return nil
    }

    static func paneScopes(_ pane: Pane) -> [Scope] { [.pane(pane), .global] }

    /// The scopes of the pane as it is now: while a search lasts, its keys first.
    static func paneScopes(_ state: AppState) -> [Scope] {
        guard let search = state.search, !search.editing else { return paneScopes(state.pane) }
        return [.search(state.pane)] + paneScopes(state.pane)
    }

    /// The bindings that apply in the pane as it is now, the first for each key only.
    static func activeBindings(_ state: AppState) -> [KeyBinding] {
        var taken = Set<Key>()
        return paneScopes(state).flatMap(bindings(in:)).filter { binding in
            defer { taken.formUnion(binding.keys) }
            return binding.keys.isEmpty || !binding.keys.allSatisfy(taken.contains)
        }
    }

    /// Bindings that apply in a scope, in the table's order.
    public static func bindings(in scope: Scope) -> [KeyBinding] { all.filter { $0.scope == scope } }

    /// Bindings that apply in a pane, pane-specific first.
    public static func bindings(in pane: Pane) -> [KeyBinding] { paneScopes(pane).flatMap(bindings(in:)) }

    /// A dialog's line of keys ("a tildel frivillig · d fjern vagt · …").
    /// With `width`, the least important keys are dropped whole until it fits; the way out
    /// (Esc, q, ?) and the dialog's yes stay.
    static func keyLine(_ dialog: Dialog, _ language: Language, width: Int = .max) -> String {
        let essential: Set<KeyCommand> = [.close, .quit, .help, .confirm]
        let hints = bindings(in: .dialog(dialog)).compactMap { binding in
            binding.hintText(language).map { (text: $0, essential: essential.contains(binding.command)) }
        }
        return Widgets.fitting(hints + [dialog.otherKeys(language)].compactMap { $0.map { ($0, false) } }, width: width)
    }

    static func unusedKeyMessage(_ key: Key, _ language: Language) -> String {
        language.pick("Tasten \(key.label) bruges ikke her (? viser tasterne)", "The key \(key.label) does nothing here (? shows the keys)")
    }

    /// The scopes whose keys the help shows to a role, the current pane first. A volunteer
    /// sees only their own program's keys.
    static func helpScopes(_ role: SessionRole, current pane: Pane) -> [Scope] {
        if role.isVolunteer { return [.volunteerProgram, .dialog(.volunteerQuestion)] }
        let dialogs = Dialog.allCases.filter { $0 != .volunteerQuestion && $0 != .help }
        let others = Pane.allCases.filter { $0 != pane }.flatMap { [Scope.pane($0), .search($0)] }
        return [.pane(pane), .search(pane), .global] + others + dialogs.map(Scope.dialog)
    }
}

/// Looking a key up for the person at the keyboard: the binding, or why nothing happens.
enum KeyLookup {
    enum Outcome {
        case command(KeyCommand)
        /// The key is bound here, but not for this role (the message says why).
        case refused(String)
        case unbound
    }

    static func look(up key: Key, in scopes: [Scope], for state: AppState) -> Outcome {
        guard let binding = KeyBindings.binding(for: key, in: scopes) else { return .unbound }
        guard binding.allows(state.role) else { return .refused(state.role.refusal(state.language)) }
        return .command(binding.command)
    }
}
