import BibplanCore

/// Content taller than its place (a dialog's body): drawn whole into a tall scratch grid,
/// then the rows that keep the focused lines in view are copied, and the box's lower
/// border says that it scrolls (`↑↓ 3–8 af 14`).
enum Scrolling {
    /// The most rows a scrolled body draws.
    static let maximumRows = 400

    /// What the content drew: the rows it used, and the rows to keep in view (the selected line).
    struct Drawn {
        var rows: Int
        var focus: Range<Int>?
    }

    /// Draws `content` into `area`, scrolled to keep its focus in view (else from `scroll`),
    /// and marks `border`'s lower edge when not all shows. Returns the first row shown.
    @discardableResult
    static func draw(into screen: inout Screen, area: Rect, border: Rect?, _ language: Language, scroll: Int = 0,
                     content: (inout Screen, Rect) -> Drawn) -> Int {
        guard area.width > 0, area.height > 0 else { return 0 }
        var scratch = Screen(width: area.width, height: maximumRows)
        let drawn = content(&scratch, Rect(x: 0, y: 0, width: area.width, height: maximumRows))
        let rows = min(drawn.rows, maximumRows)
        let first = firstRow(rows: rows, height: area.height, focus: drawn.focus, scroll: scroll)
        screen.copy(scratch, rows: first..<min(first + area.height, rows), to: area.x, y: area.y)
        if rows > area.height, let border { mark(first: first, shown: area.height, total: rows, language, into: &screen, border: border) }
        return first
    }

    /// The first row to show: from `scroll`, moved just enough to show the focus.
    static func firstRow(rows: Int, height: Int, focus: Range<Int>?, scroll: Int) -> Int {
        let last = max(0, rows - height)
        var first = min(max(scroll, 0), last)
        if let focus {
            if focus.upperBound > first + height { first = focus.upperBound - height }
            if focus.lowerBound < first { first = focus.lowerBound }
        }
        return min(max(first, 0), last)
    }

    /// `─ ↑↓ 3–8 af 14 ─` on the row under `border`, at its right end.
    static func mark(first: Int, shown: Int, total: Int, _ language: Language, into screen: inout Screen, border: Rect) {
        guard total > shown else { return }
        let arrows = (first > 0 ? "↑" : "") + (first + shown < total ? "↓" : "")
        let range = "\(first + 1)–\(first + shown)"
        let text = " " + arrows + " " + language.pick(range + " af \(total)", range + " of \(total)") + " "
        let width = DisplayWidth.of(text)
        guard width <= border.width else { return }
        screen.put(text, x: border.right - width, y: border.bottom, style: .bold)
    }
}
