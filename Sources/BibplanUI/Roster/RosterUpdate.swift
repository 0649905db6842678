import BibplanCore

/// Keys in an occurrence's roster, in the volunteer chooser, and in the list of open slots.
enum RosterUpdate {
    /// The roster: ↑/↓ select a shift, `a` assigns someone, `d`/Delete removes the
    /// selected one, `e` edits its role, Esc closes.
    static func roster(_ occurrence: Occurrence, _ position: ListPosition, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        let shifts = index.shifts(of: occurrence)
        var position = position
        switch key {
        case .escape, .enter, .character("q"):
            state.overlay = nil
            return []
        case .up, .character("k"): position.move(by: -1, count: shifts.count)
        case .down, .character("j"): position.move(by: 1, count: shifts.count)
        case .character("a"):
            state.overlay = .assign(AssignState(occurrence: occurrence, origin: .roster))
            return []
        case .character("d"), .delete:
            guard shifts.indices.contains(position.selected) else { return [] }
            let shift = shifts[position.selected]
            let effects = EditingUpdate.apply({ $0.removeShift(shift.id) }, &state,
                                              done: state.language.pick("Vagten er fjernet (u fortryder)", "Shift removed (u undoes)"))
            position.move(by: 0, count: state.index?.shifts(of: occurrence).count ?? 0)
            state.overlay = .occurrence(occurrence, position)
            return effects
        case .character("e"):
            guard shifts.indices.contains(position.selected) else { return [] }
            let shift = shifts[position.selected]
            state.overlay = .form(ShiftFields.form(shift, volunteerName: index.volunteer(shift.volunteer)?.name ?? shift.volunteer, state.language))
            return []
        case .character("u"):
            state.overlay = nil
            return EditingUpdate.perform(.undo, &state)
        case .character("+"), .character("-"):
            let event = index.event(of: occurrence)
            let effects = EditingUpdate.apply({ $0.changeRegistrations(event: event.id, on: occurrence.day, by: key == .character("+") ? 1 : -1) }, &state)
            state.overlay = .occurrence(occurrence, position)
            return effects
        default:
            state.message = state.language.pick("a tildel · d fjern · e rolle · +/- tilmeldte · Esc luk",
                                                "a assign · d remove · e role · +/- registered · Esc close")
        }
        state.overlay = .occurrence(occurrence, position)
        return []
    }

    /// The volunteer chooser: type to narrow, ↑/↓ to choose, Enter assigns (a warning
    /// asks for Enter once more), Esc goes back.
    static func assign(_ assign: AssignState, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        var assign = assign
        let candidates = AssignCandidate.list(for: assign.occurrence, index, query: assign.query)
        switch key {
        case .escape:
            back(from: assign, &state)
            return []
        case .up: assign.position.move(by: -1, count: candidates.count)
        case .down: assign.position.move(by: 1, count: candidates.count)
        case .pageUp: assign.position.move(by: -10, count: candidates.count)
        case .pageDown: assign.position.move(by: 10, count: candidates.count)
        case .character(let character):
            assign.query.append(character)
            assign.position = ListPosition()
        case .backspace:
            if !assign.query.isEmpty { assign.query.removeLast() }
            assign.position = ListPosition()
        case .enter:
            guard candidates.indices.contains(assign.position.selected) else { return [] }
            return choose(candidates[assign.position.selected], assign, index, &state)
        default: break
        }
        if key != .enter { assign.confirming = nil }
        state.overlay = .assign(assign)
        return []
    }

    private static func choose(_ candidate: AssignCandidate, _ assign: AssignState, _ index: LibraryIndex, _ state: inout AppState) -> [Effect] {
        var assign = assign
        let language = state.language
        let name = candidate.volunteer.name
        if candidate.isAssigned {
            state.message = language.pick("\(name) er allerede på", "\(name) is already on it")
            state.overlay = .assign(assign)
            return []
        }
        if candidate.hasWarning, assign.confirming != candidate.volunteer.id {
            assign.confirming = candidate.volunteer.id
            state.message = "⚠ " + name + ": " + candidate.warnings(index, language).joined(separator: ", ")
                + language.pick(" · Enter igen tildeler alligevel", " · Enter again assigns anyway")
            state.overlay = .assign(assign)
            return []
        }
        let event = index.event(of: assign.occurrence)
        let effects = EditingUpdate.apply({ $0.assign(volunteer: candidate.volunteer.id, toEvent: event.id, on: assign.occurrence.day) }, &state,
                                          done: language.pick("\(name) er sat på \(event.title.firstLine)", "\(name) is on \(event.title.firstLine)"))
        back(from: assign, &state)
        return effects
    }

    private static func back(from assign: AssignState, _ state: inout AppState) {
        switch assign.origin {
        case .roster: state.overlay = .occurrence(assign.occurrence, ListPosition())
        case .openSlots(let position): state.overlay = .openSlots(position)
        }
    }

    /// The weeks ahead the open-slots list covers.
    static let openSlotsDays = 28

    static func openSlotsList(_ state: AppState, _ index: LibraryIndex) -> [(occurrence: Occurrence, missing: Int)] {
        index.unfilled(in: DayRange(state.today, state.today.adding(days: openSlotsDays - 1)))
    }

    static func openSlots(_ position: ListPosition, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        let slots = openSlotsList(state, index)
        var position = position
        switch key {
        case .escape, .character("q"), .character("o"):
            state.overlay = nil
            return []
        case .up, .character("k"): position.move(by: -1, count: slots.count)
        case .down, .character("j"): position.move(by: 1, count: slots.count)
        case .pageUp: position.move(by: -10, count: slots.count)
        case .pageDown: position.move(by: 10, count: slots.count)
        case .enter, .character("a"):
            guard slots.indices.contains(position.selected) else { return [] }
            state.overlay = .assign(AssignState(occurrence: slots[position.selected].occurrence, origin: .openSlots(position)))
            return []
        default: break
        }
        state.overlay = .openSlots(position)
        return []
    }
}
