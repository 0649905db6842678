import BibplanCore

/// A click or the wheel, done as the key it stands for would do it, so the key table's roles
/// and the dialogs' rules apply unchanged. What lies under the pointer is read from the
/// `HitRegions` of the frame the state draws (`render`), the same layout the person sees.
enum MouseUpdate {
    /// Lines one notch of the wheel moves.
    static let wheelLines = 3

    static func handle(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        switch event.kind {
        case .wheelUp: return scroll(.up, event, &state)
        case .wheelDown: return scroll(.down, event, &state)
        case .press(.left): return click(render(state).hits.target(of: event), double: event.isDoubleClick, &state)
        case .press, .release: return []
        }
    }

    private static func click(_ target: HitTarget?, double: Bool, _ state: inout AppState) -> [Effect] {
        switch target {
        case .tab(let pane)?: return press(.showPane(pane), &state)
        case .command(let command)?: return press(command, &state)
        case .button(let key)?: return update(&state, .key(key))
        case .row(let row)?:
            // The first press of a double click selected the row (the list may have moved under it since).
            if double { return open(&state) }
            select(row, &state)
            return []
        case .day(let day)?:
            state.message = nil
            state.calendar.day = day
            state.calendar.list = ListPosition()
            return []
        case nil:
            return []
        }
    }

    /// The scopes a key is looked up in just now.
    private static func scopes(_ state: AppState) -> [Scope] {
        if state.role.isVolunteer { return [.volunteerProgram] }
        if let overlay = state.overlay { return [.dialog(overlay.dialog)] }
        return KeyBindings.paneScopes(state.pane)
    }

    /// Presses the key the table binds to `command` here; nothing when none is.
    private static func press(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let key = KeyBindings.key(for: command, in: scopes(state)) else { return [] }
        return update(&state, .key(key))
    }

    /// A double click: what Enter does (the pane's `open`, else its `edit`; a dialog's
    /// `open` or `confirm`). A role that may not is told so by the key table.
    private static func open(_ state: inout AppState) -> [Effect] {
        if state.role.isVolunteer { return update(&state, .key(.enter)) }
        let candidates: [KeyCommand] = state.overlay == nil ? [.open, .edit] : [.open, .confirm]
        for command in candidates {
            if let key = KeyBindings.key(for: command, in: scopes(state)) { return update(&state, .key(key)) }
        }
        return []
    }

    private static func select(_ row: Int, _ state: inout AppState) {
        state.message = nil
        if case .volunteer(var session) = state.role {
            guard session.pending == nil, !session.showsHelp else { return }
            session.list.selected = row
            state.role = .volunteer(session)
        } else if let overlay = state.overlay {
            if let selected = overlay.selecting(row) { state.overlay = selected }
        } else {
            state[keyPath: state.pane.module.list].selected = row
            state.keepSelectionInRange()
        }
    }

    private enum Direction { case up, down }

    /// The wheel moves the list (or the dialog's list, or the help) by `wheelLines`; a
    /// question, which any other key would answer, is left alone.
    private static func scroll(_ direction: Direction, _ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        if case .volunteer(let session) = state.role {
            guard session.pending == nil, !session.showsHelp else { return [] }
        } else if let overlay = state.overlay {
            guard overlay.scrolls else { return [] }
        } else {
            // Over the pane's content, not the title, tabs or status line.
            guard event.row >= 2, event.row < state.height - 1, state.search?.editing != true else { return [] }
        }
        var effects: [Effect] = []
        for _ in 0..<wheelLines { effects += update(&state, .key(direction == .up ? .up : .down)) }
        return effects
    }
}

extension AppState.Overlay {
    /// The same dialog with row `row` of its list selected; nil for a dialog without a list.
    func selecting(_ row: Int) -> AppState.Overlay? {
        switch self {
        case .occurrence(let occurrence, var position): position.selected = row; return .occurrence(occurrence, position)
        case .picker(var position): position.selected = row; return .picker(position)
        case .linkGoals(let initiative, var position): position.selected = row; return .linkGoals(initiative: initiative, position)
        case .openSlots(var position): position.selected = row; return .openSlots(position)
        case .assign(var assign): assign.position.selected = row; return .assign(assign)
        case .gitClashes(var position): position.selected = row; return .gitClashes(position)
        default: return nil
        }
    }

    /// Whether the wheel moves something in it (a list, a form's fields, the help).
    var scrolls: Bool {
        switch self {
        case .help, .picker, .occurrence, .linkGoals, .openSlots, .assign, .form, .gitClashes: return true
        case .confirmDelete, .confirmCancel, .confirmQuit, .clash: return false
        }
    }
}

extension KeyBindings {
    /// The first key bound to `command` in the scopes, in their order.
    static func key(for command: KeyCommand, in scopes: [Scope]) -> Key? {
        for scope in scopes {
            if let binding = all.first(where: { $0.scope == scope && $0.command == command }) { return binding.keys.first }
        }
        return nil
    }
}
