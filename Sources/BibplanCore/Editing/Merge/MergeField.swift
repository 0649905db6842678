/// One field of an item, as the merge sees it: its name in the schema, how to
/// compare it, how to carry it from one version into another, and how a person
/// reads its value in a clash.
struct MergeField<Item>: Sendable {
    let name: String
    let same: @Sendable (Item, Item) -> Bool
    let take: @Sendable (inout Item, Item) -> Void
    let text: @Sendable (Item) -> String

    init<Value: Equatable & Sendable>(_ name: String, _ path: WritableKeyPath<Item, Value> & Sendable) {
        self.name = name
        same = { $0[keyPath: path] == $1[keyPath: path] }
        take = { $0[keyPath: path] = $1[keyPath: path] }
        text = { MergeValueText.text(of: $0[keyPath: path]) }
    }
}

/// A field's value as a person reads it in a clash: `40`, `på sporet`, `–` for nothing.
enum MergeValueText {
    static func text(of value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { text(of: $0.value) } ?? "–"
        case .collection:
            let items = mirror.children.map { text(of: $0.value) }
            return items.isEmpty ? "–" : items.joined(separator: ", ")
        default:
            if let string = value as? String { return string.isEmpty ? "–" : string }
            if let raw = value as? any RawRepresentable { return "\(raw.rawValue)" }
            if let described = value as? CustomStringConvertible { return described.description }
            return String(describing: value)
        }
    }
}
