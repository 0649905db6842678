import BibplanCore

/// Changing the library from the program: every change goes through `apply`,
/// which records undo history and asks the run loop to save.
enum EditingUpdate {
    typealias Change = (inout Library) -> Void

    /// `done` is said only when the change went through (a viewer's is refused, and
    /// a change that changes nothing says nothing).
    static func apply(_ change: Change, _ state: inout AppState, done: String? = nil) -> [Effect] {
        guard let index = state.index else { return [] }
        guard state.role.mayEdit else { state.message = state.role.refusal(state.language); return [] }
        var library = index.library
        change(&library)
        let effects = commit(library, &state)
        if !effects.isEmpty, let done { state.message = done }
        return effects
    }

    /// Records undo history, shows the new version and asks for a save. Staff's changes
    /// come through `apply`; a volunteer's only through `VolunteerSignup`.
    static func commit(_ library: Library, _ state: inout AppState) -> [Effect] {
        guard let index = state.index, library != index.library else { return [] }
        state.history.record(index.library)
        state.index = LibraryIndex(library)
        return [.save(library)]
    }

    /// The changes of the whole library: undo, redo, its settings. The key table has let
    /// only the roles through that may use them; a pane's own changes are in its folder.
    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
        guard let index = state.index else { return [] }
        switch command {
        case .undo, .redo:
            let restored = command == .undo ? state.history.undo(from: index.library) : state.history.redo(from: index.library)
            guard let restored else {
                state.message = command == .undo ? state.language.pick("Intet at fortryde", "Nothing to undo")
                    : state.language.pick("Intet at gentage", "Nothing to redo")
                return []
            }
            state.index = LibraryIndex(restored)
            state.message = command == .undo ? state.language.pick("Fortrudt", "Undone") : state.language.pick("Gentaget", "Redone")
            return [.save(restored)]
        case .librarySettings:
            return open(LibraryFields.form(index.library, state.language), &state)
        default:
            return []
        }
    }

    /// Opens a form over the pane.
    static func open(_ form: EditForm, _ state: inout AppState) -> [Effect] {
        state.overlay = .form(form)
        return []
    }
}
