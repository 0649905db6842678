import BibplanCore

/// Every key, generated from the same table the program uses: the current pane's
/// first, then the global ones, the other panes', and the keys inside forms and rosters.
enum HelpView {
    static func render(_ state: AppState, scroll: Int, into screen: inout Screen, area: Rect) {
        drawBox(into: &screen, area: area) { screen, inner in
            let language = state.language
            let lines = self.lines(state.pane, language)
            screen.put(language.pick("Taster  (↓/↑ ruller · andre taster lukker)", "Keys  (↓/↑ scroll · other keys close)"),
                       x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            let keyWidth = min((lines.map { DisplayWidth.of($0.key) }.max() ?? 0) + 2, 20)
            let columns = inner.width >= 2 * (keyWidth + 36) ? 2 : 1
            let height = max(inner.height - 2, 1)
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
        }
    }

    static func lines(_ current: Pane, _ language: Language) -> [(key: String, text: String)] {
        var lines: [(key: String, text: String)] = []
        let scopes = [Scope.pane(current), .global] + Pane.allCases.filter { $0 != current }.map(Scope.pane)
        for scope in scopes {
            let bindings = KeyBindings.all.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            if case .pane(let pane) = scope { lines.append(("", pane.title(language))) } else { lines.append(("", language.pick("Overalt", "Everywhere"))) }
            lines += bindings.map { ($0.keyLabel, $0.help(language)) }
        }
        lines.append(("", language.pick("I en formular", "In a form")))
        lines += [("Tab/↓", language.pick("næste felt (markerer teksten)", "next field (selects its text)")),
                  ("Shift-Tab/↑", language.pick("forrige felt", "previous field")),
                  ("←/→", language.pick("flyt markøren · skift valg", "move the cursor · change a choice")),
                  ("Ctrl-A/E/K/U", language.pick("start · slut · slet til slut · slet til start", "start · end · delete to end · delete to start")),
                  ("Enter", language.pick("gemmer", "saves")),
                  ("Esc", language.pick("fortryder (spørger ved ændringer)", "cancels (asks when changed)"))]
        lines.append(("", language.pick("I en vagtplan", "In a roster")))
        lines += [("a", language.pick("tildel en frivillig (gruppens først)", "assign a volunteer (the group's first)")),
                  ("d/Delete", language.pick("fjern den valgte vagt", "remove the selected shift")),
                  ("e", language.pick("vagtens rolle", "the shift's role"))]
        return lines
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
