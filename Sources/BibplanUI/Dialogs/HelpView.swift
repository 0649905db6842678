import BibplanCore

/// Every key the person may use, generated from the key table: the current pane's
/// first, then the global ones, the other panes' and the dialogs'. A volunteer's help
/// is their program's keys alone.
enum HelpView {
    typealias Line = (key: String, text: String)

    static func render(_ state: AppState, scroll: Int, into screen: inout Screen, area: Rect) {
        var lines = lines(KeyBindings.helpScopes(state.role, current: state.pane), state.role, state.language)
        if let categories = state.index?.library.categories, !categories.isEmpty, !state.role.isVolunteer {
            // What the letters before the calendar's titles mean.
            lines.append(("", state.language.pick("Kalenderens kategorier", "The calendar's categories")))
            lines += categories.map { (key: String($0.letter), text: String($0.name.firstLine)) }
        }
        render(lines, title: state.language.pick("Taster  (↓/↑ ruller · andre taster lukker)", "Keys  (↓/↑ scroll · other keys close)"),
               scroll: scroll, state.language, into: &screen, area: area)
    }

    static func render(_ lines: [Line], title: String, scroll: Int, _ language: Language, into screen: inout Screen, area: Rect) {
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(title, x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            let keyWidth = min((lines.map { DisplayWidth.of($0.key) }.max() ?? 0) + 2, 20)
            let height = max(inner.height - 2, 1)
            // A second column only when one is not enough: an empty one would halve the room for the words.
            let columns = lines.count > height && inner.width >= 2 * (keyWidth + 36) ? 2 : 1
            let rowsPerColumn = max(height, (lines.count + columns - 1) / columns)
            let first = min(scroll, max(0, rowsPerColumn - height))
            let columnWidth = inner.width / columns
            for (position, line) in lines.enumerated() {
                let column = position / rowsPerColumn, row = position % rowsPerColumn - first
                guard row >= 0, row < height else { continue }
                let x = inner.x + column * columnWidth, y = inner.y + 2 + row
                let style: Style = line.key.isEmpty ? .heading : .plain
                screen.put(line.key, x: x, y: y, limit: keyWidth, style: .bold)
                screen.put(line.text, x: x + (line.key.isEmpty ? 0 : keyWidth), y: y, limit: columnWidth - keyWidth - 1, style: style)
            }
            Scrolling.mark(first: first, shown: height, total: rowsPerColumn, language, into: &screen, border: inner)
        }
    }

    /// A heading per scope and a line per binding the role may use; without volunteers'
    /// own sign-up, the keys that need it are left out.
    static func lines(_ scopes: [Scope], _ role: SessionRole, _ language: Language, signupAllowed: Bool = true) -> [Line] {
        var lines: [Line] = []
        for scope in scopes {
            let bindings = KeyBindings.bindings(in: scope).filter { $0.allows(role) && (signupAllowed || !$0.needsSignup) }
            guard !bindings.isEmpty else { continue }
            lines.append(("", scope.title(language)))
            lines += bindings.map { ($0.keyLabel, $0.help(language)) }
        }
        return lines
    }
}

/// Choosing a library when the data directory holds several.
enum LibraryPicker {
    static func render(_ state: AppState, _ position: ListPosition, into screen: inout Screen, area: Rect) {
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(state.language.pick("Vælg bibliotek (Enter)", "Choose a library (Enter)"), x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
            let nameWidth = nameColumn(state.libraryChoices.map { (String($0.name.firstLine), $0.id) }, width: list.width)
            Widgets.list(state.libraryChoices, selected: position.selected, in: &screen, area: list) { choice, line, screen in
                screen.put(TextWrap.fit(TextWrap.cut(choice.name.firstLine, nameWidth), nameWidth) + "  " + choice.id,
                           x: line.x, y: line.y, limit: line.width)
            }
        }
    }

    /// The width of the names' column: the widest name, less when the ids would not
    /// fit beside it (a name cut ends in `…`), and never under half the line.
    static func nameColumn(_ choices: [(name: String, id: String)], width: Int) -> Int {
        let widestName = choices.map { DisplayWidth.of(TextWrap.cut($0.name, width)) }.max() ?? 0
        let widestID = choices.map { DisplayWidth.of(TextWrap.cut($0.id, width)) }.max() ?? 0
        return max(min(widestName, width - 2 - widestID), min(widestName, width / 2), 1)
    }
}
