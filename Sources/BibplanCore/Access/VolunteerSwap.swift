/// Volunteers swapping shifts, where the library allows sign-up: one offers a coming
/// shift, another of the event's groups takes it; staff see the new name on the roster.
extension VolunteerSignup {
    /// Offers the volunteer's own coming shift to the group, or takes the offer back.
    public static func toggleOffer(_ index: LibraryIndex, volunteer id: String, shift shiftID: String,
                                   now: LocalDateTime) -> Result<Library, Refusal> {
        guard index.library.allowsVolunteerSignup else { return .failure(.notAllowed) }
        guard let position = index.library.shifts.firstIndex(where: { $0.id == shiftID && $0.volunteer == id }) else { return .failure(.notYours) }
        guard let occurrence = index.occurrence(of: index.library.shifts[position]) else { return .failure(.noSuchOccurrence) }
        guard occurrence.start > now else { return .failure(.started) }
        var library = index.library
        library.shifts[position].offered.toggle()
        return .success(library)
    }

    /// Takes a shift another volunteer offers: the volunteer must be active, of the
    /// event's groups, not on it already and free at that time.
    public static func take(_ index: LibraryIndex, volunteer id: String, shift shiftID: String,
                            now: LocalDateTime) -> Result<Library, Refusal> {
        guard let taker = index.volunteer(id) else { return .failure(.notYours) }
        guard let position = index.library.shifts.firstIndex(where: { $0.id == shiftID }) else { return .failure(.notOffered) }
        let shift = index.library.shifts[position]
        if let refusal = takeRefusal(shift, by: taker, index, now: now) { return .failure(refusal) }
        var library = index.library
        library.shifts[position].volunteer = id
        library.shifts[position].offered = false
        return .success(library)
    }

    /// Why the volunteer may not take the offered shift; nil when they may.
    public static func takeRefusal(_ shift: Shift, by taker: Volunteer, _ index: LibraryIndex, now: LocalDateTime) -> Refusal? {
        guard index.library.allowsVolunteerSignup else { return .notAllowed }
        guard shift.offered, shift.volunteer != taker.id else { return .notOffered }
        guard taker.active else { return .inactive }
        guard let occurrence = index.occurrence(of: shift) else { return .noSuchOccurrence }
        guard occurrence.start > now else { return .started }
        guard index.event(of: occurrence).groups.contains(where: taker.groups.contains) else { return .notInYourGroups }
        if index.shifts(of: occurrence).contains(where: { $0.volunteer == taker.id }) { return .alreadyOn }
        if let clash = overlapping(occurrence, volunteer: taker.id, index) { return .overlaps(clash) }
        return nil
    }
}
