import BibplanCommands
import BibplanCore
import BibplanUI
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen program for the roles of access.json: a viewer's read-only panes,
/// a volunteer's own program with the ways out of it closed.
@MainActor
enum VolunteerGate {
    enum Outcome {
        case others, volunteer
        case refused(String)
    }

    /// Sets the state's role; a volunteer who is not in their library is refused here.
    static func prepare(_ state: inout AppState, access: Access, now: LocalDateTime, language: Language) -> Outcome {
        state.role = SessionRole(access.grant, now: now)
        guard case .volunteer(let library, let volunteer) = access.grant else { return .others }
        guard let index = state.index, index.library.id == library, index.volunteer(volunteer) != nil else {
            return .refused(AccessError.noSuchVolunteer(user: access.user, volunteer: volunteer, library: library).message(language))
        }
        return .volunteer
    }

    /// Ctrl-Z would stop the program with no shell to return to: it is ignored
    /// (before curses starts, so curses does not take it over either).
    static func closeEscapes() {
        signal(SIGTSTP, SIG_IGN)
        signal(SIGTTIN, SIG_IGN)
        signal(SIGTTOU, SIG_IGN)
    }

    /// An SSH login often has no `LANG` (sshd passes none unless told): the C locale would
    /// make curses drop every æ, ø and å. Without a UTF-8 locale, C.UTF-8 is used.
    static func ensureUTF8() {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" else { return }
        setenv("LC_ALL", "C.UTF-8", 1)
        setlocale(LC_ALL, "")
    }

    /// A terminal curses cannot drive (`TERM=dumb`, unknown, no terminal): a volunteer
    /// still gets their program as plain text, from the same portal.
    static func plainFallback(_ state: AppState) -> String? {
        guard case .volunteer(let session) = state.role, let index = state.index,
              let portal = VolunteerPortal(index, volunteer: session.volunteerID, today: state.today, now: session.now) else { return nil }
        let language = state.language
        return VolunteerReport.text(portal, title: language.pick("dine vagter", "your shifts"), language)
            + language.pick("(Terminalen kan ikke vise fuldskærmsprogrammet; her er det som tekst.)\n",
                            "(This terminal cannot show the full-screen program; here it is as text.)\n")
    }
}
