import BibplanCore

/// Forms, the goal links and the confirmations, drawn over the pane.
enum FormView {
    static func render(_ form: EditForm, _ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        drawBox(into: &screen, area: area) { screen, inner in
            // The keys that fit beside the heading, dropped whole from the least important.
            let headingWidth = min(DisplayWidth.of(form.heading), inner.width)
            let keys = KeyBindings.keyLine(.form, language, width: inner.width - headingWidth - 3)
            let keysWidth = keys.isEmpty ? 0 : DisplayWidth.of(keys) + 3
            screen.put(form.heading, x: inner.x, y: inner.y, limit: inner.width - keysWidth, style: .heading)
            if !keys.isEmpty { screen.put(keys, x: inner.right - keysWidth + 3, y: inner.y, limit: keysWidth - 3, style: .heading) }
            let notes = notes(form, state)
            let fieldArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2 - notes.count))
            let preview = previewLines(form, state)
            // The fields scroll, the recurrence preview under its field, and the border says so.
            Scrolling.draw(into: &screen, area: fieldArea, border: inner, language) { scratch, tall in
                drawFields(form, preview: preview, into: &scratch, area: tall)
            }
            for (offset, note) in notes.enumerated() {
                screen.put(note.text, x: inner.x, y: inner.bottom - notes.count + offset, limit: inner.width, style: note.style)
            }
        }
    }

    /// Every field a row, the preview's lines under the repeat field; the focused field is kept in view.
    private static func drawFields(_ form: EditForm, preview: [String], into screen: inout Screen, area: Rect) -> Scrolling.Drawn {
        let labelWidth = min((form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 3, area.width / 3)
        var y = area.y
        var focus: Range<Int>?
        for (offset, field) in form.fields.enumerated() {
            let failed = form.errors[field.key] != nil
            screen.put((failed ? "! " : "") + field.label, x: area.x, y: y, limit: labelWidth - 1, style: failed ? .warning : .bold)
            drawValue(field, focused: offset == form.focus, into: &screen,
                      area: Rect(x: area.x + labelWidth, y: y, width: area.width - labelWidth, height: 1))
            let start = y
            y += 1
            if field.key == .repeats {
                for line in preview {
                    let lineArea = Rect(x: area.x + labelWidth, y: y, width: area.width - labelWidth, height: 3)
                    y += screen.putWrapped(line, in: lineArea, style: .dim)
                }
            }
            if offset == form.focus { focus = start..<y }
        }
        return Scrolling.Drawn(rows: y - area.y, focus: focus)
    }

    private static func previewLines(_ form: EditForm, _ state: AppState) -> [String] {
        guard case .event = form.subject else { return [] }
        return EventFields.preview(form, today: state.today, language: state.language, open: state.index?.open)
    }

    /// The line under the fields: the focused field's problem, else the first one.
    private static func notes(_ form: EditForm, _ state: AppState) -> [(text: String, style: Style)] {
        var notes: [(text: String, style: Style)] = []
        if let focused = form.focusedKey, let error = form.errors[focused] {
            let label = form.fields.first { $0.key == focused }?.label ?? ""
            notes.append(("! " + label + ": " + error, .warning))
        } else if let (key, error) = form.errors.min(by: { $0.key.rawValue < $1.key.rawValue }) {
            let label = form.fields.first { $0.key == key }?.label ?? key.rawValue
            notes.append(("! " + label + ": " + error, .warning))
        }
        return notes
    }

    private static func drawValue(_ field: FormField, focused: Bool, into screen: inout Screen, area: Rect) {
        screen.fill(area, style: focused ? Style(underline: true) : .plain)
        guard case .text(let textField) = field.value, focused else {
            screen.put(field.shown, x: area.x, y: area.y, limit: area.width, style: focused ? Style(bold: true, underline: true) : .plain)
            return
        }
        textField.draw(into: &screen, area: area, style: Style(bold: true, underline: true))
    }

    static func renderGoalLinks(_ id: String, _ position: ListPosition, _ index: LibraryIndex, _ state: AppState,
                                into screen: inout Screen, area: Rect) {
        let linked = Set(index.initiative(id)?.goals ?? [])
        drawBox(into: &screen, area: area) { screen, inner in
            let title = index.initiative(id)?.title ?? id
            screen.put(state.language.pick("Mål for: ", "Goals of: ") + title.firstLine, x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            screen.put(KeyBindings.keyLine(.linkGoals, state.language, width: inner.width),
                       x: inner.x, y: inner.y + 1, limit: inner.width, style: .dim)
            let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
            Widgets.list(index.library.goals, selected: position.selected, in: &screen, area: list) { goal, line, screen in
                let indent = goal.parent == nil ? "" : "    "
                screen.put((linked.contains(goal.id) ? "[x] " : "[ ] ") + indent + goal.title.firstLine, x: line.x, y: line.y, limit: line.width)
            }
            let goals = index.library.goals.count
            Scrolling.mark(first: Widgets.firstVisible(selected: position.selected, count: goals, height: list.height), shown: list.height,
                           total: goals, state.language, into: &screen, border: inner)
        }
    }

    static func renderClash(_ clashes: [String], _ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(language.pick("En anden har ændret det samme. Intet er gemt endnu:", "Someone else changed the same thing. Nothing is saved yet:"),
                       x: inner.x, y: inner.y, limit: inner.width, style: .warning)
            // Each clash wrapped under its bullet: who saved the other side and when is at the end of the line.
            let rows = clashes.flatMap { clash in
                TextWrap.lines(clash, width: max(inner.width - 3, 1)).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
            }
            for (offset, line) in rows.prefix(max(inner.height - 4, 0)).enumerated() {
                screen.put(line, x: inner.x + 1, y: inner.y + 2 + offset, limit: inner.width - 1)
            }
            screen.put(KeyBindings.keyLine(.clash, language, width: inner.width),
                       x: inner.x, y: inner.bottom - 1, limit: inner.width, style: .bold)
        }
    }

    /// A question with what it concerns. `pinned` lines (a field to type in) always show; a
    /// summary longer than the box ends in a line saying how many more there are.
    static func renderConfirmation(_ summary: [String], _ state: AppState, into screen: inout Screen, area: Rect, title: String? = nil,
                                   footer: String? = nil, pinned: [String] = []) {
        let language = state.language
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(title ?? language.pick("Slet? Dette forsvinder:", "Delete? This goes:"), x: inner.x, y: inner.y, limit: inner.width, style: .warning)
            let rows = max(inner.height - 4, 0)
            let room = max(rows - pinned.count, 0)
            var lines = Array(summary.prefix(room))
            if summary.count > room, room > 0 {
                let more = summary.count - room + 1
                lines[room - 1] = language.pick("… og \(more) linjer mere", "… and \(more) more lines")
            }
            // A blank line sets the field apart where there is room for it.
            let spacer = !pinned.isEmpty && lines.count + 1 + pinned.count <= rows ? [""] : []
            for (offset, line) in (lines + spacer + pinned).prefix(rows).enumerated() {
                screen.put(line, x: inner.x + 1, y: inner.y + 2 + offset, limit: inner.width - 1)
            }
            screen.put(footer ?? KeyBindings.keyLine(.confirmDelete, language, width: inner.width),
                       x: inner.x, y: inner.bottom - 1, limit: inner.width, style: .bold)
        }
    }
}
