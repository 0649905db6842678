import BibplanCore

/// Small drawing pieces shared by the panes.
public enum Widgets {
    /// `[████░░░░░░]  40 %` (`40%` in English) in `width` columns.
    public static func progressBar(_ percent: Int, width: Int, _ language: Language) -> String {
        let clamped = min(max(percent, 0), 100)
        let labelWidth = DisplayWidth.of(language.percent(100))
        let barWidth = max(width - 3 - labelWidth, 1)
        let filled = (clamped * barWidth + 50) / 100
        let label = language.percent(clamped)
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + "] "
            + String(repeating: " ", count: max(0, labelWidth - label.count)) + label
    }

    /// The first visible row of a list of `count` rows whose selection is `selected`.
    public static func firstVisible(selected: Int, count: Int, height: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        return min(max(0, selected - height + 1), count - height)
    }

    /// A scrolling list: draws the visible rows through `row(item, rowArea, &screen)`
    /// and highlights the selected one.
    public static func list<T>(_ items: [T], selected: Int, in screen: inout Screen, area: Rect,
                               row: (T, Rect, inout Screen) -> Void) {
        let first = firstVisible(selected: selected, count: items.count, height: area.height)
        screen.hits.addRows(in: area, first: first, count: items.count)
        for (offset, item) in items.dropFirst(first).prefix(area.height).enumerated() {
            let line = Rect(x: area.x, y: area.y + offset, width: area.width, height: 1)
            row(item, line, &screen)
            if first + offset == selected { screen.restyle(line) { $0.reverse = true } }
        }
    }

    /// Label–value lines (`Ejer: Leder`), values wrapped; returns the rows used.
    @discardableResult
    public static func fields(_ fields: [(String, String)], in screen: inout Screen, area: Rect) -> Int {
        let labelWidth = min((fields.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2, area.width / 3)
        var row = 0
        for (label, value) in fields where !value.isEmpty {
            guard row < area.height else { break }
            screen.put(label + ":", x: area.x, y: area.y + row, limit: labelWidth, style: .bold)
            let valueArea = Rect(x: area.x + labelWidth, y: area.y + row, width: area.width - labelWidth, height: area.height - row)
            row += max(1, screen.putWrapped(value, in: valueArea))
        }
        return row
    }

    /// The status line: the message when there is one, else as many key hints as fit (dropped
    /// whole from the end), with the help key and the `pinned` ones (quit) at the right so they
    /// show at any width.
    public static func statusLine(_ hints: [String], pinned: [String] = [], message: String?, _ language: Language,
                                  in screen: inout Screen, area: Rect) {
        if let message {
            screen.put(message, x: area.x, y: area.y, limit: area.width, style: .caution)
            return
        }
        let help = (pinned + ["? " + language.pick("hjælp", "help")]).joined(separator: "  ")
        let right = max(area.x, area.right - DisplayWidth.of(help))
        screen.put(help, x: right, y: area.y, style: .bold)
        var x = area.x
        for text in hints {
            guard x + DisplayWidth.of(text) < right - 1 else { break }
            x += screen.put(text, x: x, y: area.y, style: .dim) + 2
        }
    }

    /// The items that fit in `width`, joined by `separator`: the least important (the last
    /// ones not `essential`) are dropped whole, never cut mid-word.
    static func fitting(_ items: [(text: String, essential: Bool)], width: Int, separator: String = " · ") -> String {
        var kept = items
        func joined() -> String { kept.map(\.text).joined(separator: separator) }
        while !kept.isEmpty, DisplayWidth.of(joined()) > width {
            kept.remove(at: kept.lastIndex { !$0.essential } ?? kept.count - 1)
        }
        return joined()
    }

    /// `text` wrapped into `area`; when it needs more rows, the last one shown ends in `…`.
    /// Returns the rows used.
    @discardableResult
    static func wrapped(_ text: String, in screen: inout Screen, area: Rect, style: Style = .plain) -> Int {
        let lines = TextWrap.lines(text, width: area.width)
        let shown = min(lines.count, max(area.height, 0))
        for row in 0..<shown {
            let cut = row == shown - 1 && shown < lines.count
            screen.put(lines[row] + (cut ? " …" : ""), x: area.x, y: area.y + row, limit: area.width, style: style)
        }
        return shown
    }

    /// A bulleted list, wrapped; returns the rows used.
    @discardableResult
    public static func bullets(_ items: [String], in screen: inout Screen, area: Rect, bullet: String = "• ") -> Int {
        var row = 0
        for item in items {
            guard row < area.height else { break }
            screen.put(bullet, x: area.x, y: area.y + row)
            let indent = DisplayWidth.of(bullet)
            row += max(1, screen.putWrapped(item, in: Rect(x: area.x + indent, y: area.y + row, width: area.width - indent, height: area.height - row)))
        }
        return row
    }
}
