import BibplanCore

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

extension TextField {
    /// What a field `width` columns wide shows: the whole text from its first letter when
    /// it fits (with the cursor's cell), else a window that keeps the cursor in view, with
    /// `…` where text is hidden at either end. `cursor` is the cursor's columns in `text`
    /// (nil while the whole text is selected).
    public func visible(width: Int) -> (text: String, cursor: Range<Int>?) {
        guard width > 0 else { return ("", nil) }
        let shown = characters.map(SafeText.visible)
        let atEnd = cursor >= shown.count
        let cursorWidth = atEnd ? 1 : max(DisplayWidth.of(shown[cursor]), 1)
        func columns(_ range: Range<Int>) -> Int { shown[range].reduce(0) { $0 + DisplayWidth.of($1) } }
        let total = columns(0..<shown.count)
        if isSelected || total + (atEnd ? 1 : 0) <= width {
            let text = TextWrap.cut(String(shown), width)
            let column = columns(0..<cursor)
            return (text, isSelected || column + cursorWidth > width ? nil : column..<(column + cursorWidth))
        }
        // The first character shown: the leftmost that leaves room for the cursor, and
        // for a `…` at each end where text is hidden.
        var start = 0
        while start < cursor {
            let left = start > 0 ? 1 : 0
            let right = left + columns(start..<shown.count) + (atEnd ? 1 : 0) > width ? 1 : 0
            if left + columns(start..<cursor) + cursorWidth + right <= width { break }
            start += 1
        }
        let left = start > 0 ? "…" : ""
        let room = width - left.count
        let text = left + TextWrap.cut(String(shown[start...]), room)
        let column = left.count + columns(start..<cursor)
        return (text, column..<(column + cursorWidth))
    }

    /// Draws the field into a one-line `area` in `style`, the cursor (or the selected
    /// text) reversed.
    func draw(into screen: inout Screen, area: Rect, style: Style) {
        let (text, cursor) = visible(width: area.width)
        screen.put(text, x: area.x, y: area.y, limit: area.width, style: style)
        if isSelected {
            screen.restyle(Rect(x: area.x, y: area.y, width: DisplayWidth.of(text), height: 1)) { $0.reverse = true }
        } else if let cursor {
            screen.restyle(Rect(x: area.x + cursor.lowerBound, y: area.y, width: cursor.count, height: 1)) { $0.reverse = true }
        }
    }
}
