import BibplanCore

/// How much the person at the keyboard may do, from access.json (never from a key or a flag).
public enum SessionRole: Equatable, Sendable {
    /// Changes everything.
    case staff
    /// Sees every pane; editing keys get a short message.
    case viewer
    /// Sees only their own program, built from `VolunteerPortal`.
    case volunteer(VolunteerSession)

    public init(_ grant: Grant, now: LocalDateTime) {
        switch grant {
        case .staff: self = .staff
        case .viewer: self = .viewer
        case .volunteer(_, let volunteer): self = .volunteer(VolunteerSession(volunteerID: volunteer, now: now))
        }
    }

    public var mayEdit: Bool { self == .staff }

    public var isVolunteer: Bool {
        if case .volunteer = self { return true }
        return false
    }

    /// The message for a key that would change something.
    func refusal(_ language: Language) -> String {
        switch self {
        case .volunteer: return language.pick("Som frivillig kan du ikke ændre det her", "As a volunteer you cannot change this")
        default: return language.pick("Kun visning: her kan intet ændres", "View only: nothing can be changed here")
        }
    }
}

/// The volunteer's program: which list, the selection, and a sign-up or withdrawal waiting for yes.
public struct VolunteerSession: Equatable, Sendable {
    public enum Tab: Int, CaseIterable, Sendable {
        case mine, open

        func title(_ language: Language) -> String {
            self == .mine ? language.pick("Mine vagter", "My shifts") : language.pick("Ledige vagter", "Open slots")
        }
    }

    /// Asked before it is done.
    public enum Pending: Equatable, Sendable {
        case signUp(event: String, day: Day, title: String)
        case withdraw(shift: String, title: String)
        /// Offer one's own shift for a swap, or take the offer back.
        case offer(shift: String, title: String, offering: Bool)
        /// Take a shift another volunteer offers.
        case take(shift: String, title: String, from: String)
    }

    public let volunteerID: String
    /// The library's local time, for the 48-hour rule (kept current by the run loop).
    public var now: LocalDateTime
    public var tab: Tab = .mine
    public var list = ListPosition()
    public var pending: Pending?
    public var showsHelp = false

    public init(volunteerID: String, now: LocalDateTime) {
        self.volunteerID = volunteerID
        self.now = now
    }

    /// What the volunteer may see right now: the only source of every row drawn.
    func portal(_ index: LibraryIndex, today: Day) -> VolunteerPortal? {
        VolunteerPortal(index, volunteer: volunteerID, today: today, now: now)
    }

    /// The rows of the current tab.
    func rows(_ portal: VolunteerPortal) -> [VolunteerRow] {
        switch tab {
        case .mine: return portal.coming.map(VolunteerRow.coming) + portal.past.map(VolunteerRow.past)
        case .open: return portal.offers.map(VolunteerRow.offer) + portal.open.map(VolunteerRow.open)
        }
    }
}

/// One line of a volunteer's list.
enum VolunteerRow: Equatable {
    case coming(VolunteerPortal.MyShift)
    case past(VolunteerPortal.MyShift)
    case open(VolunteerPortal.OpenSlot)
    case offer(VolunteerPortal.Offer)

    var occasion: VolunteerPortal.Occasion {
        switch self {
        case .coming(let shift), .past(let shift): return shift.occasion
        case .open(let slot): return slot.occasion
        case .offer(let offer): return offer.occasion
        }
    }
}
