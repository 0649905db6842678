import BibplanCore

/// One occurrence: the event's details and its roster, with open slots visible.
enum OccurrenceDetails {
    /// `Salen ⚠ også Bogsalon 19:00–21:00` when another occurrence holds the room.
    static func placeText(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> String {
        let event = index.event(of: occurrence)
        guard let other = index.roomConflict(of: occurrence) else { return event.place }
        return event.place + language.pick(" ⚠ også ", " ⚠ also ") + index.event(of: other).title.firstLine + " "
            + other.start.clock + "–" + other.end.clock
    }

    /// `⚠ lukket: juledag · flyttet fra lør 12/12 10:00`: the occurrence's flag and where a moved time came from.
    static func noteText(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> String {
        [index.notice(of: occurrence).map { "⚠ " + $0.text(language) }, occurrence.movedText(language)]
            .compactMap { $0 }.joined(separator: " · ")
    }

    /// `14 af 20 pladser`, `fuldt (20)`, `venteliste 3 (20 pladser)`.
    static func attendanceText(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> String {
        guard let registered = index.registered(for: occurrence) else { return "" }
        guard let capacity = index.capacity(of: occurrence) else { return String(registered) }
        switch Attendance(registered: registered, capacity: capacity) {
        case .open?: return language.pick("\(registered) af \(capacity) pladser", "\(registered) of \(capacity) places")
        case .full?: return language.pick("fuldt (\(capacity))", "full (\(capacity))")
        case .waitingList(let waiting)?: return language.pick("venteliste \(waiting) (\(capacity) pladser)", "waiting list \(waiting) (\(capacity) places)")
        case nil: return ""
        }
    }

    /// With `selectedShift`, the roster is a list with that shift highlighted (the roster overlay).
    /// Returns the rows used and the selected shift's row, for a dialog that scrolls.
    @discardableResult
    static func render(_ occurrence: Occurrence, _ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect,
                       selectedShift: Int? = nil, descriptionRows: Int = 3) -> Scrolling.Drawn {
        let language = state.language
        let event = index.event(of: occurrence)
        var y = area.y
        screen.put(event.title.firstLine, x: area.x, y: y, limit: area.width, style: .heading)
        y += 1
        let initiative = event.initiative.flatMap { index.initiative($0)?.title } ?? ""
        y += Widgets.fields([
            (language.pick("Tid", "When"), DateNames.long(occurrence.day, language) + " " + occurrence.start.clock + "–" + occurrence.end.clock),
            (language.pick("Bemærk", "Note"), noteText(occurrence, index, language)),
            (language.pick("Sted", "Where"), placeText(occurrence, index, language)),
            (language.pick("Aflyst", "Cancelled"), index.cancellation(of: occurrence).map { $0.reason.isEmpty ? "✕" : "✕ " + $0.reason } ?? ""),
            (language.pick("Tilmeldte", "Registered"), attendanceText(occurrence, index, language)),
            (language.pick("For", "For"), event.audience.word(language)),
            (language.pick("Gentages", "Repeats"), event.rrule == nil ? "" : RecurrenceWords.describe(event, language)),
            (language.pick("Pladser", "Capacity"), event.capacity.map(String.init) ?? ""),
            (language.pick("Initiativ", "Initiative"), initiative),
            (language.pick("Grupper", "Groups"), event.groups.joined(separator: ", ")),
        ] + state.lastChangeFields(kind: "events", id: event.id),
           in: &screen, area: Rect(x: area.x, y: y, width: area.width, height: area.bottom - y))
        if !event.description.isEmpty, y + 1 < area.bottom {
            // Where there is room the whole description, leaving the roster its lines; else `descriptionRows`.
            let roster = event.volunteersNeeded > 0 || selectedShift != nil
                ? 2 + index.shifts(of: occurrence).count + index.openSlots(of: occurrence) : 0
            let room = area.height >= 24 ? max(descriptionRows, area.bottom - y - 1 - roster) : descriptionRows
            let text = Rect(x: area.x, y: y + 1, width: area.width, height: min(room, area.bottom - y - 1))
            y += 1 + Widgets.wrapped(event.description, in: &screen, area: text)
        }
        guard event.volunteersNeeded > 0 || !index.shifts(of: occurrence).isEmpty || selectedShift != nil, y + 2 < area.bottom else {
            return Scrolling.Drawn(rows: y - area.y, focus: nil)
        }
        screen.put(language.pick("Vagtplan", "Roster") + "  " + CalendarView.staffingText(occurrence, index, language),
                   x: area.x, y: y + 1, limit: area.width, style: .bold)
        var lines = index.shifts(of: occurrence).map { shift in
            (index.volunteer(shift.volunteer)?.name ?? shift.volunteer) + (shift.role.isEmpty ? "" : " · " + shift.role)
                + (shift.offered ? language.pick(" (tilbudt til bytte)", " (offered for a swap)") : "")
        }
        lines += Array(repeating: language.pick("(ledig plads)", "(open slot)"), count: index.openSlots(of: occurrence))
        let rosterArea = Rect(x: area.x, y: y + 2, width: area.width, height: area.bottom - y - 2)
        if let selectedShift {
            Widgets.list(lines, selected: selectedShift, in: &screen, area: rosterArea) { line, row, screen in
                screen.put("• " + line, x: row.x, y: row.y, limit: row.width)
            }
            let row = y + 2 - area.y + min(selectedShift, max(lines.count - 1, 0))
            return Scrolling.Drawn(rows: y + 2 - area.y + lines.count, focus: row..<(row + 1))
        }
        return Scrolling.Drawn(rows: y + 2 - area.y + Widgets.bullets(lines, in: &screen, area: rosterArea), focus: nil)
    }
}
