/// A library's shifts grouped by date and by volunteer, as positions in
/// `library.shifts`: each group is a slice of one flat array, so building it for
/// 60,000 shifts makes no dictionary of arrays.
struct ShiftTable: Sendable {
    /// Shift positions by date; within a date, in file order.
    private let byDate: [Int32]
    /// The distinct dates, in order; `dates[i]`'s shifts are `byDate[dateStarts[i]..<dateStarts[i + 1]]`.
    private let dates: [Day]
    private let dateStarts: [Int32]
    /// The event position each shift refers to (-1: none).
    private let events: [Int32]
    /// Shift positions by volunteer position, by date within each (then file order).
    private let byVolunteer: [Int32]
    private let volunteerStarts: [Int32]
    /// Shifts whose volunteer is not in the library, by the id they name.
    private let unresolved: [String: [Int32]]

    init(_ shifts: [Shift], events eventIDs: IDTable, volunteers volunteerIDs: IDTable, volunteerCount: Int) {
        // Each field is read in place (no shift copied): these loops run over every shift.
        var ordinals = [Int](repeating: 0, count: shifts.count)
        var events = [Int32](repeating: -1, count: shifts.count)
        var volunteerOf = [Int32](repeating: -1, count: shifts.count)
        shifts.withUnsafeBufferPointer { shifts in
            for position in shifts.indices {
                ordinals[position] = shifts[position].date.ordinal
                events[position] = Int32(eventIDs[shifts[position].event] ?? -1)
                volunteerOf[position] = Int32(volunteerIDs[shifts[position].volunteer] ?? -1)
            }
        }
        self.events = events
        byDate = Self.orderByDate(ordinals)
        var dates: [Day] = [], dateStarts: [Int32] = []
        for (place, position) in byDate.enumerated() where dates.last?.ordinal != ordinals[Int(position)] {
            dates.append(Day(ordinal: ordinals[Int(position)]))
            dateStarts.append(Int32(place))
        }
        dateStarts.append(Int32(byDate.count))
        self.dates = dates
        self.dateStarts = dateStarts

        // Counting sort by volunteer over the date order keeps each volunteer's shifts by date.
        var counts = [Int32](repeating: 0, count: volunteerCount + 1)
        var unresolved: [String: [Int32]] = [:]
        for position in byDate {
            let volunteer = volunteerOf[Int(position)]
            if volunteer >= 0 {
                counts[Int(volunteer) + 1] += 1
            } else {
                unresolved[shifts[Int(position)].volunteer, default: []].append(position)
            }
        }
        for volunteer in 0..<volunteerCount { counts[volunteer + 1] += counts[volunteer] }
        volunteerStarts = counts
        var next = counts
        var byVolunteer = [Int32](repeating: 0, count: Int(counts[volunteerCount]))
        for position in byDate where volunteerOf[Int(position)] >= 0 {
            let volunteer = Int(volunteerOf[Int(position)])
            byVolunteer[Int(next[volunteer])] = position
            next[volunteer] += 1
        }
        self.byVolunteer = byVolunteer
        self.unresolved = unresolved
    }

    /// Positions ordered by day, file order kept among equal days: a counting sort
    /// when the days span little, else a sort.
    private static func orderByDate(_ ordinals: [Int]) -> [Int32] {
        guard let first = ordinals.min(), let last = ordinals.max() else { return [] }
        let span = last - first + 1
        guard span <= 4 * ordinals.count + 1024 else {
            return (0..<Int32(ordinals.count)).sorted { a, b in
                let (x, y) = (ordinals[Int(a)], ordinals[Int(b)])
                return x != y ? x < y : a < b
            }
        }
        var starts = [Int32](repeating: 0, count: span + 1)
        for ordinal in ordinals { starts[ordinal - first + 1] += 1 }
        for day in 0..<span { starts[day + 1] += starts[day] }
        var order = [Int32](repeating: 0, count: ordinals.count)
        for (position, ordinal) in ordinals.enumerated() {
            order[Int(starts[ordinal - first])] = Int32(position)
            starts[ordinal - first] += 1
        }
        return order
    }

    /// Positions of the shifts on `event`'s occurrence on `day`, in file order.
    func positions(event: Int, day: Day) -> [Int] {
        var low = 0, high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle] < day { low = middle + 1 } else { high = middle }
        }
        guard low < dates.count, dates[low] == day else { return [] }
        var found: [Int] = []
        for place in Int(dateStarts[low])..<Int(dateStarts[low + 1]) where events[Int(byDate[place])] == event {
            found.append(Int(byDate[place]))
        }
        return found
    }

    /// Positions of a volunteer's shifts, by date; `volunteer` is the position of the
    /// volunteer with that id, nil when the library has none.
    func positions(volunteer: Int?, id: String) -> [Int] {
        guard let volunteer else { return (unresolved[id] ?? []).map(Int.init) }
        return byVolunteer[Int(volunteerStarts[volunteer])..<Int(volunteerStarts[volunteer + 1])].map(Int.init)
    }
}
