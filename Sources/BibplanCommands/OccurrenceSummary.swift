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
    /// Called off, with its reason; such an occurrence is listed, marked.
    let cancellation: Cancellation?
    /// Registered against capacity, when both are known.
    let attendance: Attendance?
    /// The room, with another occurrence holding it at the same time.
    let roomConflict: Bool
    /// Closed that day, or outside the opening hours (nil: neither, or the event holds regardless).
    let notice: OccurrenceNotice?

    /// - Parameter roomsTaken: the room conflicts of the whole list (`LibraryIndex.roomConflicts(in:)`).
    init(_ occurrence: Occurrence, in index: LibraryIndex, roomsTaken: [Occurrence: Occurrence]) {
        libraryID = index.library.id
        self.occurrence = occurrence
        event = index.event(of: occurrence)
        staff = index.shifts(of: occurrence).map { shift in
            Staffing(shift: shift, name: index.volunteer(shift.volunteer)?.name ?? shift.volunteer)
        }
        cancellation = index.cancellation(of: occurrence)
        missing = cancellation == nil ? index.openSlots(of: occurrence) : 0
        attendance = Attendance(registered: index.registered(for: occurrence), capacity: index.capacity(of: occurrence))
        roomConflict = roomsTaken[occurrence] != nil
        notice = index.notice(of: occurrence)
    }

    static func all(in range: DayRange, of index: LibraryIndex) -> [OccurrenceSummary] {
        let roomsTaken = index.roomConflicts(in: range)
        return index.listedOccurrences(in: range).map { OccurrenceSummary($0, in: index, roomsTaken: roomsTaken) }
    }

    /// Whether the roster has anything to say about it: volunteers wanted or on shift.
    var involvesVolunteers: Bool { event.volunteersNeeded > 0 || !staff.isEmpty }
}
