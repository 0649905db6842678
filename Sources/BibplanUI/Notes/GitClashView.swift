import BibplanCore

/// The dialog of a git merge's open clashes: one row each (where, mine, theirs), the
/// selected one's values in full below, and the keys that settle it.
enum GitClashView {
    static func render(_ position: ListPosition, _ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        let clashes = state.notes.clashes
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(language.pick("En git-fletning ændrede det samme to steder (\(clashes.count) åbne):",
                                     "A git merge changed the same thing in two places (\(clashes.count) open):"),
                       x: inner.x, y: inner.y, limit: inner.width, style: .warning)
            let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 7))
            Widgets.list(clashes, selected: position.selected, in: &screen, area: list) { clash, line, screen in
                screen.put(SafeText.line(clash.path), x: line.x, y: line.y, limit: line.width)
            }
            if clashes.indices.contains(position.selected), inner.height >= 7 {
                let clash = clashes[position.selected]
                let values = Rect(x: inner.x, y: inner.bottom - 4, width: inner.width, height: 2)
                Widgets.fields([(language.pick("Min", "Mine"), SafeText.line(clash.ours)),
                                (language.pick("Deres", "Theirs"), SafeText.line(clash.theirs))], in: &screen, area: values)
            }
            screen.put(KeyBindings.keyLine(.gitClashes, language), x: inner.x, y: inner.bottom - 1, limit: inner.width, style: .bold)
        }
    }
}
