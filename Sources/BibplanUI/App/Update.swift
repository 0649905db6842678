import BibplanCore

/// The one way state changes: the root handles global keys and overlays, then
/// forwards to the pane that has focus.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        return []
    case .dayChanged(let day):
        // A counter screen left on today moves to the new day, at the top of its list.
        if state.calendar.day == state.today, state.calendar.day != day {
            state.calendar.day = day
            state.calendar.list = ListPosition()
        }
        state.today = day
        return []
    case .libraryLoaded(let index):
        // Undo never reaches into another library's versions.
        if state.index?.library.id != index.library.id { state.history = EditHistory() }
        state.index = index
        state.overlay = nil
        state.message = nil
        if let target = state.pendingTarget {
            state.pendingTarget = nil
            OverviewUpdate.reveal(target, &state)
        }
        state.notes = LibraryNotes()
        return state.role.isVolunteer ? [] : [.loadNotes]
    case .overviewLoaded(let overview):
        state.overviewData = overview
        return []
    case .failed(let message), .notice(let message):
        state.message = message
        return []
    case .saved, .savedWithoutHistory, .savedMerged, .saveClashed, .clashResolved, .changedOnDisk, .brokenOnDisk, .saveFailed, .saveStarted, .saveFinished:
        let effects = SaveUpdate.handle(action, &state)
        // The history (and a merge's clashes) changed with the file: read them again.
        guard !state.role.isVolunteer, !effects.contains(.loadNotes), refreshesNotes(action) else { return effects }
        return effects + [.loadNotes]
    case .notesLoaded(let notes):
        GitClashUpdate.loaded(notes, &state)
        return []
    case .gitClashSettled(let notes, let reloaded, let path, let keptMine):
        GitClashUpdate.settled(notes, reloaded: reloaded, path: path, keptMine: keptMine, &state)
        return []
    case .key(let key):
        if case .volunteer(let session) = state.role { return VolunteerUpdate.handle(key, session, &state) }
        return handle(key, &state)
    case .mouse(let event):
        return MouseUpdate.handle(event, &state)
    case .timeChanged(let now):
        state.now = now
        if case .volunteer(var session) = state.role { session.now = now; state.role = .volunteer(session) }
        return []
    }
}

/// A file written or read again: the notes beside it may have changed too.
private func refreshesNotes(_ action: Action) -> Bool {
    switch action {
    case .saved, .savedWithoutHistory, .savedMerged, .clashResolved, .changedOnDisk, .saveFinished: return true
    default: return false
    }
}

private func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    if key == .control("c"), state.overlay != .confirmQuit {
        // Typed text in a form is not thrown away by one key: the form asks first, as Esc does.
        if case .form(let form)? = state.overlay, form.hasChanges { return FormUpdate.handle(form, .quit, key, &state) }
        return quit(&state)
    }
    state.message = nil
    if let overlay = state.overlay { return handleOverlay(overlay, key, &state) }
    if let search = state.search, search.editing { SearchInput.handle(key, &state); return [] }
    if key == .escape, state.search != nil { SearchInput.leave(&state); return [] }
    switch KeyLookup.look(up: key, in: KeyBindings.paneScopes(state), for: state) {
    case .command(let command): return perform(command, &state)
    case .refused(let message): state.message = message
    case .unbound: state.message = KeyBindings.unusedKeyMessage(key, state.language)
    }
    return []
}

private func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
    switch command {
    case .quit: return quit(&state)
    case .saveAgain:
        guard let index = state.index else { return [] }
        return [.save(index.library)]
    case .help: state.overlay = .help(0)
    case .showPane(let pane): return show(pane, &state)
    case .nextPane: return show(state.pane.next, &state)
    case .previousPane: return show(state.pane.previous, &state)
    case .search: state.search = SearchState()
    case .showGitClashes: GitClashUpdate.show(&state)
    case .undo, .redo, .librarySettings:
        return EditingUpdate.perform(command, &state)
    case .today:
        state.calendar.day = state.today
        state.calendar.list = ListPosition()
        state.pane = .calendar
    default:
        return state.pane.module.perform(command, &state)
    }
    return []
}

/// Switches pane; the overview reloads every library each time it opens.
private func show(_ pane: Pane, _ state: inout AppState) -> [Effect] {
    state.pane = pane
    return pane == .overview ? [.loadOverview(state.today)] : []
}

/// Quits at once, or asks first when a change could not be saved.
func quit(_ state: inout AppState) -> [Effect] {
    guard state.hasUnsavedChanges else { return [.quit] }
    state.overlay = .confirmQuit
    return []
}

