import BibplanCore

/// Every key, generated from the same table the program uses.
enum HelpView {
    static func render(_ state: AppState, into screen: inout Screen, area: Rect) {
        drawBox(into: &screen, area: area) { screen, inner in
            let language = state.language
            screen.put(language.pick("Taster (Esc lukker)", "Keys (Esc closes)"), x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            var lines: [(String, String)] = []
            for scope in [Scope.global] + Pane.allCases.map(Scope.pane) {
                for binding in KeyBindings.all where binding.scope == scope {
                    let place: String
                    if case .pane(let pane) = scope { place = " (" + pane.title(language) + ")" } else { place = "" }
                    lines.append((binding.keyLabel, binding.help(language) + place))
                }
            }
            let keyWidth = min((lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2, 20)
            let columns = inner.width >= 2 * (keyWidth + 32) ? 2 : 1
            let rowsPerColumn = (lines.count + columns - 1) / columns
            let columnWidth = inner.width / columns
            for (position, line) in lines.enumerated() {
                let column = position / rowsPerColumn, row = position % rowsPerColumn
                let y = inner.y + 2 + row
                guard y < inner.bottom else { continue }
                let x = inner.x + column * columnWidth
                screen.put(line.0, x: x, y: y, limit: keyWidth, style: .bold)
                screen.put(line.1, x: x + keyWidth, y: y, limit: columnWidth - keyWidth - 1)
            }
        }
    }
}

/// Choosing a library when the data directory holds several.
enum LibraryPicker {
    static func render(_ state: AppState, _ position: ListPosition, into screen: inout Screen, area: Rect) {
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(state.language.pick("Vælg bibliotek (Enter)", "Choose a library (Enter)"), x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
            Widgets.list(state.libraryChoices, selected: position.selected, in: &screen, area: list) { choice, line, screen in
                screen.put(TextWrap.fit(choice.name.firstLine, max(line.width - 16, 1)) + "  " + choice.id, x: line.x, y: line.y, limit: line.width)
            }
        }
    }
}
