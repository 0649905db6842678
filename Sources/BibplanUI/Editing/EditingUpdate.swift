import BibplanCore

/// Changing the library from the program: every change goes through `apply`,
/// which records undo history and asks the run loop to save.
enum EditingUpdate {
    static func apply(_ change: (inout Library) -> Void, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        var library = index.library
        change(&library)
        guard library != index.library else { return [] }
        state.history.record(index.library)
        state.index = LibraryIndex(library)
        return [.save(library)]
    }

    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        switch command {
        case .undo, .redo:
            let restored = command == .undo ? state.history.undo(from: index.library) : state.history.redo(from: index.library)
            guard let restored else {
                state.message = state.language.pick("Intet at fortryde", "Nothing to undo")
                return []
            }
            state.index = LibraryIndex(restored)
            state.message = command == .undo ? state.language.pick("Fortrudt", "Undone") : state.language.pick("Gentaget", "Redone")
            return [.save(restored)]
        default:
            switch state.pane {
            case .calendar: return calendar(command, &state, index)
            case .goals: return goals(command, &state, index)
            case .initiatives: return initiatives(command, &state, index)
            default: return []
            }
        }
    }

    private static func goals(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let rows = state.goals.rows(index, search: state.search?.query)
        let selected = rows.indices.contains(state.goals.list.selected) ? rows[state.goals.list.selected].goal : nil
        switch command {
        case .new:
            let id = index.library.nextID(prefix: "g", among: index.library.goals.map(\.id))
            state.overlay = .goalForm(GoalForm(goal: Goal(id: id, parent: selected?.id, title: ""), isNew: true))
            return []
        case .edit:
            if let selected { state.overlay = .goalForm(GoalForm(goal: selected, isNew: false)) }
            return []
        case .delete:
            guard let selected else { return [] }
            let removed = index.library.goalsRemoved(byDeleting: selected.id)
            let links = index.library.initiatives.filter { initiative in removed.contains { initiative.goals.contains($0.id) } }
            var summary = removed.map { "• " + $0.title }
            if !links.isEmpty {
                summary.append(state.language.pick("Fjernes som mål for \(links.count) initiativer", "Unlinked from \(links.count) initiatives"))
            }
            state.overlay = .confirmDelete(goal: selected.id, summary: summary)
            return []
        case .cycleStatus:
            guard let selected else { return [] }
            return apply({ $0.setStatus(ofGoal: selected.id, selected.status.next) }, &state)
        case .progressUp, .progressDown:
            guard let selected else { return [] }
            return apply({ $0.changeProgress(ofGoal: selected.id, by: command == .progressUp ? 5 : -5) }, &state)
        default:
            return []
        }
    }

    private static func calendar(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let occurrences = state.calendar.occurrences(index, search: state.search?.query)
        guard command == .cancelOccurrence, occurrences.indices.contains(state.calendar.list.selected) else { return [] }
        let occurrence = occurrences[state.calendar.list.selected]
        let event = index.event(of: occurrence)
        var summary = ["• " + event.title + " " + DateNames.long(occurrence.day, state.language) + " " + occurrence.start.clock]
        summary += index.shifts(of: occurrence).map { shift in
            state.language.pick("  vagt frigives: ", "  shift released: ") + (index.volunteer(shift.volunteer)?.name ?? shift.volunteer)
        }
        state.overlay = .confirmCancel(occurrence, summary: summary)
        return []
    }

    static func handleConfirmCancel(_ occurrence: Occurrence, _ key: Key, _ state: inout AppState) -> [Effect] {
        state.overlay = nil
        guard key == .character("y") || key == .character("j"), let index = state.index else {
            state.message = state.language.pick("Intet aflyst", "Nothing cancelled")
            return []
        }
        let event = index.event(of: occurrence)
        return apply({ $0.cancelOccurrence(event: event.id, on: occurrence.day) }, &state)
    }

    /// The goal list for linking: Enter or Space links or unlinks the selected goal at once.
    static func handleLinkGoals(_ initiative: String, _ position: ListPosition, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        var position = position
        let goals = index.library.goals
        var effects: [Effect] = []
        switch key {
        case .escape, .character("q"), .character("L"):
            state.overlay = nil
            return []
        case .up, .character("k"): position.move(by: -1, count: goals.count)
        case .down, .character("j"): position.move(by: 1, count: goals.count)
        case .enter, .character(" "):
            guard goals.indices.contains(position.selected) else { return [] }
            let goal = goals[position.selected].id
            effects = apply({ $0.toggleLink(initiative: initiative, goal: goal) }, &state)
        default: break
        }
        state.overlay = .linkGoals(initiative: initiative, position)
        return effects
    }

    private static func initiatives(_ command: KeyCommand, _ state: inout AppState, _ index: LibraryIndex) -> [Effect] {
        let rows = state.initiatives.rows(index, search: state.search?.query)
        guard rows.indices.contains(state.initiatives.list.selected) else { return [] }
        let initiative = rows[state.initiatives.list.selected]
        if command == .linkGoals {
            state.overlay = .linkGoals(initiative: initiative.id, ListPosition())
            return []
        }
        guard command == .cycleStatus else { return [] }
        return apply({ $0.setStatus(ofInitiative: initiative.id, initiative.status.next) }, &state)
    }

    // MARK: Overlays

    static func handleForm(_ form: GoalForm, _ key: Key, _ state: inout AppState) -> [Effect] {
        var form = form
        switch key {
        case .escape:
            if form.hasChanges && !form.confirmingDiscard {
                form.confirmingDiscard = true
                state.message = state.language.pick("Esc igen kasserer ændringerne; Enter gemmer", "Esc again discards the changes; Enter saves")
                state.overlay = .goalForm(form)
            } else {
                state.overlay = nil
            }
            return []
        case .enter:
            switch form.result(today: state.today, language: state.language) {
            case .failure(let errors):
                form.errors = errors.byField
                state.overlay = .goalForm(form)
                state.message = state.language.pick("Ret felterne markeret med !", "Fix the fields marked !")
                return []
            case .success(let goal):
                state.overlay = nil
                if let parent = goal.parent { state.goals.expanded.insert(parent) }
                return apply({ $0.save(goal) }, &state)
            }
        case .tab, .down:
            form.focus = GoalForm.Field(rawValue: (form.focus.rawValue + 1) % GoalForm.Field.allCases.count) ?? .title
        case .backTab, .up:
            form.focus = GoalForm.Field(rawValue: (form.focus.rawValue + GoalForm.Field.allCases.count - 1) % GoalForm.Field.allCases.count) ?? .title
        default:
            edit(&form, key)
        }
        form.confirmingDiscard = false
        state.overlay = .goalForm(form)
        return []
    }

    private static func edit(_ form: inout GoalForm, _ key: Key) {
        switch form.focus {
        case .title: _ = form.title.handle(key)
        case .description: _ = form.description.handle(key)
        case .owner: _ = form.owner.handle(key)
        case .progress: _ = form.progress.handle(key)
        case .due: _ = form.due.handle(key)
        case .status:
            if key == .left { form.status = form.status.previous }
            if key == .right || key == .character(" ") { form.status = form.status.next }
        }
        form.errors[form.focus] = nil
    }

    static func handleConfirmDelete(goal id: String, _ key: Key, _ state: inout AppState) -> [Effect] {
        state.overlay = nil
        guard key == .character("y") || key == .character("j") else {
            state.message = state.language.pick("Intet slettet", "Nothing deleted")
            return []
        }
        state.goals.list.move(by: -1, count: max(state.goals.list.selected + 1, 1))
        return apply({ $0.deleteGoal(id) }, &state)
    }
}
