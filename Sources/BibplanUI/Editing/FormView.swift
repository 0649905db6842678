import BibplanCore

/// The goal form and the delete confirmation, drawn over the pane.
enum FormView {
    static func render(_ form: GoalForm, _ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        drawBox(into: &screen, area: area) { screen, inner in
            let heading = form.isNew ? language.pick("Nyt mål", "New goal") : language.pick("Rediger mål", "Edit goal")
            screen.put(heading + language.pick("   Enter gemmer · Esc fortryder · Tab næste felt", "   Enter saves · Esc cancels · Tab next field"),
                       x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            let labelWidth = 14
            for field in GoalForm.Field.allCases {
                let y = inner.y + 2 + field.rawValue * 2
                guard y < inner.bottom else { break }
                let error = form.errors[field]
                screen.put((error == nil ? "" : "! ") + GoalForm.label(field, language), x: inner.x, y: y, limit: labelWidth - 1,
                           style: error == nil ? .bold : .warning)
                let valueWidth = inner.width - labelWidth
                drawValue(form, field, language, into: &screen, area: Rect(x: inner.x + labelWidth, y: y, width: valueWidth, height: 1))
                if let error, y + 1 < inner.bottom {
                    screen.put(error, x: inner.x + labelWidth, y: y + 1, limit: valueWidth, style: .warning)
                }
            }
        }
    }

    private static func drawValue(_ form: GoalForm, _ field: GoalForm.Field, _ language: Language, into screen: inout Screen, area: Rect) {
        let focused = form.focus == field
        let text = form.text(of: field, language)
        let textField: TextField? = {
            switch field {
            case .title: return form.title
            case .description: return form.description
            case .owner: return form.owner
            case .progress: return form.progress
            case .due: return form.due
            case .status: return nil
            }
        }()
        // Keep the cursor in view: scroll the text so the cursor's column fits.
        var shown = Substring(text)
        var cursorColumn = 0
        if let textField, focused {
            var start = 0
            while start < textField.cursor, DisplayWidth.of(String(textField.characters[start..<textField.cursor])) >= area.width { start += 1 }
            shown = Substring(String(textField.characters[start...]))
            cursorColumn = DisplayWidth.of(String(textField.characters[start..<textField.cursor]))
        }
        screen.fill(area, style: focused ? Style(underline: true) : .plain)
        screen.put(shown, x: area.x, y: area.y, limit: area.width, style: focused ? Style(bold: true, underline: true) : .plain)
        if focused, textField != nil, cursorColumn < area.width {
            screen.restyle(Rect(x: area.x + cursorColumn, y: area.y, width: 1, height: 1)) { $0.reverse = true }
        }
    }

    static func renderGoalLinks(_ id: String, _ position: ListPosition, _ index: LibraryIndex, _ state: AppState,
                                into screen: inout Screen, area: Rect) {
        let linked = Set(index.initiative(id)?.goals ?? [])
        drawBox(into: &screen, area: area) { screen, inner in
            let title = index.initiative(id)?.title ?? id
            screen.put(state.language.pick("Mål for: ", "Goals of: ") + title.firstLine, x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            screen.put(state.language.pick("Enter/mellemrum knytter eller løsner · Esc lukker", "Enter/Space links or unlinks · Esc closes"),
                       x: inner.x, y: inner.y + 1, limit: inner.width, style: .dim)
            let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
            Widgets.list(index.library.goals, selected: position.selected, in: &screen, area: list) { goal, line, screen in
                let indent = goal.parent == nil ? "" : "    "
                screen.put((linked.contains(goal.id) ? "[x] " : "[ ] ") + indent + goal.title.firstLine, x: line.x, y: line.y, limit: line.width)
            }
        }
    }

    static func renderClash(_ clashes: [String], _ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(language.pick("En anden har ændret det samme. Intet er gemt endnu:", "Someone else changed the same thing. Nothing is saved yet:"),
                       x: inner.x, y: inner.y, limit: inner.width, style: .warning)
            for (offset, line) in clashes.prefix(max(inner.height - 4, 0)).enumerated() {
                screen.put("• " + line, x: inner.x + 1, y: inner.y + 2 + offset, limit: inner.width - 1)
            }
            screen.put(language.pick("m behold min udgave · t tag den andens", "m keep my version · t take theirs"),
                       x: inner.x, y: inner.bottom - 1, limit: inner.width, style: .bold)
        }
    }

    static func renderConfirmation(_ summary: [String], _ state: AppState, into screen: inout Screen, area: Rect, title: String? = nil) {
        let language = state.language
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(title ?? language.pick("Slet? Dette forsvinder:", "Delete? This goes:"), x: inner.x, y: inner.y, limit: inner.width, style: .warning)
            for (offset, line) in summary.prefix(max(inner.height - 4, 0)).enumerated() {
                screen.put(line, x: inner.x + 1, y: inner.y + 2 + offset, limit: inner.width - 1)
            }
            screen.put(language.pick("j/y bekræfter · alle andre taster fortryder (u fortryder bagefter)", "y confirms · any other key cancels (u undoes afterwards)"),
                       x: inner.x, y: inner.bottom - 1, limit: inner.width, style: .bold)
        }
    }
}
