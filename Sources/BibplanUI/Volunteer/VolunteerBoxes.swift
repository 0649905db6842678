import BibplanCore

/// The volunteer screen's status line, help and yes/no question.
extension VolunteerView {
    static func keys(_ session: VolunteerSession, _ portal: VolunteerPortal, _ language: Language) -> [String] {
        var keys = ["↑/↓ " + language.pick("vælg", "select"), "1/2 " + language.pick("liste", "list")]
        if portal.signupAllowed {
            keys += session.tab == .open ? ["s " + language.pick("tilmeld", "sign up")]
                : ["w " + language.pick("meld fra", "withdraw"), "b " + language.pick("byt", "swap")]
        }
        return keys + ["q " + language.pick("afslut", "quit")]
    }

    static func drawStatus(_ state: AppState, _ session: VolunteerSession, _ portal: VolunteerPortal, into screen: inout Screen, area: Rect) {
        Widgets.statusLine(keys(session, portal, state.language), message: state.message, state.language, in: &screen, area: area)
    }

    static func drawHelp(_ portal: VolunteerPortal, _ language: Language, into screen: inout Screen, area: Rect) {
        var lines = [
            language.pick("1 dine vagter: de kommende, så de tidligere med timer", "1 your shifts: coming ones, then past ones with hours"),
            language.pick("2 ledige vagter i dine grupper", "2 open slots in your groups"),
            language.pick("↑/↓ j/k PgUp/PgDn vælg; vagtplanen står nederst", "↑/↓ j/k PgUp/PgDn select; the roster is shown below"),
        ]
        if portal.signupAllowed {
            lines += [language.pick("s eller Enter: tilmeld dig den valgte ledige vagt, eller overtag en vagt, der byttes",
                                    "s or Enter: sign up for the selected open slot, or take over a shift offered for a swap"),
                      language.pick("w: meld fra til din valgte vagt (mindst 48 timer før)", "w: withdraw from your selected shift (48 hours ahead at least)"),
                      language.pick("b: tilbyd din valgte vagt til bytte i gruppen (b igen trækker tilbuddet)",
                                    "b: offer your selected shift to your group for a swap (b again takes it back)")]
        } else {
            lines.append(language.pick("Til- og framelding sker hos koordinatoren.", "Signing up and withdrawing is done through the coordinator."))
        }
        lines += [language.pick("q afslutter · enhver tast lukker hjælpen", "q quits · any key closes the help")]
        drawBox(into: &screen, area: area) { screen, inner in
            screen.put(language.pick("Taster", "Keys"), x: inner.x, y: inner.y, limit: inner.width, style: .heading)
            Widgets.bullets(lines, in: &screen, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2)))
        }
    }

    static func drawQuestion(_ pending: VolunteerSession.Pending, _ language: Language, into screen: inout Screen, area: Rect) {
        let question: String
        switch pending {
        case .signUp(_, let day, let title):
            question = language.pick("Tilmeld dig ", "Sign up for ") + title.firstLine + " " + DateNames.short(day, language) + "?"
        case .withdraw(_, let title):
            question = language.pick("Meld fra til ", "Withdraw from ") + title.firstLine + "?"
        case .offer(_, let title, let offering):
            question = offering ? language.pick("Tilbyd ", "Offer ") + title.firstLine + language.pick(" til bytte i gruppen?", " to your group for a swap?")
                : language.pick("Tag tilbuddet om bytte af ", "Take back the offer of ") + title.firstLine + "?"
        case .take(_, let title, let from):
            question = language.pick("Overtag ", "Take over ") + title.firstLine + language.pick(" fra ", " from ") + from + "?"
        }
        let box = Rect(x: area.x, y: area.y + max(0, area.height / 2 - 3), width: area.width, height: min(5, area.height))
        drawBox(into: &screen, area: box) { screen, inner in
            screen.put(question, x: inner.x, y: inner.y, limit: inner.width, style: .bold)
            screen.put(language.pick("j/y ja · andre taster nej", "y yes · other keys no"), x: inner.x, y: inner.y + 2, limit: inner.width, style: .dim)
        }
    }
}
