import BibplanCore

/// The roster overlays: one occurrence with its shifts, the volunteer chooser, the open slots.
enum RosterView {
    static func renderOccurrence(_ occurrence: Occurrence, _ position: ListPosition, _ state: AppState, _ index: LibraryIndex,
                                 into screen: inout Screen, area: Rect) {
        drawBox(into: &screen, area: area) { screen, inner in
            let (details, keys) = inner.splitBottom(1)
            // The whole details and roster scroll, so the selected shift shows at any height.
            Scrolling.draw(into: &screen, area: details, border: inner, state.language) { scratch, tall in
                OccurrenceDetails.render(occurrence, state, index, into: &scratch, area: tall, selectedShift: position.selected,
                                         descriptionRows: Scrolling.maximumRows)
            }
            let keyLine = KeyBindings.keyLine(.roster, state.language, width: keys.width)
            screen.put(keyLine, x: keys.x, y: keys.y, limit: keys.width, style: .dim)
        }
    }

    static func renderAssign(_ assign: AssignState, _ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let language = state.language
        let occurrence = assign.occurrence
        let event = index.event(of: occurrence)
        drawBox(into: &screen, area: area) { screen, inner in
            // The heading wraps (at most two rows) rather than cutting at the date.
            let heading = language.pick("Hvem tager vagten? ", "Who takes the shift? ") + event.title.firstLine + " · "
                + DateNames.short(occurrence.day, language) + " " + occurrence.start.clock
            let top = screen.putWrapped(heading, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height >= 6 ? 2 : 1),
                                        style: .heading)
            let hint = assign.query.isEmpty ? KeyBindings.keyLine(.chooser, language, width: inner.width)
                : language.pick("Søg: ", "Search: ") + assign.query + "▏"
            screen.put(hint, x: inner.x, y: inner.y + top, limit: inner.width, style: assign.query.isEmpty ? .dim : .bold)
            let candidates = AssignCandidate.list(for: occurrence, index, query: assign.query)
            let list = Rect(x: inner.x, y: inner.y + top + 2, width: inner.width, height: max(0, inner.height - top - 2))
            Widgets.list(candidates, selected: assign.position.selected, in: &screen, area: list) { candidate, row, screen in
                drawCandidate(candidate, index, language, into: &screen, row: row)
            }
            let first = Widgets.firstVisible(selected: assign.position.selected, count: candidates.count, height: list.height)
            Scrolling.mark(first: first, shown: list.height, total: candidates.count, language, into: &screen, border: inner)
        }
    }

    private static func drawCandidate(_ candidate: AssignCandidate, _ index: LibraryIndex, _ language: Language, into screen: inout Screen, row: Rect) {
        let mark = candidate.isAssigned ? "✓ " : candidate.inEventGroups ? "• " : "  "
        let nameWidth = min(28, row.width / 2)
        screen.put(mark + candidate.volunteer.name.firstLine, x: row.x, y: row.y, limit: nameWidth, style: candidate.volunteer.active ? .plain : .dim)
        let warnings = candidate.warnings(index, language)
        let rest = warnings.isEmpty ? candidate.volunteer.groups.joined(separator: ", ") : "⚠ " + warnings.joined(separator: " · ")
        screen.put(rest, x: row.x + nameWidth + 1, y: row.y, limit: row.width - nameWidth - 1, style: warnings.isEmpty ? .dim : .warning)
    }

    static func renderOpenSlots(_ position: ListPosition, _ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let language = state.language
        let slots = RosterUpdate.openSlotsList(state, index)
        drawBox(into: &screen, area: area) { screen, inner in
            let missing = slots.reduce(0) { $0 + $1.missing }
            screen.put(language.pick("Ledige vagter de næste \(RosterUpdate.openSlotsDays / 7) uger: \(missing)",
                                     "Open slots in the next \(RosterUpdate.openSlotsDays / 7) weeks: \(missing)"),
                       x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            screen.put(KeyBindings.keyLine(.openSlots, language, width: inner.width),
                       x: inner.x, y: inner.y + 1, limit: inner.width, style: .dim)
            guard !slots.isEmpty else {
                screen.put(language.pick("Alle vagter er besat.", "Every shift is filled."), x: inner.x, y: inner.y + 3, limit: inner.width)
                return
            }
            let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 3))
            Widgets.list(slots, selected: position.selected, in: &screen, area: list) { slot, row, screen in
                let when = DateNames.short(slot.occurrence.day, language) + " " + slot.occurrence.start.clock
                let need = language.pick("mangler \(slot.missing)", "\(slot.missing) missing")
                let needWidth = DisplayWidth.of(need)
                screen.put(when, x: row.x, y: row.y, limit: 16)
                screen.put(index.event(of: slot.occurrence).title.firstLine, x: row.x + 16, y: row.y, limit: max(0, row.width - 17 - needWidth))
                screen.put(need, x: row.right - needWidth, y: row.y, style: .warning)
            }
            let first = Widgets.firstVisible(selected: position.selected, count: slots.count, height: list.height)
            Scrolling.mark(first: first, shown: list.height, total: slots.count, language, into: &screen, border: inner)
        }
    }
}
