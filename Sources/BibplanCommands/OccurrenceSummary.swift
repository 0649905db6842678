import BibplanCore

/// One occurrence with what the commands print about it: the event, who is on
/// shift (with their names), and how many volunteers are still missing.
struct OccurrenceSummary {
    struct Staffing {
        let shift: Shift
        /// The volunteer's name, or the id when the volunteer is not in the file.
        let name: String
    }

    /// The library the occurrence belongs to, for lists of several libraries.
    let libraryID: String
    let occurrence: Occurrence
    let event: Event
    let staff: [Staffing]
    let missing: Int

    init(_ occurrence: Occurrence, in index: LibraryIndex) {
        libraryID = index.library.id
        self.occurrence = occurrence
        event = index.event(of: occurrence)
        staff = index.shifts(of: occurrence).map { shift in
            Staffing(shift: shift, name: index.volunteer(shift.volunteer)?.name ?? shift.volunteer)
        }
        missing = index.openSlots(of: occurrence)
    }

    static func all(in range: DayRange, of index: LibraryIndex) -> [OccurrenceSummary] {
        index.occurrences(in: range).map { OccurrenceSummary($0, in: index) }
    }

    /// Whether the roster has anything to say about it: volunteers wanted or on shift.
    var involvesVolunteers: Bool { event.volunteersNeeded > 0 || !staff.isEmpty }
}
