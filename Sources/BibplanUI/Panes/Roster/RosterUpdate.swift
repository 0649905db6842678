import BibplanCore

/// Keys in an occurrence's roster, in the volunteer chooser, and in the list of open slots.
enum RosterUpdate {
    /// The roster: ↑/↓ select a shift, `a` assigns someone, `d`/Delete removes the
    /// selected one, `e` edits its role, Esc closes.
    static func roster(_ occurrence: Occurrence, _ position: ListPosition, _ command: KeyCommand?, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        let shifts = index.shifts(of: occurrence)
        var position = position
        switch command {
        case .close?:
            state.overlay = nil
            return []
        case .up?: position.move(by: -1, count: shifts.count)
        case .down?: position.move(by: 1, count: shifts.count)
        case .assignVolunteer?:
            state.overlay = .assign(AssignState(occurrence: occurrence, origin: .roster))
            return []
        case .removeShift?:
            guard shifts.indices.contains(position.selected) else { return [] }
            let shift = shifts[position.selected]
            let effects = EditingUpdate.apply({ $0.removeShift(shift.id) }, &state,
                                              done: state.language.pick("Vagten er fjernet (u fortryder)", "Shift removed (u undoes)"))
            position.move(by: 0, count: state.index?.shifts(of: occurrence).count ?? 0)
            state.overlay = .occurrence(occurrence, position)
            return effects
        case .editShiftRole?:
            guard shifts.indices.contains(position.selected) else { return [] }
            let shift = shifts[position.selected]
            state.overlay = .form(ShiftFields.form(shift, volunteerName: index.volunteer(shift.volunteer)?.name ?? shift.volunteer, state.language))
            return []
        case .undo?:
            state.overlay = nil
            return EditingUpdate.perform(.undo, &state)
        case .moreRegistered?, .fewerRegistered?:
            let event = index.event(of: occurrence), change = command == .moreRegistered ? 1 : -1
            let effects = EditingUpdate.apply({ $0.changeRegistrations(event: event.id, on: occurrence.day, by: change) }, &state)
            state.overlay = .occurrence(occurrence, position)
            return effects
        default:
            state.message = KeyBindings.keyLine(.roster, state.language)
        }
        state.overlay = .occurrence(occurrence, position)
        return []
    }

    /// The volunteer chooser: type to narrow, ↑/↓ to choose, Enter assigns (a warning
    /// asks for Enter once more), Esc goes back.
    static func assign(_ assign: AssignState, _ command: KeyCommand?, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        var assign = assign
        let candidates = AssignCandidate.list(for: assign.occurrence, index, query: assign.query)
        switch command {
        case .close?:
            back(from: assign, &state)
            return []
        case .up?: assign.position.move(by: -1, count: candidates.count)
        case .down?: assign.position.move(by: 1, count: candidates.count)
        case .pageUp?: assign.position.move(by: -10, count: candidates.count)
        case .pageDown?: assign.position.move(by: 10, count: candidates.count)
        case .confirm?:
            guard candidates.indices.contains(assign.position.selected) else { return [] }
            return choose(candidates[assign.position.selected], assign, index, &state)
        default:
            type(key, into: &assign)
        }
        assign.confirming = nil
        state.overlay = .assign(assign)
        return []
    }

    /// Any other key types into the search.
    private static func type(_ key: Key, into assign: inout AssignState) {
        switch key {
        case .character(let character): assign.query.append(character)
        case .backspace: if !assign.query.isEmpty { assign.query.removeLast() }
        default: return
        }
        assign.position = ListPosition()
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

    static func openSlots(_ position: ListPosition, _ command: KeyCommand?, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        let slots = openSlotsList(state, index)
        var position = position
        switch command {
        case .close?:
            state.overlay = nil
            return []
        case .up?: position.move(by: -1, count: slots.count)
        case .down?: position.move(by: 1, count: slots.count)
        case .pageUp?: position.move(by: -10, count: slots.count)
        case .pageDown?: position.move(by: 10, count: slots.count)
        case .assignVolunteer?:
            guard slots.indices.contains(position.selected) else { return [] }
            state.overlay = .assign(AssignState(occurrence: slots[position.selected].occurrence, origin: .openSlots(position)))
            return []
        default: break
        }
        state.overlay = .openSlots(position)
        return []
    }
}
