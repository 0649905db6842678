import BibplanCore

/// Keys in the volunteer's program. Changes happen only through `VolunteerSignup`
/// (sign up, withdraw), each asked first and then saved like any other change.
enum VolunteerUpdate {
    static func handle(_ key: Key, _ session: VolunteerSession, _ state: inout AppState) -> [Effect] {
        var session = session
        defer { if case .volunteer = state.role { state.role = .volunteer(session) } }
        let command = KeyBindings.binding(for: key, in: [.volunteerProgram])?.command
        if key == .control("c") || (command == .quit && session.pending == nil && !session.showsHelp) { return [.quit] }
        state.message = nil
        if session.showsHelp { session.showsHelp = false; return [] }
        if let pending = session.pending {
            session.pending = nil
            guard KeyBindings.binding(for: key, in: [.dialog(.volunteerQuestion)])?.command == .confirm else {
                state.message = state.language.pick("Intet ændret", "Nothing changed")
                return []
            }
            return commit(pending, session, &state)
        }
        guard let index = state.index, let portal = session.portal(index, today: state.today) else { return [] }
        let rows = session.rows(portal)
        switch command {
        case .showMyShifts?: select(.mine, &session)
        case .showOpenShifts?: select(.open, &session)
        case .switchList?: select(session.tab == .mine ? .open : .mine, &session)
        case .help?: session.showsHelp = true
        case .signUp?: ask(signUp: rows, portal, &session, &state)
        case .withdraw?: ask(withdraw: rows, portal, &session, &state)
        case .offerSwap?: ask(offer: rows, &session, &state)
        case let command?: PaneUpdate.move(command, &session.list, count: rows.count, page: state.contentHeight)
        case nil:
            let refusal = SessionRole.volunteer(session).refusal(state.language)
            state.message = refusal + state.language.pick(" (? viser tasterne)", " (? shows the keys)")
        }
        return []
    }

    private static func select(_ tab: VolunteerSession.Tab, _ session: inout VolunteerSession) {
        guard session.tab != tab else { return }
        session.tab = tab
        session.list = ListPosition()
    }

    private static func selected(_ rows: [VolunteerRow], _ session: VolunteerSession) -> VolunteerRow? {
        rows.indices.contains(session.list.selected) ? rows[session.list.selected] : nil
    }

    private static func ask(signUp rows: [VolunteerRow], _ portal: VolunteerPortal, _ session: inout VolunteerSession, _ state: inout AppState) {
        if case .offer(let offer)? = selected(rows, session) {
            let pending = VolunteerSession.Pending.take(shift: offer.shift, title: offer.occasion.title, from: offer.fromFirstName)
            if offer.mayTake { session.pending = pending } else { state.message = refusal(of: pending, session, state) }
            return
        }
        guard case .open(let slot)? = selected(rows, session) else {
            state.message = state.language.pick("Vælg en ledig vagt (2) for at tilmelde dig", "Choose an open slot (2) to sign up")
            return
        }
        guard slot.maySignUp else {
            state.message = refusal(of: .signUp(event: slot.occasion.event, day: slot.occasion.day, title: ""), session, state)
            return
        }
        session.pending = .signUp(event: slot.occasion.event, day: slot.occasion.day, title: slot.occasion.title)
    }

    private static func ask(withdraw rows: [VolunteerRow], _ portal: VolunteerPortal, _ session: inout VolunteerSession, _ state: inout AppState) {
        guard case .coming(let shift)? = selected(rows, session) else {
            state.message = state.language.pick("Vælg en af dine kommende vagter (1) for at melde fra", "Choose one of your coming shifts (1) to withdraw")
            return
        }
        guard shift.mayWithdraw else {
            state.message = refusal(of: .withdraw(shift: shift.id, title: ""), session, state)
            return
        }
        session.pending = .withdraw(shift: shift.id, title: shift.occasion.title)
    }

    private static func ask(offer rows: [VolunteerRow], _ session: inout VolunteerSession, _ state: inout AppState) {
        guard case .coming(let shift)? = selected(rows, session) else {
            state.message = state.language.pick("Vælg en af dine kommende vagter (1) for at tilbyde den til bytte",
                                                "Choose one of your coming shifts (1) to offer it for a swap")
            return
        }
        let pending = VolunteerSession.Pending.offer(shift: shift.id, title: shift.occasion.title, offering: !shift.offered)
        let message = refusal(of: pending, session, state)
        if message.isEmpty { session.pending = pending } else { state.message = message }
    }

    /// Why it cannot be done, from the same rules that do it.
    private static func refusal(of pending: VolunteerSession.Pending, _ session: VolunteerSession, _ state: AppState) -> String {
        switch outcome(pending, session, state) {
        case .failure(let refusal): return refusal.message(state.language)
        case .success, nil: return ""
        }
    }

    private static func outcome(_ pending: VolunteerSession.Pending, _ session: VolunteerSession,
                                _ state: AppState) -> Result<Library, VolunteerSignup.Refusal>? {
        guard let index = state.index else { return nil }
        switch pending {
        case .signUp(let event, let day, _):
            return VolunteerSignup.signUp(index, volunteer: session.volunteerID, event: event, on: day, now: session.now)
        case .withdraw(let shift, _):
            return VolunteerSignup.withdraw(index, volunteer: session.volunteerID, shift: shift, now: session.now)
        case .offer(let shift, _, _):
            return VolunteerSignup.toggleOffer(index, volunteer: session.volunteerID, shift: shift, now: session.now)
        case .take(let shift, _, _):
            return VolunteerSignup.take(index, volunteer: session.volunteerID, shift: shift, now: session.now)
        }
    }

    private static func commit(_ pending: VolunteerSession.Pending, _ session: VolunteerSession, _ state: inout AppState) -> [Effect] {
        switch outcome(pending, session, state) {
        case .failure(let refusal):
            state.message = refusal.message(state.language)
            return []
        case .success(let library):
            switch pending {
            case .signUp(_, _, let title): state.message = state.language.pick("Du er tilmeldt: ", "You are signed up: ") + title
            case .withdraw(_, let title): state.message = state.language.pick("Du har meldt fra: ", "You have withdrawn: ") + title
            case .offer(_, let title, let offering):
                state.message = offering ? state.language.pick("Tilbudt til bytte: ", "Offered for a swap: ") + title
                    : state.language.pick("Tilbuddet er trukket tilbage: ", "Offer taken back: ") + title
            case .take(_, let title, _): state.message = state.language.pick("Vagten er din: ", "The shift is yours: ") + title
            }
            return EditingUpdate.commit(library, &state)
        case nil:
            return []
        }
    }
}
