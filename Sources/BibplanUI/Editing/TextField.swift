/// A one-line text being edited: characters (so Danish letters and combining
/// marks move as one), a cursor, and the keys of a readline-like field.
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// The whole text is selected (the field was just tabbed into): typing replaces
    /// it, Backspace or Delete clears it, any movement keeps it.
    public private(set) var isSelected = false

    public init(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func selectAll() {
        isSelected = !characters.isEmpty
        cursor = characters.count
    }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        let wasSelected = isSelected
        isSelected = false
        switch key {
        case .character(let character):
            if wasSelected { clear() }
            characters.insert(character, at: cursor)
            cursor += 1
        case .left: cursor = wasSelected ? 0 : max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace:
            if wasSelected { clear(); return true }
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            if wasSelected { clear(); return true }
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("k"): characters.removeSubrange(cursor...)
        case .control("u"):
            characters.removeSubrange(..<cursor)
            cursor = 0
        default:
            isSelected = wasSelected
            return false
        }
        return true
    }

    private mutating func clear() {
        characters.removeAll()
        cursor = 0
    }
}
