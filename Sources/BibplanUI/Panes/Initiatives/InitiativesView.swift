import BibplanCore

/// Initiatives: status, owner, dates, partners and goals; the events that belong to one.
enum InitiativesView {
    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let language = state.language
        var listArea = area
        if let goalID = state.initiatives.goalFilter {
            let title = index.goal(goalID)?.title ?? goalID
            screen.put(language.pick("Initiativer for: ", "Initiatives of: ") + title.firstLine + language.pick("   (a: alle)", "   (a: all)"),
                       x: area.x, y: area.y, limit: area.width, style: .heading)
            listArea = area.splitTop(1).1
        }
        let rows = state.initiatives.rows(index, search: state.search?.query)
        let (list, details) = GoalsView.split(listArea, wide: state.isWide, rowCount: rows.count)
        drawList(rows, state: state, into: &screen, area: list)
        if rows.isEmpty {
            screen.put(language.pick("Ingen initiativer.", "No initiatives."), x: list.x + 1, y: list.y, style: .dim)
        } else if rows.indices.contains(state.initiatives.list.selected), !details.isEmpty {
            drawDetails(rows[state.initiatives.list.selected], index, state, into: &screen, area: details)
        }
    }

    private static func drawList(_ rows: [Initiative], state: AppState, into screen: inout Screen, area: Rect) {
        let statusWidth = 11
        let ownerWidth = area.width >= 100 ? 24 : 0
        Widgets.list(rows, selected: state.initiatives.list.selected, in: &screen, area: area) { initiative, line, screen in
            screen.put(initiative.status.word(state.language), x: line.x, y: line.y, limit: statusWidth - 1, style: initiative.status.style)
            screen.put(initiative.title.firstLine, x: line.x + statusWidth, y: line.y, limit: line.width - statusWidth - ownerWidth - 1)
            if ownerWidth > 0 { screen.put(initiative.owner.firstLine, x: line.right - ownerWidth, y: line.y, limit: ownerWidth, style: .dim) }
        }
    }

    private static func drawDetails(_ initiative: Initiative, _ index: LibraryIndex, _ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        var y = area.y
        screen.put(initiative.title.firstLine, x: area.x, y: y, limit: area.width, style: .heading)
        y += 1
        let period = [initiative.from, initiative.to].compactMap { $0?.iso }.joined(separator: " – ")
        let goals = initiative.goals.map { index.goal($0)?.title ?? $0 }.joined(separator: "; ")
        y += Widgets.fields([
            ("Status", initiative.status.word(language)),
            (language.pick("Ansvarlig", "Owner"), initiative.owner),
            (language.pick("Periode", "Period"), period),
            (language.pick("Partnere", "Partners"), initiative.partners.joined(separator: ", ")),
            (language.pick("Mål", "Goals"), goals),
            (language.pick("Finansiering", "Funding"), initiative.funding),
            (language.pick("Noter", "Notes"), initiative.notes),
        ] + state.lastChangeFields(kind: "initiatives", id: initiative.id),
           in: &screen, area: Rect(x: area.x, y: y, width: area.width, height: area.bottom - y))
        let events = index.events(ofInitiative: initiative.id)
        guard !events.isEmpty, y + 2 < area.bottom else { return }
        screen.put(language.pick("Arrangementer", "Events"), x: area.x, y: y + 1, limit: area.width, style: .bold)
        let lines = events.map { event in
            "\(event.title) · "
                + (event.rrule == nil ? DateNames.short(event.start.day, language) : RecurrenceWords.describe(event, language))
                + " " + event.start.clock
        }
        Widgets.bullets(lines, in: &screen, area: Rect(x: area.x, y: y + 2, width: area.width, height: area.bottom - y - 2))
    }
}
