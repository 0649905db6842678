import BibplanCore

/// One cell of the grid: a character (with its combining marks) and its style.
/// A wide character occupies its cell and marks the next one as its continuation.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(character: " ", width: 1, style: .plain)
    static let continuation = Cell(character: " ", width: 0, style: .plain)
}

/// The finished frame: what the terminal layer hands to ncurses. Rendering writes
/// everything into it each frame; the terminal sends only what changed.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// What a click on each cell means, filled by the same drawing (`HitRegions`).
    public var hits = HitRegions()

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public mutating func fill(_ area: Rect, style: Style) {
        let clipped = clip(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right {
                cells[y * width + x] = Cell(character: " ", width: 1, style: style)
            }
        }
    }

    /// Draws `text` on one line from (x, y), never past `limit` columns nor the area's edge.
    /// Unsafe characters are made visible; a text that does not fit ends in `…`.
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let available = min(limit ?? (width - x), width - x)
        guard available > 0 else { return 0 }
        let end = x + available
        var column = x
        for original in text {
            let character = SafeText.visible(original)
            let characterWidth = DisplayWidth.of(character)
            if column + characterWidth > end {
                // Cut: the last column shows that there is more.
                let mark = min(column, end - 1)
                if cells[y * width + mark].width == 0, mark > x, cells[y * width + mark - 1].width == 2 {
                    set(mark - 1, y, Cell(character: " ", width: 1, style: style))
                }
                set(mark, y, Cell(character: "…", width: 1, style: style))
                column = mark + 1
                break
            }
            if characterWidth == 0 {
                appendCombining(character, before: column, y: y)
            } else {
                set(column, y, Cell(character: character, width: UInt8(characterWidth), style: style))
                if characterWidth == 2 { set(column + 1, y, Cell(character: " ", width: 0, style: style)) }
                column += characterWidth
            }
        }
        return column - x
    }

    /// Draws `text` in a rectangle, wrapped at spaces; returns the rows used.
    @discardableResult
    public mutating func putWrapped(_ text: String, in area: Rect, style: Style = .plain) -> Int {
        var row = 0
        for line in TextWrap.lines(text, width: area.width) {
            guard row < area.height else { break }
            put(line, x: area.x, y: area.y + row, limit: area.width, style: style)
            row += 1
        }
        return row
    }

    /// Copies `rows` of `source` to (x, y), as many columns as fit: a scrolled part of a taller drawing.
    public mutating func copy(_ source: Screen, rows: Range<Int>, to x: Int, y: Int) {
        for (offset, row) in rows.enumerated() where row >= 0 && row < source.height && y + offset >= 0 && y + offset < height {
            for column in 0..<source.width where x + column >= 0 && x + column < width {
                cells[(y + offset) * width + x + column] = source[column, row]
            }
        }
    }

    /// Sets the style of existing cells in a row span (for highlighting a line).
    public mutating func restyle(_ area: Rect, _ transform: (inout Style) -> Void) {
        let clipped = clip(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right { transform(&cells[y * width + x].style) }
        }
    }

    /// The text of each row, trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { line($0) }
    }

    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            let cell = self[x, y]
            if cell.width > 0 { text.append(cell.character) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    public var text: String { lines.joined(separator: "\n") }

    // MARK: Private

    private func clip(_ area: Rect) -> Rect {
        let x0 = max(0, area.x), y0 = max(0, area.y)
        let x1 = min(width, area.right), y1 = min(height, area.bottom)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].width == 0, x > 0, cells[index - 1].width == 2 { cells[index - 1] = Cell(character: " ", width: 1, style: cells[index - 1].style) }
        if cells[index].width == 2, x + 1 < width { cells[index + 1] = Cell(character: " ", width: 1, style: cell.style) }
        cells[index] = cell
    }

    private mutating func appendCombining(_ character: Character, before column: Int, y: Int) {
        var target = column - 1
        while target >= 0, cells[y * width + target].width == 0 { target -= 1 }
        guard target >= 0 else { return }
        let base = cells[y * width + target]
        let combined = String(base.character) + String(character)
        if combined.count == 1, let merged = combined.first {
            cells[y * width + target].character = merged
        }
    }
}
