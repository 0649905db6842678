import BibplanCore

/// A form for one thing in the library: a new one or a change to one. Opens with
/// the first field (the title or name) focused; Enter saves when every field is
/// valid; Esc cancels, asking first only if something changed.
public struct EditForm: Equatable, Sendable {
    /// What the form edits, as it was when the form opened.
    public enum Subject: Equatable, Sendable {
        case goal(Goal)
        case initiative(Initiative)
        case event(Event)
        case volunteer(Volunteer)
        case shift(Shift)
        /// One occurrence of a series moved to another day or time.
        case move(Occurrence, eventID: String)
        /// The library's own settings; `usedRooms` are the rooms events take (they must stay).
        case settings(LibrarySettings, usedRooms: Set<String>, usedCategories: Set<String>)
    }

    public let subject: Subject
    public let isNew: Bool
    public let heading: String
    public private(set) var fields: [FormField]
    private let initial: [FormField]
    public var focus = 0
    /// Problems found at the last Enter, by field key.
    public var errors: [FieldKey: String] = [:]
    /// Esc was pressed once with changes: the next Esc discards them.
    public var confirmingDiscard = false
    /// Enter met a field someone else changed meanwhile (or the item deleted): the next
    /// Enter keeps this form's values (or adds the item again).
    public var confirmingOverride = false

    public init(subject: Subject, isNew: Bool, heading: String, fields: [FormField]) {
        self.subject = subject
        self.isNew = isNew
        self.heading = heading
        self.fields = fields
        self.initial = fields
        // The first field's text is selected, so typing replaces it (as Tab does for the others).
        if case .text(var field)? = fields.first?.value {
            field.selectAll()
            self.fields[0].value = .text(field)
        }
    }

    public var hasChanges: Bool { fields.map(\.text) != initial.map(\.text) }

    /// The value of a field by key ("" when the form has no such field).
    public subscript(key: FieldKey) -> String { fields.first { $0.key == key }?.text ?? "" }

    public var focusedKey: FieldKey? { fields.indices.contains(focus) ? fields[focus].key : nil }

    /// Moves to another field and selects its text, so typing replaces it.
    public mutating func moveFocus(by step: Int) {
        guard !fields.isEmpty else { return }
        focus(on: (focus + step + fields.count) % fields.count)
    }

    public mutating func focus(on position: Int) {
        guard fields.indices.contains(position) else { return }
        if case .text(let field) = fields[focus].value { fields[focus].value = .text(TextField(field.text)) }
        focus = position
        if case .text(var field) = fields[focus].value {
            field.selectAll()
            fields[focus].value = .text(field)
        }
    }

    /// Edits the focused field; a changed field loses its old error.
    public mutating func edit(_ key: Key) {
        guard fields.indices.contains(focus), fields[focus].handle(key) else { return }
        errors[fields[focus].key] = nil
        confirmingDiscard = false
    }

    /// Sets a field's text, as typed (used by tests and pasting).
    public mutating func set(_ key: FieldKey, to text: String) {
        guard let position = fields.firstIndex(where: { $0.key == key }), case .text = fields[position].value else { return }
        fields[position].value = .text(TextField(text))
    }
}
