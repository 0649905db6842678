import BibplanCore

/// After a form saves, the list shows and selects what was saved: a new goal under
/// its parent, a new event on its day.
enum Reveal {
    static func saved(_ form: EditForm, _ state: inout AppState) {
        guard let index = state.index else { return }
        let query = state.search?.query
        switch form.subject {
        case .goal(let goal):
            if let row = state.goals.rows(index, search: query).firstIndex(where: { $0.goal.id == goal.id }) { state.goals.list.selected = row }
        case .initiative(let initiative):
            if let row = state.initiatives.rows(index, search: query).firstIndex(where: { $0.id == initiative.id }) {
                state.initiatives.list.selected = row
            }
        case .volunteer(let volunteer):
            if let row = state.volunteers.entries(index, search: query).firstIndex(where: { $0.volunteer.id == volunteer.id }) {
                state.volunteers.list.selected = row
            }
        case .event(let event):
            guard form.isNew, let saved = index.event(event.id) else { return }
            show(on: saved.start.day, &state, index) { index.event(of: $0).id == saved.id }
        case .move:
            guard let day = Day(typed: form[.date], today: state.today), let minutes = TimeInput.minutes(form[.time]) else { return }
            show(on: day, &state, index) { $0.start.minutes == minutes }
        case .shift, .settings:
            break
        }
    }

    private static func show(on day: Day, _ state: inout AppState, _ index: LibraryIndex, where matches: (Occurrence) -> Bool) {
        if !state.calendar.listedRange.contains(day) { state.calendar.day = day }
        let occurrences = state.calendar.occurrences(index, search: state.search?.query)
        state.calendar.list.selected = occurrences.firstIndex { $0.day >= day && matches($0) } ?? 0
    }
}
