import BibplanCore

/// Volunteers by group, each with their coming shifts; who has none in the coming four weeks.
enum VolunteersView {
    static let horizon = 28

    /// `næste 4 uger`: the period the list's count covers, said over the column and in the details.
    static func periodText(_ language: Language) -> String {
        language.pick("næste \(horizon / 7) uger", "next \(horizon / 7) weeks")
    }

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
                // The count's period heads its column, so "ingen vagt" is not read as "none ever".
                let period = periodText(state.language)
                let periodX = area.right - max(12, DisplayWidth.of(period))
                screen.put(group.isEmpty ? state.language.pick("(ingen gruppe)", "(no group)") : group, x: area.x, y: y,
                           limit: max(periodX - area.x - 1, 1), style: .heading)
                screen.put(period, x: periodX, y: y, limit: area.right - periodX, style: .dim)
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
        // The same period as the list's count, then how many come later.
        let coming = DayRange(state.today, state.today.adding(days: horizon))
        let all = index.shifts(ofVolunteer: volunteer.id).filter { $0.date >= state.today }
        let shifts = all.filter { coming.contains($0.date) }
        let later = all.count - shifts.count
        guard y + 2 < area.bottom else { return }
        let heading = language.pick("Vagter de ", "Shifts in the ") + periodText(language)
        screen.put(heading, x: area.x, y: y + 1, limit: area.width, style: .bold)
        let laterText = later == 0 ? nil : later == 1 ? language.pick("senere: 1 vagt mere", "later: 1 more shift")
            : language.pick("senere: \(later) vagter mere", "later: \(later) more shifts")
        if shifts.isEmpty {
            let none = language.pick("ingen", "none") + (laterText.map { " · " + $0 } ?? "")
            screen.put(none, x: area.x + 2, y: y + 2, limit: area.width - 2, style: .dim)
            return
        }
        let room = area.bottom - y - 2 - (laterText == nil ? 0 : 1)
        let lines = shifts.prefix(max(room, 0)).map { shift -> String in
            let occurrence = index.occurrence(of: shift) // a moved or retitled time shows its own hour and title
            let event = occurrence.map(index.event(of:)) ?? index.event(shift.event)
            return DateNames.short(shift.date, language) + " " + (occurrence?.start.clock ?? event?.start.clock ?? "")
                + "  " + (event?.title ?? shift.event)
                + (shift.role.isEmpty ? "" : " · " + shift.role)
        }
        let used = Widgets.bullets(Array(lines), in: &screen, area: Rect(x: area.x, y: y + 2, width: area.width, height: max(room, 0)))
        if let laterText { screen.put(laterText, x: area.x + 2, y: y + 2 + used, limit: area.width - 2, style: .dim) }
    }
}