/// A dialog's keys, looked up in its own part of the table; a key bound there but not
/// for this role is refused, and a key not bound at all is the dialog's to interpret.
private func handleOverlay(_ overlay: AppState.Overlay, _ key: Key, _ state: inout AppState) -> [Effect] {
    var command: KeyCommand?
    switch KeyLookup.look(up: key, in: [.dialog(overlay.dialog)], for: state) {
    case .command(let bound): command = bound
    case .refused(let message): state.message = message; return []
    case .unbound: command = nil
    }
    switch overlay {
    case .confirmQuit:
        state.overlay = nil
        if command == .confirm { return [.quit] }
        if command == .saveAgain, let index = state.index { return [.save(index.library)] }
        return []
    case .form(let form):
        return FormUpdate.handle(form, command, key, &state)
    case .confirmDelete(let target, _):
        return ConfirmUpdate.delete(target, confirmed: command == .confirm, &state)
    case .linkGoals(let initiative, let position):
        return InitiativesPane.linkGoals(initiative, position, command, &state)
    case .confirmCancel(let occurrence, let summary, let reason):
        return CalendarPane.confirmCancel(occurrence, summary: summary, reason: reason, command, key, &state)
    case .occurrence(let occurrence, let position):
        return RosterUpdate.roster(occurrence, position, command, &state)
    case .assign(let assign):
        return RosterUpdate.assign(assign, command, key, &state)
    case .openSlots(let position):
        return RosterUpdate.openSlots(position, command, &state)
    case .clash:
        guard command == .keepMine || command == .keepTheirs else { return [] }
        state.overlay = nil
        return [.resolveClash(keepMine: command == .keepMine)]
    case .help(let scroll):
        switch command {
        case .down?: state.overlay = .help(scroll + 1)
        case .up?: state.overlay = .help(max(0, scroll - 1))
        case .pageDown?: state.overlay = .help(scroll + 10)
        case .pageUp?: state.overlay = .help(max(0, scroll - 10))
        default: state.overlay = nil
        }
        return []
    case .picker(let position):
        return choosePicker(position, command, &state)
    case .gitClashes(let position):
        return GitClashUpdate.handle(position, command, &state)
    }
}

private func choosePicker(_ position: ListPosition, _ command: KeyCommand?, _ state: inout AppState) -> [Effect] {
    var position = position
    switch command {
    case .up?: position.move(by: -1, count: state.libraryChoices.count)
    case .down?: position.move(by: 1, count: state.libraryChoices.count)
    case .open?:
        guard state.libraryChoices.indices.contains(position.selected) else { return [] }
        return [.openLibrary(state.libraryChoices[position.selected].id)]
    case .close?:
        if state.index == nil { return [.quit] }
        state.overlay = nil
        return []
    default: break
    }
    state.overlay = .picker(position)
    return []
}

/// Typing into the search line: every key narrows the current pane at once.
enum SearchInput {
    static func handle(_ key: Key, _ state: inout AppState) {
        guard var search = state.search else { return }
        switch key {
        case .character(let character): search.query.append(character)
        case .backspace: if !search.query.isEmpty { search.query.removeLast() }
        case .control("u"): search.query = ""
        case .enter:
            search.editing = false
            state.search = search
            resetSelection(&state)
            if state.pane == .calendar { CalendarSearch.submitted(&state) }
            return
        case .escape: leave(&state); return
        default: return
        }
        state.search = search
        resetSelection(&state)
    }

    /// Ends the search. In the goals the selected goal stays selected, its branch opened in the
    /// tree (and the expansion kept); elsewhere the list starts from the top.
    static func leave(_ state: inout AppState) {
        guard state.pane == .goals, let index = state.index else {
            state.search = nil
            resetSelection(&state)
            return
        }
        let rows = state.goals.rows(index, search: state.search?.query)
        state.search = nil
        guard rows.indices.contains(state.goals.list.selected) else { return }
        let goal = rows[state.goals.list.selected].goal
        var parent = goal.parent
        var seen: Set<String> = []
        while let id = parent, seen.insert(id).inserted {
            state.goals.expanded.insert(id)
            parent = index.goal(id)?.parent
        }
        state.goals.list.selected = state.goals.rows(index, search: nil).firstIndex { $0.goal.id == goal.id } ?? 0
    }

    static func resetSelection(_ state: inout AppState) {
        state[keyPath: state.pane.module.list] = ListPosition()
    }
}
