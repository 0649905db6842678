/// The working reality of one occurrence: called off or not, its room and whether
/// another occurrence holds that room at the same time, and how full it is.
extension LibraryIndex {
    /// Occurrences called off in the range: they stay visible with their reason
    /// (their days are in `exdates`, so `occurrences(in:)` leaves them out).
    public func cancelledOccurrences(in range: DayRange) -> [Occurrence] {
        var found: [Occurrence] = []
        for position in eventsWithCancellations {
            let event = library.events[position]
            for cancellation in event.cancellations where range.contains(cancellation.date) && event.exdates.contains(cancellation.date) {
                found.append(Occurrence(eventIndex: position, start: LocalDateTime(day: cancellation.date, minutes: event.start.minutes),
                                        durationMinutes: event.durationMinutes))
            }
        }
        return found.sorted()
    }

    /// What a calendar lists for the range: the occurrences and the times called off
    /// (which stay visible, marked), in time order.
    public func listedOccurrences(in range: DayRange) -> [Occurrence] {
        let cancelled = cancelledOccurrences(in: range)
        return cancelled.isEmpty ? occurrences(in: range) : (occurrences(in: range) + cancelled).sorted()
    }

    /// The reason an occurrence was called off, when it was (a cancelled single event counts too).
    public func cancellation(of occurrence: Occurrence) -> Cancellation? {
        let event = event(of: occurrence)
        if let found = event.cancellations.first(where: { $0.date == occurrence.day }) { return found }
        return event.status == .cancelled ? Cancellation(date: occurrence.day, reason: "") : nil
    }

    /// Another occurrence in the same room at an overlapping time, if any.
    public func roomConflict(of occurrence: Occurrence) -> Occurrence? {
        guard event(of: occurrence).room != nil else { return nil }
        return roomConflicts(in: DayRange(day: occurrence.day))[occurrence]
    }

    /// Every occurrence starting in the range whose room another overlapping one holds,
    /// with that other one (the first in time order): the rooms taken twice, worked out
    /// once for a whole list, by one sweep over each room's occurrences.
    public func roomConflicts(in range: DayRange) -> [Occurrence: Occurrence] {
        let byRoom = Dictionary(grouping: occurrences(in: DayRange(range.first.adding(days: -1), range.last)).filter { occurrence in
            event(of: occurrence).room != nil && cancellation(of: occurrence) == nil
        }, by: { event(of: $0).room ?? "" })
        var conflicts: [Occurrence: Occurrence] = [:]
        for taken in byRoom.values where taken.count > 1 {
            Self.sweepOverlaps(taken) { occurrence, other in
                if range.contains(occurrence.day) { conflicts[occurrence] = other }
            }
        }
        return conflicts
    }

    /// For each occurrence of `sorted` (in time order) that overlaps another, calls
    /// `found` with the first such other. Earlier ones that have ended by an
    /// occurrence's start have ended for every later one too, so they leave the queue
    /// for good: linear after the sort, where comparing every pair was quadratic.
    static func sweepOverlaps(_ sorted: [Occurrence], found: (Occurrence, Occurrence) -> Void) {
        var running: [Int] = [] // positions, in order; those before `head` have ended
        var head = 0
        for (position, occurrence) in sorted.enumerated() {
            while head < running.count, sorted[running[head]].end <= occurrence.start { head += 1 }
            if head < running.count, sorted[running[head]].start < occurrence.end {
                found(occurrence, sorted[running[head]])
            } else if position + 1 < sorted.count, sorted[position + 1].start < occurrence.end, occurrence.start < sorted[position + 1].end {
                found(occurrence, sorted[position + 1])
            }
            running.append(position)
        }
    }

    /// Another occurrence the volunteer is on at an overlapping time (events last at
    /// most 14 days, so only shifts that near are looked at): double booking.
    public func overlappingShift(ofVolunteer volunteer: String, with occurrence: Occurrence) -> Occurrence? {
        for shift in shifts(ofVolunteer: volunteer) where abs(shift.date.ordinal - occurrence.day.ordinal) <= 14 {
            guard let other = self.occurrence(of: shift), other != occurrence,
                  other.start < occurrence.end, occurrence.start < other.end else { continue }
            return other
        }
        return nil
    }

    /// Seats: the event's own capacity, else its room's.
    public func capacity(of occurrence: Occurrence) -> Int? {
        let event = event(of: occurrence)
        return event.capacity ?? event.room.flatMap { name in library.rooms.first { $0.name == name }?.capacity }
    }

    /// How many have signed up for the occurrence (nil when nobody has entered it).
    public func registered(for occurrence: Occurrence) -> Int? {
        event(of: occurrence).registrations.first { $0.date == occurrence.day }?.count
    }
}

/// How full an occurrence is, in words for the calendar.
public enum Attendance: Equatable, Sendable {
    case open(registered: Int, capacity: Int)
    case full(capacity: Int)
    case waitingList(Int)

    public init?(registered: Int?, capacity: Int?) {
        guard let registered, let capacity else { return nil }
        if registered > capacity { self = .waitingList(registered - capacity) } else if registered == capacity { self = .full(capacity: capacity) } else {
            self = .open(registered: registered, capacity: capacity)
        }
    }

    /// For a narrow column: `14/20`, `fuldt`, `fuldt+3`.
    public func text(_ language: Language) -> String {
        switch self {
        case .open(let registered, let capacity): return "\(registered)/\(capacity)"
        case .full: return language.pick("fuldt", "full")
        case .waitingList(let waiting): return language.pick("fuldt+\(waiting)", "full+\(waiting)")
        }
    }
}
