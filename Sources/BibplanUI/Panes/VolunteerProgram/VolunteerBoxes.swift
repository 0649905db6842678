import BibplanCore

/// The volunteer screen's status line, help and yes/no question, from the key table.
extension VolunteerView {
    /// The keys that act now: those of the list shown, and sign-up keys only where the library takes sign-ups.
    static func keys(_ session: VolunteerSession, _ portal: VolunteerPortal, _ language: Language) -> [String] {
        KeyBindings.bindings(in: .volunteerProgram)
            .filter { ($0.list == nil || $0.list == session.tab) && (portal.signupAllowed || !$0.needsSignup) }
            .compactMap { $0.hintText(language) }
    }

    static func drawStatus(_ state: AppState, _ session: VolunteerSession, _ portal: VolunteerPortal, into screen: inout Screen, area: Rect) {
        Widgets.statusLine(keys(session, portal, state.language), message: state.message, state.language, in: &screen, area: area)
    }

    static func drawHelp(_ state: AppState, _ portal: VolunteerPortal, into screen: inout Screen, area: Rect) {
        let language = state.language
        var lines = HelpView.lines(KeyBindings.helpScopes(state.role, current: state.pane), state.role, language,
                                   signupAllowed: portal.signupAllowed)
        if !portal.signupAllowed {
            let coordinator = language.pick("Til- og framelding sker hos koordinatoren.", "Signing up and withdrawing is done through the coordinator.")
            lines += [("", ""), ("", coordinator)]
        }
        let title = language.pick("Taster  (enhver tast lukker)", "Keys  (any key closes)")
        HelpView.render(lines, title: title, scroll: 0, state.language, into: &screen, area: area)
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
            screen.put(KeyBindings.keyLine(.volunteerQuestion, language), x: inner.x, y: inner.y + 2, limit: inner.width, style: .dim)
        }
    }
}
