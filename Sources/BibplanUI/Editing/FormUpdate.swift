import BibplanCore

/// Keys in an open form, and turning a valid form into a change of the library.
enum FormUpdate {
    /// `command` is the key's row in the form's part of the key table; other keys edit the field.
    static func handle(_ form: EditForm, _ command: KeyCommand?, _ key: Key, _ state: inout AppState) -> [Effect] {
        var form = form
        switch command {
        case .close?:
            if form.hasChanges && !form.confirmingDiscard {
                form.confirmingDiscard = true
                state.message = state.language.pick("Esc igen kasserer ændringerne; Enter gemmer", "Esc again discards the changes; Enter saves")
                state.overlay = .form(form)
            } else {
                state.overlay = nil
                backToRoster(form, &state)
            }
            return []
        case .confirm?:
            return submit(form, &state)
        case .quit? where form.hasChanges && !form.confirmingDiscard:
            form.confirmingDiscard = true
            state.message = state.language.pick("Ctrl-C igen afslutter og kasserer ændringerne; Enter gemmer",
                                                "Ctrl-C again quits and discards the changes; Enter saves")
            state.overlay = .form(form)
            return []
        case .quit?:
            state.overlay = nil
            return quit(&state)
        case .nextField?, .previousField?:
            if let focused = form.focusedKey { checkField(focused, of: &form, &state) }
            form.moveFocus(by: command == .nextField ? 1 : -1)
        default:
            form.edit(key)
        }
        form.confirmingDiscard = false
        form.confirmingOverride = false
        state.overlay = .form(form)
        return []
    }

    private static func submit(_ form: EditForm, _ state: inout AppState) -> [Effect] {
        var form = form
        var reader = FormReader(form, language: state.language, today: state.today)
        let decision = change(form, &reader, onto: state.index?.library)
        if case .ask(let question) = decision {
            form.confirmingOverride = true
            state.overlay = .form(form)
            state.message = question(state.language)
            return []
        }
        guard reader.errors.isEmpty, case .change(let change) = decision else {
            form.errors = reader.errors
            if let first = form.fields.firstIndex(where: { reader.errors[$0.key] != nil }) { form.focus(on: first) }
            state.overlay = .form(form)
            state.message = state.language.pick("Ret felterne markeret med !", "Fix the fields marked !")
            return []
        }
        state.overlay = nil
        if case .goal(let goal) = form.subject, let parent = goal.parent { state.goals.expanded.insert(parent) }
        let before = state.index?.library.shifts.count ?? 0
        let effects = EditingUpdate.apply(change, &state)
        Reveal.saved(form, &state)
        backToRoster(form, &state)
        let released = before - (state.index?.library.shifts.count ?? 0)
        if released > 0 {
            state.message = state.language.pick("Gemt; \(released) vagter lå ikke længere på en dato og er frigivet (u fortryder)",
                                                "Saved; \(released) shifts no longer fell on a date and were released (u undoes)")
        }
        if let warning = roomWarning(form, state) { state.message = warning }
        return effects
    }

    /// A shift's role is edited from its roster: saving or cancelling goes back there, on that shift.
    private static func backToRoster(_ form: EditForm, _ state: inout AppState) {
        guard case .shift(let shift) = form.subject, let index = state.index, let occurrence = index.occurrence(of: shift) else { return }
        var position = ListPosition()
        position.selected = index.shifts(of: occurrence).firstIndex { $0.id == shift.id } ?? 0
        state.overlay = .occurrence(occurrence, position)
    }

    /// Leaving a field says at once when it cannot be read (a date that is no date).
    private static func checkField(_ key: FieldKey, of form: inout EditForm, _ state: inout AppState) {
        var reader = FormReader(form, language: state.language, today: state.today)
        _ = change(form, &reader, onto: nil)
        // An empty required field is only a problem at Enter, not while moving through.
        if let problem = reader.errors[key], !form[key].trimmingCharacters(in: .whitespaces).isEmpty {
            form.errors[key] = problem
        }
    }

    /// What Enter does: a change of the library, or a question first.
    enum Decision {
        case change(EditingUpdate.Change)
        /// Someone else changed or deleted the item meanwhile; the next Enter goes ahead.
        case ask((Language) -> String)
    }

