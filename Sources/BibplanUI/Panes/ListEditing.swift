import BibplanCore

/// The keys every list pane shares: new, edit, and delete (asking first, naming what goes).
struct ListEditing<Item> {
    let selected: Item?
    /// The form for a new one (`n`, or `N` for a top-level goal).
    let blank: (KeyCommand) -> EditForm
    let form: (Item) -> EditForm
    let deletion: (Item) -> (AppState.DeleteTarget, [String])

    /// The effects, or nil when the command is none of these.
    func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .new, .newTopLevel:
            return EditingUpdate.open(blank(command), &state)
        case .edit:
            guard let selected else { return [] }
            return EditingUpdate.open(form(selected), &state)
        case .delete:
            guard let selected else { return [] }
            let (target, summary) = deletion(selected)
            state.overlay = .confirmDelete(target, summary: summary)
            return []
        default:
            return nil
        }
    }
}

/// A copy starts as its original with a marked title: a template for a new one.
enum Copying {
    static func title(_ original: String, _ language: Language) -> String {
        original + language.pick(" (kopi)", " (copy)")
    }
}
