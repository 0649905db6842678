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
        return []
    case .overviewLoaded(let overview):
        state.overviewData = overview
        return []
    case .failed(let message), .notice(let message):
        state.message = message
        return []
    case .saved, .savedWithoutHistory, .savedMerged, .saveClashed, .clashResolved, .changedOnDisk, .brokenOnDisk, .saveFailed, .saveStarted, .saveFinished:
        return SaveUpdate.handle(action, &state)
    case .key(let key):
        if case .volunteer(let session) = state.role { return VolunteerUpdate.handle(key, session, &state) }
        return handle(key, &state)
    case .mouse:
        return []
    case .timeChanged(let now):
        state.now = now
        if case .volunteer(var session) = state.role { session.now = now; state.role = .volunteer(session) }
        return []
    }
}

private func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    if key == .control("c"), state.overlay != .confirmQuit {
        // Typed text in a form is not thrown away by one key: the form asks first, as Esc does.
        if case .form(let form)? = state.overlay, form.hasChanges { return FormUpdate.handle(form, key, &state) }
        return quit(&state)
    }
    state.message = nil
    if let overlay = state.overlay { return handleOverlay(overlay, key, &state) }
    if let search = state.search, search.editing { SearchInput.handle(key, &state); return [] }
    if key == .escape, state.search != nil { state.search = nil; return [] }
    guard let command = KeyBindings.command(for: key, in: state.pane) else {
        state.message = state.language.pick("Tasten \(key.label) bruges ikke her (? viser tasterne)", "The key \(key.label) does " +
            "nothing here (? shows the keys)")
        return []
    }
    return perform(command, &state)
}

private func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
    switch command {
    case .quit: return quit(&state)
    case .saveAgain:
        guard let index = state.index else { return [] }
        guard state.role.mayEdit else { state.message = state.role.refusal(state.language); return [] }
        return [.save(index.library)]
    case .help: state.overlay = .help(0)
    case .showPane(let pane): return show(pane, &state)
    case .nextPane: return show(state.pane.next, &state)
    case .previousPane: return show(state.pane.previous, &state)
    case .search: state.search = SearchState()
    case .new, .newTopLevel, .edit, .delete, .undo, .redo, .cycleStatus, .progressUp, .progressDown, .cancelOccurrence,
         .moveOccurrence, .linkGoals, .openSlots, .writeReport, .duplicate, .librarySettings:
        return EditingUpdate.perform(command, &state)
    case .today:
        state.calendar.day = state.today
        state.calendar.list = ListPosition()
        state.pane = .calendar
    default:
        if state.pane == .overview { return OverviewUpdate.perform(command, &state) }
        guard let index = state.index else { return [] }
        PaneUpdate.perform(command, &state, index)
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

private func handleOverlay(_ overlay: AppState.Overlay, _ key: Key, _ state: inout AppState) -> [Effect] {
    switch overlay {
    case .confirmQuit:
        state.overlay = nil
        if ConfirmUpdate.isYes(key) || key == .character("q") || key == .control("c") { return [.quit] }
        if key == .character("S"), let index = state.index { return [.save(index.library)] }
        return []
    case .form(let form):
        return FormUpdate.handle(form, key, &state)
    case .confirmDelete(let target, _):
        return ConfirmUpdate.delete(target, key, &state)
    case .linkGoals(let initiative, let position):
        return ConfirmUpdate.linkGoals(initiative, position, key, &state)
    case .confirmCancel(let occurrence, let summary, let reason):
        return ConfirmUpdate.cancel(occurrence, summary: summary, reason: reason, key, &state)
    case .occurrence(let occurrence, let position):
        if !state.role.mayEdit, [Key.character("a"), .character("d"), .character("e"), .character("+"), .character("-"), .delete].contains(key) {
            state.message = state.role.refusal(state.language)
            return []
        }
        return RosterUpdate.roster(occurrence, position, key, &state)
    case .assign(let assign):
        return RosterUpdate.assign(assign, key, &state)
    case .openSlots(let position):
        return RosterUpdate.openSlots(position, key, &state)
    case .clash:
        switch key {
        case .character("m"), .character("M"): state.overlay = nil; return [.resolveClash(keepMine: true)]
        case .character("t"), .character("T"): state.overlay = nil; return [.resolveClash(keepMine: false)]
        default: return []
        }
    case .help(let scroll):
        switch key {
        case .down, .character("j"): state.overlay = .help(scroll + 1)
        case .up, .character("k"): state.overlay = .help(max(0, scroll - 1))
        case .pageDown, .character(" "): state.overlay = .help(scroll + 10)
        case .pageUp: state.overlay = .help(max(0, scroll - 10))
        default: state.overlay = nil
        }
        return []
    case .picker(var position):
        switch key {
        case .up, .character("k"): position.move(by: -1, count: state.libraryChoices.count)
        case .down, .character("j"): position.move(by: 1, count: state.libraryChoices.count)
        case .enter:
            guard state.libraryChoices.indices.contains(position.selected) else { return [] }
            return [.openLibrary(state.libraryChoices[position.selected].id)]
        case .character("q"), .escape:
            if state.index == nil { return [.quit] }
            state.overlay = nil
            return []
        default: break
        }
        state.overlay = .picker(position)
        return []
    }
}

/// Typing into the search line: every key narrows the current pane at once.
enum SearchInput {
    static func handle(_ key: Key, _ state: inout AppState) {
        guard var search = state.search else { return }
        switch key {
        case .character(let character): search.query.append(character)
        case .backspace: if !search.query.isEmpty { search.query.removeLast() }
        case .control("u"): search.query = ""
        case .enter: search.editing = false
        case .escape: state.search = nil; resetSelection(&state); return
        default: return
        }
        state.search = search
        resetSelection(&state)
    }

    static func resetSelection(_ state: inout AppState) {
        switch state.pane {
        case .calendar: state.calendar.list = ListPosition()
        case .goals: state.goals.list = ListPosition()
        case .initiatives: state.initiatives.list = ListPosition()
        case .volunteers: state.volunteers.list = ListPosition()
        case .overview: state.overview.list = ListPosition()
        }
    }
}
