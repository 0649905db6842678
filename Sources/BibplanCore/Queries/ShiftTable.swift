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
        byDate = Self.orderByDate(shifts)
        var dates: [Day] = [], dateStarts: [Int32] = []
        for (place, position) in byDate.enumerated() where dates.last != shifts[Int(position)].date {
            dates.append(shifts[Int(position)].date)
            dateStarts.append(Int32(place))
        }
        dateStarts.append(Int32(byDate.count))
        self.dates = dates
        self.dateStarts = dateStarts
        events = shifts.map { Int32(eventIDs[$0.event] ?? -1) }

        // Counting sort by volunteer over the date order keeps each volunteer's shifts by date.
        var volunteerOf = [Int32](repeating: -1, count: shifts.count)
        var counts = [Int32](repeating: 0, count: volunteerCount + 1)
        var unresolved: [String: [Int32]] = [:]
        for position in byDate {
            let shift = shifts[Int(position)]
            if let volunteer = volunteerIDs[shift.volunteer] {
                volunteerOf[Int(position)] = Int32(volunteer)
                counts[volunteer + 1] += 1
            } else {
                unresolved[shift.volunteer, default: []].append(position)
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

    /// Positions ordered by date, file order kept among equal dates: a counting sort
    /// over the days when they span little, else a sort.
    private static func orderByDate(_ shifts: [Shift]) -> [Int32] {
        guard let first = shifts.min(by: { $0.date < $1.date })?.date, let last = shifts.max(by: { $0.date < $1.date })?.date else { return [] }
        let span = last.ordinal - first.ordinal + 1
        guard span <= 4 * shifts.count + 1024 else {
            return (0..<Int32(shifts.count)).sorted { a, b in
                let (x, y) = (shifts[Int(a)].date, shifts[Int(b)].date)
                return x != y ? x < y : a < b
            }
        }
        var starts = [Int32](repeating: 0, count: span + 1)
        for shift in shifts { starts[shift.date.ordinal - first.ordinal + 1] += 1 }
        for day in 0..<span { starts[day + 1] += starts[day] }
        var order = [Int32](repeating: 0, count: shifts.count)
        for (position, shift) in shifts.enumerated() {
            let day = shift.date.ordinal - first.ordinal
            order[Int(starts[day])] = Int32(position)
            starts[day] += 1
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
