import BibplanCore

/// The keys a dialog shows in its key line, as buttons: each shown binding of the dialog's
/// part of the key table is found where the dialog drew its words ("m behold min udgave"),
/// and a click there is the same as pressing the binding's first key. Found on the drawn
/// cells, so a footer laid out differently for a small terminal still gets its buttons, and a
/// key cut off (`…`) gets none.
enum DialogButtons {
    static func add(_ dialog: Dialog, _ language: Language, to screen: inout Screen, within area: Rect) {
        let buttons = KeyBindings.bindings(in: .dialog(dialog)).compactMap { binding -> (text: [Character], key: Key)? in
            guard let text = binding.hintText(language), let key = binding.keys.first else { return nil }
            return (Array(text), key)
        }
        guard !buttons.isEmpty else { return }
        let top = max(area.y, 0), bottom = min(area.bottom, screen.height)
        var found = Set<Key>()
        // From the bottom up: a key line sits under the dialog's text, and the lowest match is taken.
        for y in stride(from: bottom - 1, through: top, by: -1) {
            let cells = row(screen, y, from: max(area.x, 0), to: min(area.right, screen.width))
            for button in buttons where !found.contains(button.key) {
                guard let (start, end) = find(button.text, in: cells) else { continue }
                found.insert(button.key)
                screen.hits.add(Rect(x: start, y: y, width: end - start, height: 1), .button(button.key))
            }
        }
    }

    /// The drawn characters of one row with the column each starts at and the column after it.
    private static func row(_ screen: Screen, _ y: Int, from left: Int, to right: Int) -> [(character: Character, start: Int, end: Int)] {
        guard left < right else { return [] }
        return (left..<right).compactMap { x in
            let cell = screen[x, y]
            return cell.width > 0 ? (cell.character, x, x + Int(cell.width)) : nil
        }
    }

    /// The columns of `text` in the row, as a whole phrase (a space or the edge on either side).
    private static func find(_ text: [Character], in cells: [(character: Character, start: Int, end: Int)]) -> (Int, Int)? {
        guard !text.isEmpty, cells.count >= text.count else { return nil }
        for first in 0...(cells.count - text.count) {
            guard first == 0 || cells[first - 1].character == " " else { continue }
            let last = first + text.count - 1
            guard last + 1 == cells.count || cells[last + 1].character == " " else { continue }
            if (0..<text.count).allSatisfy({ cells[first + $0].character == text[$0] }) { return (cells[first].start, cells[last].end) }
        }
        return nil
    }
}
