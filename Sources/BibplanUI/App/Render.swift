import BibplanCore

/// The smallest size the program draws at; below it, one line says so.
public let minimumSize = (width: 40, height: 10)

/// The whole frame for a state, at the state's size. Pure.
public func render(_ state: AppState) -> Screen {
    var screen = Screen(width: state.width, height: state.height)
    guard state.width >= minimumSize.width, state.height >= minimumSize.height else {
        screen.put(state.language.pick("For lille: mindst 40×10", "Too small: need 40×10"), x: 0, y: 0)
        return screen
    }
    if case .volunteer(let session) = state.role {
        VolunteerView.render(state, session, into: &screen)
        return screen
    }
    let (title, rest) = screen.bounds.splitTop(1)
    let (tabs, body) = rest.splitTop(1)
    let (content, status) = body.splitBottom(1)
    TitleBar.draw(state, into: &screen, area: title)
    // Before a library is open there are no panes to choose between.
    if state.index != nil { TabBar.draw(state, into: &screen, area: tabs) }
    if let index = state.index { state.pane.module.render(state, index, into: &screen, area: content) }
    // A dialog hides every click under it; its own rows and buttons are added as it draws.
    if state.overlay != nil { screen.hits.cover(screen.bounds) }
    switch state.overlay {
    case .help(let scroll): HelpView.render(state, scroll: scroll, into: &screen, area: content)
    case .picker(let position): LibraryPicker.render(state, position, into: &screen, area: content)
    case .gitClashes(let position): GitClashView.render(position, state, into: &screen, area: content)
    case .form(let form): FormView.render(form, state, into: &screen, area: content)
    case .confirmDelete(_, let summary): FormView.renderConfirmation(summary, state, into: &screen, area: content)
    case .clash(let clashes): FormView.renderClash(clashes, state, into: &screen, area: content)
    case .confirmCancel(_, let summary, let reason):
        FormView.renderConfirmation(summary, state, into: &screen, area: content,
                                    title: state.language.pick("Aflys denne gang?", "Cancel this time?"),
                                    footer: KeyBindings.keyLine(.confirmCancel, state.language, width: state.width - 8),
                                    pinned: [state.language.pick("Årsag: ", "Reason: ") + reason.text + "▏"])
    case .confirmQuit:
        FormView.renderConfirmation([state.language.pick("Din seneste ændring er ikke gemt.", "Your latest change is not saved."),
                                     state.language.pick("S prøver at gemme igen.", "S tries to save again.")],
                                    state, into: &screen, area: content, title: state.language.pick("Afslut uden at gemme?", "Quit without saving?"),
                                    footer: KeyBindings.keyLine(.confirmQuit, state.language, width: state.width - 8))
    case .occurrence, .linkGoals, .assign, .openSlots:
        if let index = state.index, let overlay = state.overlay { renderIndexOverlay(overlay, state, index, into: &screen, area: content) }
    case nil: break
    }
    if let overlay = state.overlay { DialogButtons.add(overlay.dialog, state.language, to: &screen, within: content) }
    drawStatus(state, into: &screen, area: status)
    return screen
}

private func drawStatus(_ state: AppState, into screen: inout Screen, area: Rect) {
    if let search = state.search, search.editing {
        screen.put("/" + search.query + "▏", x: area.x, y: area.y, limit: area.width, style: .bold)
        return
    }
    if case .picker = state.overlay {
        let hints = KeyBindings.bindings(in: .dialog(.picker)).compactMap { $0.hintText(state.language) }
        Widgets.statusLine(hints, message: state.message, state.language, in: &screen, area: area)
        return
    }
    if state.overlay != nil {
        // A dialog's keys are in its own box; the pane's keys do not work under it.
        if let message = state.message { screen.put(message, x: area.x, y: area.y, limit: area.width, style: .caution) }
        return
    }
    // `?` has its own place at the right; a viewer is not offered the keys that change things.
    // `q` is pinned beside it: the way out shows however many keys the pane has.
    let bindings = KeyBindings.activeBindings(state).filter { $0.command != .help && $0.allows(state.role) }
    let hints = bindings.filter { $0.command != .quit }.compactMap { $0.hintText(state.language) }
    let pinned = bindings.filter { $0.command == .quit }.compactMap { $0.hintText(state.language) }
    Widgets.statusLine(hints, pinned: pinned, message: state.message, state.language, in: &screen, area: area)
}

/// The overlays that read the library.
private func renderIndexOverlay(_ overlay: AppState.Overlay, _ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
    switch overlay {
    case .occurrence(let occurrence, let position): RosterView.renderOccurrence(occurrence, position, state, index, into: &screen, area: area)
    case .linkGoals(let initiative, let position): FormView.renderGoalLinks(initiative, position, index, state, into: &screen, area: area)
    case .assign(let assign): RosterView.renderAssign(assign, state, index, into: &screen, area: area)
    case .openSlots(let position): RosterView.renderOpenSlots(position, state, index, into: &screen, area: area)
    default: break
    }
}

/// Draws a framed box over `area` and the content inside it.
func drawBox(into screen: inout Screen, area: Rect, content: (inout Screen, Rect) -> Void) {
    let box = area.width > 60 ? Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height) : area
    screen.fill(area, style: .plain)
    guard box.width >= 4, box.height >= 3 else { return }
    screen.put("┌" + String(repeating: "─", count: box.width - 2) + "┐", x: box.x, y: box.y)
    for y in (box.y + 1)..<(box.bottom - 1) {
        screen.put("│", x: box.x, y: y)
        screen.put("│", x: box.right - 1, y: y)
    }
    screen.put("└" + String(repeating: "─", count: box.width - 2) + "┘", x: box.x, y: box.bottom - 1)
    content(&screen, Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2))
}
