import BibplanCore

/// Volunteers by group, each with their coming shifts; who has none in the coming month.
enum VolunteersView {
    static let horizon = 28

    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let entries = state.volunteers.entries(index, search: state.search?.query)
        let (listArea, detailArea) = GoalsView.split(area, wide: state.isWide, rowCount: entries.count + 8)
        guard !entries.isEmpty else {
            screen.put(state.language.pick("Ingen frivillige.", "No volunteers."), x: area.x + 1, y: area.y, style: .dim)
            return
        }
        drawList(entries, state: state, index, into: &screen, area: listArea)
        if entries.indices.contains(state.volunteers.list.selected), !detailArea.isEmpty {
            drawDetails(entries[state.volunteers.list.selected].volunteer, state, index, into: &screen, area: detailArea)
        }
    }

    private enum Line {
        case heading(String)
        case entry(Int)
    }

    private static func drawList(_ entries: [VolunteerEntry], state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        var lines: [Line] = []
        var selectedLine = 0
        for (position, entry) in entries.enumerated() {
            if position == 0 || entries[position - 1].group != entry.group { lines.append(.heading(entry.group)) }
            if position == state.volunteers.list.selected { selectedLine = lines.count }
            lines.append(.entry(position))
        }
        let coming = DayRange(state.today, state.today.adding(days: horizon))
        let first = Widgets.firstVisible(selected: selectedLine, count: lines.count, height: area.height)
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + offset
            switch line {
            case .heading(let group):
                screen.put(group.isEmpty ? state.language.pick("(ingen gruppe)", "(no group)") : group, x: area.x, y: y, limit: area.width, style: .heading)
            case .entry(let position):
                let volunteer = entries[position].volunteer
                let shifts = index.shifts(ofVolunteer: volunteer.id).filter { coming.contains($0.date) }.count
                let badge = !volunteer.active ? state.language.pick("inaktiv", "inactive")
                    : shifts == 0 ? state.language.pick("ingen vagt", "no shift")
                    : shifts == 1 ? state.language.pick("1 vagt", "1 shift") : state.language.pick("\(shifts) vagter", "\(shifts) shifts")
                let badgeWidth = 12
                screen.put(volunteer.name.firstLine, x: area.x + 2, y: y, limit: area.width - badgeWidth - 3)
                screen.put(badge, x: area.right - badgeWidth, y: y, limit: badgeWidth, style: shifts == 0 ? .caution : .dim)
                screen.hits.add(Rect(x: area.x, y: y, width: area.width, height: 1), .row(position))
                if position == state.volunteers.list.selected {
                    screen.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true }
                }
            }
        }
    }

    private static func drawDetails(_ volunteer: Volunteer, _ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let language = state.language
        var y = area.y
        screen.put(volunteer.name.firstLine, x: area.x, y: y, limit: area.width, style: .heading)
        y += 1
        y += Widgets.fields([
            (language.pick("Grupper", "Groups"), volunteer.groups.joined(separator: ", ")),
            (language.pick("Telefon", "Phone"), volunteer.phone),
            (language.pick("E-mail", "Email"), volunteer.email),
            (language.pick("Aktiv", "Active"), volunteer.active ? language.pick("ja", "yes") : language.pick("nej", "no")),
            (language.pick("Noter", "Notes"), volunteer.notes),
        ] + state.lastChangeFields(kind: "volunteers", id: volunteer.id),
           in: &screen, area: Rect(x: area.x, y: y, width: area.width, height: area.bottom - y))
        let shifts = index.shifts(ofVolunteer: volunteer.id).filter { $0.date >= state.today }
        guard y + 2 < area.bottom else { return }
        screen.put(language.pick("Kommende vagter", "Coming shifts"), x: area.x, y: y + 1, limit: area.width, style: .bold)
        if shifts.isEmpty {
            screen.put(language.pick("ingen", "none"), x: area.x + 2, y: y + 2, style: .dim)
            return
        }
        let lines = shifts.prefix(area.bottom - y - 2).map { shift -> String in
            let occurrence = index.occurrence(of: shift) // a moved or retitled time shows its own hour and title
            let event = occurrence.map(index.event(of:)) ?? index.event(shift.event)
            return DateNames.short(shift.date, language) + " " + (occurrence?.start.clock ?? event?.start.clock ?? "")
                + "  " + (event?.title ?? shift.event)
                + (shift.role.isEmpty ? "" : " · " + shift.role)
        }
        Widgets.bullets(Array(lines), in: &screen, area: Rect(x: area.x, y: y + 2, width: area.width, height: area.bottom - y - 2))
    }
}