    /// The change a form asks for; nil (with the reader's errors) when a field is invalid.
    /// With `library`, an item's form saves only the fields the person changed, on top
    /// of the item as it is there now (`Library.formSave`).
    static func change(_ form: EditForm, _ reader: inout FormReader, onto library: Library?) -> Decision? {
        let decision: Decision?
        switch form.subject {
        case .goal(let goal):
            let edited = GoalFields.read(goal, &reader)
            decision = decide(library?.formSave(edited, openedAs: goal, isNew: form.isNew), edited, form) { $0.save($1) }
        case .initiative(let initiative):
            let edited = InitiativeFields.read(initiative, &reader)
            decision = decide(library?.formSave(edited, openedAs: initiative, isNew: form.isNew), edited, form) { $0.save($1) }
        case .event(let event):
            let edited = EventFields.read(event, &reader)
            decision = decide(library?.formSave(edited, openedAs: event, isNew: form.isNew), edited, form) { _ = $0.save($1) }
        case .volunteer(let volunteer):
            let edited = VolunteerFields.read(volunteer, &reader)
            decision = decide(library?.formSave(edited, openedAs: volunteer, isNew: form.isNew), edited, form) { $0.save($1) }
        case .shift(let shift):
            let edited = ShiftFields.read(shift, &reader)
            decision = decide(library?.formSave(edited, openedAs: shift, isNew: form.isNew), edited, form) { $0.save($1) }
        case .move(let occurrence, let eventID):
            let start = MoveFields.read(&reader)
            decision = start.map { start in .change { $0.moveOccurrence(event: eventID, on: occurrence.day, to: start) } }
        case .settings(let settings, let usedRooms, let usedCategories):
            let edited = LibraryFields.read(settings, usedRooms: usedRooms, usedCategories: usedCategories, &reader)
            decision = .change { edited.apply(to: &$0); $0.releaseShiftsOffTheirDays() }
        }
        return reader.errors.isEmpty ? decision : nil
    }

    private static func decide<Item: Sendable>(_ save: FormSave<Item>?, _ edited: Item, _ form: EditForm,
                                               _ store: @escaping (inout Library, Item) -> Void) -> Decision {
        switch save {
        case nil: return .change { store(&$0, edited) }
        case .ready(let item)?: return .change { store(&$0, item) }
        case .clash(let clash, let mine)?:
            if form.confirmingOverride { return .change { store(&$0, mine) } }
            return .ask { language in
                let values = clash.values.map { "\($0.field): " + language.pick("din ", "yours ") + $0.mine + language.pick(", den anden ", ", theirs ") + $0.theirs }
                return language.pick("Ændret af en anden imens: ", "Changed by someone else meanwhile: ") + values.joined(separator: "; ")
                    + language.pick(" · Enter gemmer din, Esc lader den andens stå", " · Enter saves yours, Esc leaves theirs")
            }
        case .deletedMeanwhile?:
            if form.confirmingOverride { return .change { store(&$0, edited) } }
            return .ask { $0.pick("Slettet af en anden imens · Enter opretter den igen, Esc lader den være slettet",
                                  "Deleted by someone else meanwhile · Enter adds it again, Esc leaves it deleted") }
        }
    }

    /// After an event is saved or moved: the first time in the coming year its room is
    /// already taken, said at once.
    private static func roomWarning(_ form: EditForm, _ state: AppState) -> String? {
        guard let index = state.index else { return nil }
        let eventID: String
        switch form.subject {
        case .event(let event): eventID = event.id
        case .move(_, let moved): eventID = moved // a time of a series stays in its series (an override)
        default: return nil
        }
        guard let position = index.library.events.firstIndex(where: { $0.id == eventID }), index.library.events[position].room != nil else { return nil }
        let year = DayRange(state.today, state.today.adding(days: 365))
        let conflicts = index.roomConflicts(in: year)
        for occurrence in index.occurrences(of: position, in: year) {
            guard let other = conflicts[occurrence] else { continue }
            let language = state.language
            return "⚠ " + (index.library.events[position].room ?? "") + language.pick(" er optaget ", " is taken ")
                + DateNames.short(occurrence.day, language) + " " + other.start.clock + ": " + index.event(of: other).title.firstLine
        }
        return nil
    }
}
