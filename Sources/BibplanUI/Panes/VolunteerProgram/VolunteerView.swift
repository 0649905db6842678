import BibplanCore

/// The volunteer's screen: their shifts or the open slots above, the roster of the
/// selected occurrence below. Drawn from `VolunteerPortal` alone, so nothing private
/// about another volunteer is ever at hand here.
enum VolunteerView {
    static func render(_ state: AppState, _ session: VolunteerSession, into screen: inout Screen) {
        let language = state.language
        let (title, rest) = screen.bounds.splitTop(1)
        let (tabs, body) = rest.splitTop(1)
        let (content, status) = body.splitBottom(1)
        guard let index = state.index, let portal = session.portal(index, today: state.today) else {
            screen.put(language.pick("Du findes ikke i bibliotekets liste over frivillige.", "You are not in the library's list of volunteers."),
                       x: 0, y: content.y, limit: content.width, style: .warning)
            return
        }
        drawTitle(portal, state, into: &screen, area: title)
        drawTabs(portal, session, language, into: &screen, area: tabs)
        let rows = session.rows(portal)
        let detailHeight = min(9, content.height / 2)
        let (list, detail) = content.splitBottom(detailHeight)
        drawList(rows, portal, session, language, into: &screen, area: list)
        if rows.indices.contains(session.list.selected) {
            drawDetail(rows[session.list.selected], language, into: &screen, area: detail)
        }
        if session.showsHelp || session.pending != nil { screen.hits.cover(screen.bounds) }
        if session.showsHelp { drawHelp(state, portal, into: &screen, area: content) }
        if let pending = session.pending {
            drawQuestion(pending, language, into: &screen, area: content)
            DialogButtons.add(.volunteerQuestion, language, to: &screen, within: content)
        }
        drawStatus(state, session, portal, into: &screen, area: status)
    }

    private static func drawTitle(_ portal: VolunteerPortal, _ state: AppState, into screen: inout Screen, area: Rect) {
        screen.fill(area, style: .title)
        let name = String(portal.libraryName.firstLine) + " · " + portal.me.name.firstLine
        let (left, right) = TitleBar.layout(name: name, markers: [], today: state.today, clock: nil, state.language, width: area.width)
        screen.put(left, x: area.x, y: area.y, limit: area.width, style: .title)
        screen.put(right, x: area.right - DisplayWidth.of(right), y: area.y, limit: DisplayWidth.of(right), style: .title)
    }

    private static func drawTabs(_ portal: VolunteerPortal, _ session: VolunteerSession, _ language: Language, into screen: inout Screen, area: Rect) {
        var x = area.x
        for tab in VolunteerSession.Tab.allCases {
            let count = tab == .mine ? portal.coming.count : portal.open.count
            let label = " \(tab.rawValue + 1) " + tab.title(language) + " (\(count)) "
            let used = screen.put(label, x: x, y: area.y, limit: area.right - x, style: tab == session.tab ? Style(reverse: true) : .dim)
            screen.hits.add(Rect(x: x, y: area.y, width: used, height: 1), .command(tab == .mine ? .showMyShifts : .showOpenShifts))
            x += used
            x += screen.put("│", x: x, y: area.y, limit: area.right - x, style: .dim)
        }
    }

    private static func drawList(_ rows: [VolunteerRow], _ portal: VolunteerPortal, _ session: VolunteerSession, _ language: Language,
                                 into screen: inout Screen, area: Rect) {
        let (heading, list) = area.splitTop(1)
        let text: String
        switch session.tab {
        case .mine:
            text = language.pick("Kommende vagter først, så tidligere · ", "Coming shifts first, then past ones · ")
                + language.pick("timer i alt: ", "hours in all: ") + NumberText.hours(portal.pastMinutes(), language)
        case .open:
            text = language.pick("Ledige vagter i dine grupper til ", "Open slots in your groups until ") + DateNames.short(portal.openRange.last, language)
                + (portal.signupAllowed ? "" : language.pick(" · tilmelding sker hos koordinatoren", " · sign-up is through the coordinator"))
        }
        screen.put(text, x: heading.x, y: heading.y, limit: heading.width, style: .heading)
        guard !rows.isEmpty else {
            let none = session.tab == .mine ? language.pick("Du har ingen vagter.", "You have no shifts.")
                : language.pick("Ingen ledige vagter i dine grupper.", "No open slots in your groups.")
            screen.put(none, x: list.x + 1, y: list.y, limit: list.width - 1, style: .dim)
            return
        }
        Widgets.list(rows, selected: session.list.selected, in: &screen, area: list) { row, line, screen in
            drawRow(row, language, into: &screen, area: line)
        }
    }

    private static func drawRow(_ row: VolunteerRow, _ language: Language, into screen: inout Screen, area: Rect) {
        let occasion = row.occasion
        let when = DateNames.short(occasion.day, language) + " " + (occasion.start?.clock ?? language.pick("aflyst", "cancelled"))
        let tail: String, style: Style
        switch row {
        case .coming(let shift): (tail, style) = (shift.offered ? language.pick("til bytte", "offered") : shift.role, .plain)
        case .offer(let offer): (tail, style) = (language.pick("byt fra ", "swap from ") + offer.fromFirstName, offer.mayTake ? .warning : .dim)
        case .past: (tail, style) = (NumberText.hours(occasion.minutes, language), .dim)
        case .open(let slot): (tail, style) = (language.pick("mangler \(occasion.missing)", "\(occasion.missing) missing"), slot.maySignUp ? .warning : .dim)
        }
        let tailWidth = min(DisplayWidth.of(tail), 16)
        screen.put(" " + when, x: area.x, y: area.y, limit: 18, style: style)
        screen.put(occasion.title.firstLine, x: area.x + 18, y: area.y, limit: max(0, area.width - 20 - tailWidth), style: style)
        screen.put(tail, x: area.right - tailWidth - 1, y: area.y, limit: tailWidth, style: style)
    }

    private static func drawDetail(_ row: VolunteerRow, _ language: Language, into screen: inout Screen, area: Rect) {
        guard area.height >= 3 else { return }
        screen.put(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: .dim)
        let occasion = row.occasion
        let when = DateNames.long(occasion.day, language) + (occasion.start.map { " " + $0.clock + "–" + (occasion.end?.clock ?? "") } ?? "")
        screen.put(occasion.title.firstLine, x: area.x + 1, y: area.y + 1, limit: area.width - 1, style: .bold)
        let names = occasion.roster.map { colleague in
            colleague.firstName.firstLine + (colleague.isMe ? language.pick(" (dig)", " (you)") : "") + (colleague.role.isEmpty ? "" : ", " + colleague.role)
        }
        var fields = [(language.pick("Hvornår", "When"), when), (language.pick("Hvor", "Where"), occasion.location)]
        if case .coming(let shift) = row, !shift.role.isEmpty { fields.append((language.pick("Din rolle", "Your role"), shift.role)) }
        fields.append((language.pick("Vagtplan", "Roster"), names.isEmpty ? "–" : names.joined(separator: " · ")))
        if occasion.missing > 0 { fields.append((language.pick("Mangler", "Missing"), "\(occasion.missing)")) }
        fields.append((language.pick("Om", "About"), occasion.description))
        let inner = Rect(x: area.x + 1, y: area.y + 2, width: area.width - 2, height: area.height - 2)
        Widgets.fields(fields, in: &screen, area: inner)
    }
}
