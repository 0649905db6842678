/// The shifts of a library: by occurrence and by volunteer, and the slots still open.
extension LibraryIndex {
    public func shifts(of occurrence: Occurrence) -> [Shift] {
        shiftTable.positions(event: occurrence.eventIndex, day: occurrence.day).map { library.shifts[$0] }
    }

    /// Volunteers still needed on an occurrence (never negative).
    public func openSlots(of occurrence: Occurrence) -> Int {
        max(0, event(of: occurrence).volunteersNeeded - shifts(of: occurrence).count)
    }

    /// A volunteer's shifts, ordered by date.
    public func shifts(ofVolunteer id: String) -> [Shift] {
        shiftTable.positions(volunteer: volunteersByID[id], id: id).map { library.shifts[$0] }
    }

    /// Occurrences in the range that still lack volunteers, with how many.
    public func unfilled(in range: DayRange) -> [(occurrence: Occurrence, missing: Int)] {
        occurrences(in: range).compactMap { occurrence in
            let missing = openSlots(of: occurrence)
            return missing > 0 ? (occurrence, missing) : nil
        }
    }

    /// The occurrence a shift belongs to, if its event still has that day.
    public func occurrence(of shift: Shift) -> Occurrence? {
        guard let position = eventsByID[shift.event] else { return nil }
        return occurrences(of: position, in: DayRange(day: shift.date)).first
    }
}
