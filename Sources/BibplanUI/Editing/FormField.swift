/// One field of a form: a label and a value being edited.
public struct FormField: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        /// Free text: titles, dates, numbers, lists separated by commas, recurrences in words.
        case text(TextField)
        /// One of a fixed set: `options` are the stored values, `labels` what is shown.
        case choice(options: [String], labels: [String], selected: Int)
    }

    /// The name the form is read by.
    public let key: FieldKey
    public let label: String
    public var value: Value

    public static func text(_ key: FieldKey, _ label: String, _ text: String) -> FormField {
        FormField(key: key, label: label, value: .text(TextField(text)))
    }

    public static func choice(_ key: FieldKey, _ label: String, options: [String], labels: [String], selected: String) -> FormField {
        FormField(key: key, label: label, value: .choice(options: options, labels: labels, selected: options.firstIndex(of: selected) ?? 0))
    }

    /// The text of a text field, the stored value of a choice.
    public var text: String {
        switch value {
        case .text(let field): return field.text
        case .choice(let options, _, let selected): return options.indices.contains(selected) ? options[selected] : ""
        }
    }

    /// What the field shows.
    public var shown: String {
        switch value {
        case .text(let field): return field.text
        case .choice(_, let labels, let selected): return "‹ " + (labels.indices.contains(selected) ? labels[selected] : "") + " ›"
        }
    }

    /// Applies a key to the value; false when the key does not edit this field.
    public mutating func handle(_ key: Key) -> Bool {
        switch value {
        case .text(var field):
            let handled = field.handle(key)
            value = .text(field)
            return handled
        case .choice(let options, let labels, let selected):
            guard let next = Self.choose(key, labels: labels, selected: selected) else { return false }
            value = .choice(options: options, labels: labels, selected: next)
            return true
        }
    }

    /// Left/Right and Space cycle; a letter jumps to the next label starting with it.
    private static func choose(_ key: Key, labels: [String], selected: Int) -> Int? {
        guard !labels.isEmpty else { return nil }
        switch key {
        case .left: return (selected + labels.count - 1) % labels.count
        case .right, .character(" "): return (selected + 1) % labels.count
        case .character(let character):
            let letter = character.lowercased()
            for step in 1...labels.count {
                let candidate = (selected + step) % labels.count
                if labels[candidate].lowercased().hasPrefix(letter) { return candidate }
            }
            return selected
        default: return nil
        }
    }
}
