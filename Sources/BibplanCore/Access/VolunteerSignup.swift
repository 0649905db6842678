/// A volunteer's own changes, where the library allows them (`"volunteerSignup": true`):
/// taking an open slot in their groups, and giving up their own shift at least
/// 48 hours ahead. Nothing else a volunteer does changes the library.
public enum VolunteerSignup {
    public enum Refusal: Error, Equatable, Sendable {
        case notAllowed
        case inactive
        case started
        case notInYourGroups
        case full
        case alreadyOn
        case overlaps(String)
        case tooLate
        case notYours
        case noSuchOccurrence
        case notOffered

        public func message(_ language: Language) -> String {
            switch self {
            case .notAllowed: return language.pick("Biblioteket tager ikke imod tilmeldinger her; ring eller skriv til koordinatoren",
                                                   "The library does not take sign-ups here; call or write to the coordinator")
            case .inactive: return language.pick("Du står som ikke aktiv; tal med koordinatoren", "You are marked as not active; talk to the coordinator")
            case .started: return language.pick("Det er allerede begyndt", "It has already started")
            case .notInYourGroups: return language.pick("Vagten hører ikke til dine grupper", "The slot is not in your groups")
            case .full: return language.pick("Vagten er allerede besat", "The slot is already filled")
            case .alreadyOn: return language.pick("Du er allerede på vagten", "You are already on it")
            case .overlaps(let title): return language.pick("Du har en anden vagt på samme tid: \(title)", "You have another shift at that time: \(title)")
            case .tooLate: return language.pick("Under 48 timer til: ring til koordinatoren for at melde fra",
                                                "Less than 48 hours ahead: call the coordinator to withdraw")
            case .notYours: return language.pick("Det er ikke din vagt", "That is not your shift")
            case .noSuchOccurrence: return language.pick("Arrangementet finder ikke sted den dag", "The event does not take place that day")
            case .notOffered: return language.pick("Vagten er ikke (længere) tilbudt til bytte", "The shift is not (any longer) offered")
            }
        }
    }

    /// Puts the volunteer on an open slot of an occurrence; the library with the new shift.
    public static func signUp(_ index: LibraryIndex, volunteer id: String, event: String, on day: Day,
                              now: LocalDateTime) -> Result<Library, Refusal> {
        guard let volunteer = index.volunteer(id), let eventValue = index.event(event),
              let occurrence = index.occurrence(of: Shift(id: "", event: event, date: day, volunteer: id)) else { return .failure(.noSuchOccurrence) }
        let roster = index.shifts(of: occurrence)
        let occasion = VolunteerPortal.Occasion(event: event, title: eventValue.title, day: day, start: occurrence.start, end: occurrence.end,
                                                location: eventValue.place, description: "", needed: eventValue.volunteersNeeded,
                                                roster: roster.map { .init(firstName: "", role: $0.role, isMe: $0.volunteer == id) })
        if let refusal = signUpRefusal(occasion, volunteer: volunteer, allowed: index.library.allowsVolunteerSignup, now: now) {
            return .failure(refusal)
        }
        guard eventValue.groups.contains(where: volunteer.groups.contains) else { return .failure(.notInYourGroups) }
        if let clash = overlapping(occurrence, volunteer: id, index) { return .failure(.overlaps(clash)) }
        var library = index.library
        library.assign(volunteer: id, toEvent: event, on: day)
        return .success(library)
    }

    /// Takes the volunteer's own shift away; the library without it.
    public static func withdraw(_ index: LibraryIndex, volunteer id: String, shift shiftID: String,
                                now: LocalDateTime) -> Result<Library, Refusal> {
        guard let shift = index.shifts(ofVolunteer: id).first(where: { $0.id == shiftID }) else { return .failure(.notYours) }
        guard let occurrence = index.occurrence(of: shift) else { return .failure(.noSuchOccurrence) }
        let event = index.event(of: occurrence)
        let occasion = VolunteerPortal.Occasion(event: event.id, title: event.title, day: shift.date, start: occurrence.start, end: occurrence.end,
                                                location: "", description: "", needed: event.volunteersNeeded, roster: [])
        if let refusal = withdrawRefusal(occasion, allowed: index.library.allowsVolunteerSignup, now: now) { return .failure(refusal) }
        var library = index.library
        library.removeShift(shiftID)
        return .success(library)
    }

    static func signUpRefusal(_ occasion: VolunteerPortal.Occasion, volunteer: Volunteer, allowed: Bool, now: LocalDateTime) -> Refusal? {
        guard allowed else { return .notAllowed }
        guard volunteer.active else { return .inactive }
        guard let start = occasion.start else { return .noSuchOccurrence }
        guard now < start else { return .started }
        guard !occasion.roster.contains(where: \.isMe) else { return .alreadyOn }
        guard occasion.missing > 0 else { return .full }
        return nil
    }

    static func withdrawRefusal(_ occasion: VolunteerPortal.Occasion, allowed: Bool, now: LocalDateTime) -> Refusal? {
        guard allowed else { return .notAllowed }
        guard let start = occasion.start else { return .noSuchOccurrence }
        guard now.adding(minutes: VolunteerPortal.withdrawNoticeMinutes) <= start else { return .tooLate }
        return nil
    }

    /// The title of another of the volunteer's occurrences that overlaps this one.
    static func overlapping(_ occurrence: Occurrence, volunteer: String, _ index: LibraryIndex) -> String? {
        index.overlappingShift(ofVolunteer: volunteer, with: occurrence).map { index.event(of: $0).title }
    }
}
