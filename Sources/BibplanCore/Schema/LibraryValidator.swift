import Foundation

/// The checks of meaning in schema 1: ids unique and well-formed, every reference
/// resolving, no cycles among goals, rules inside the supported subset, shifts on
/// real occurrences. Returns every problem, with its JSON path.
public struct LibraryValidator {
    public let file: String
    private var problems: [LibraryProblem] = []

    public init(file: String) { self.file = file }

    public static func problems(in library: Library, file: String) -> [LibraryProblem] {
        var validator = LibraryValidator(file: file)
        validator.check(library)
        return validator.problems
    }

    mutating func report(_ path: String, _ message: String) {
        problems.append(LibraryProblem(file: file, path: path, message: message))
    }

    private mutating func check(_ library: Library) {
        if library.schema < 1 { report("schema", "\(library.schema) is not a schema version (1 is)") }
        if !LibraryID.isValid(library.id) { report("id", "\"\(library.id)\" is not a library id (lowercase letters, digits and '-', starting with a letter or digit)") }
        if library.name.isEmpty { report("name", "is empty") }
        if TimeZone(identifier: library.timeZone) == nil { report("timeZone", "\"\(library.timeZone)\" is not a known time zone") }
        if let sendmail = library.sendmail, SendmailCommand(sendmail) == nil {
            report("sendmail", "\"\(sendmail)\" is not a command (an absolute path, then its arguments, separated by spaces)")
        }
        if let plan = library.plan, let from = plan.from, let to = plan.to, to < from {
            report("plan.to", "\(to) is before plan.from \(from)")
        }
        let goalIDs = uniqueIDs(library.goals, kind: "goals")
        let initiativeIDs = uniqueIDs(library.initiatives, kind: "initiatives")
        let eventIDs = uniqueIDs(library.events, kind: "events")
        let volunteerIDs = uniqueIDs(library.volunteers, kind: "volunteers")
        // The shifts' own ids are many and need nothing else: checked on another core
        // (for a large library) while the rest is, their problems put in their place.
        let file = self.file
        let shiftIDs: @Sendable () -> [LibraryProblem] = {
            var checker = LibraryValidator(file: file)
            _ = checker.uniqueIDs(library.shifts, kind: "shifts")
            return checker.problems
        }
        let before = problems
        problems = []
        let shiftProblems: [LibraryProblem]
        if library.shifts.count >= Self.manyShifts {
            shiftProblems = Alongside.run(shiftIDs) { checkReferences(library, goalIDs, initiativeIDs, eventIDs, volunteerIDs) }.work
        } else {
            shiftProblems = shiftIDs()
            checkReferences(library, goalIDs, initiativeIDs, eventIDs, volunteerIDs)
        }
        problems = before + shiftProblems + problems
    }

    /// From this many shifts on, their ids are checked on another core.
    private static let manyShifts = 20_000

    private mutating func checkReferences(_ library: Library, _ goalIDs: IDTable, _ initiativeIDs: IDTable, _ eventIDs: IDTable, _ volunteerIDs: IDTable) {
        checkGoals(library.goals, ids: goalIDs)
        checkInitiatives(library.initiatives, goals: goalIDs)
        let rules = checkEvents(library.events, initiatives: initiativeIDs)
        checkShifts(library, events: eventIDs, volunteers: volunteerIDs, rules: rules)
        checkVenues(library, rules: rules)
        checkOverrides(library, rules: rules)
    }

    /// Index by id of the first item with each id; reports empty and repeated ids.
    private mutating func uniqueIDs<Item: Identifiable<String>>(_ items: [Item], kind: String) -> IDTable {
        var index = IDTable(capacity: items.count)
        items.withUnsafeBufferPointer { items in // reads each id in place, without copying the items
            for position in items.indices {
                let id = items[position].id
                if id.isEmpty { report("\(kind)[\(position)].id", "is empty"); continue }
                if let earlier = index.insert(id, at: position) {
                    report("\(kind)[\(position)].id", "duplicate id \"\(id)\" (also \(kind)[\(earlier)])")
                }
            }
        }
        return index
    }

    private mutating func checkGoals(_ goals: [Goal], ids: IDTable) {
        for (position, goal) in goals.enumerated() {
            if let parent = goal.parent, ids[parent] == nil {
                report("goals[\(position)].parent", "no goal \"\(parent)\"")
            }
            if let cycle = Self.cycle(from: position, in: goals, ids: ids) {
                report("goals[\(position)].parent", "cycle " + cycle.joined(separator: " → "))
            }
        }
    }

    /// The ids around a parent cycle that `position` is on, starting and ending with its own id.
    private static func cycle(from position: Int, in goals: [Goal], ids: IDTable) -> [String]? {
        var trail = [goals[position].id]
        var current = position
        var steps = 0
        while let parent = goals[current].parent, let next = ids[parent], steps <= goals.count {
            trail.append(parent)
            if next == position { return trail }
            current = next
            steps += 1
        }
        return nil
    }

    private mutating func checkInitiatives(_ initiatives: [Initiative], goals: IDTable) {
        for (position, initiative) in initiatives.enumerated() {
            for (slot, goal) in initiative.goals.enumerated() where goals[goal] == nil {
                report("initiatives[\(position)].goals[\(slot)]", "no goal \"\(goal)\"")
            }
            if let from = initiative.from, let to = initiative.to, to < from {
                report("initiatives[\(position)].to", "\(to) is before from \(from)")
            }
        }
    }

    private mutating func checkEvents(_ events: [Event], initiatives: IDTable) -> [RecurrenceRule?] {
        var rules: [RecurrenceRule?] = []
        rules.reserveCapacity(events.count)
        for (position, event) in events.enumerated() {
            if let initiative = event.initiative, initiatives[initiative] == nil {
                report("events[\(position)].initiative", "no initiative \"\(initiative)\"")
            }
            guard let text = event.rrule else {
                if let step = event.onClosingDay.step {
                    let way = step < 0 ? "earlier" : "later"
                    report("events[\(position)].onClosingDay",
                           "\"\(way)\" moves the times of a series, and this event has no rrule; move its start")
                }
                rules.append(nil)
                continue
            }
            do throws(RecurrenceRuleError) {
                rules.append(try RecurrenceRule(parsing: text))
            } catch {
                report("events[\(position)].rrule", "\(error.message) (in \"\(text)\")")
                rules.append(nil)
            }
        }
        return rules
    }

    private mutating func checkShifts(_ library: Library, events: IDTable, volunteers: IDTable, rules: [RecurrenceRule?]) {
        var taken = TakenSlots(library)
        var days = OccurrenceDays(library, rules: rules)
        library.shifts.withUnsafeBufferPointer { shifts in // each field read in place, no shift copied
            for position in shifts.indices {
                checkShift(position, shifts, library, events: events, volunteers: volunteers, days: &days, taken: &taken)
            }
        }
    }

    private mutating func checkShift(_ position: Int, _ shifts: UnsafeBufferPointer<Shift>, _ library: Library, events: IDTable,
                                     volunteers: IDTable, days: inout OccurrenceDays, taken: inout TakenSlots) {
        let volunteer = volunteers[shifts[position].volunteer]
        if volunteer == nil, !shifts[position].volunteer.isEmpty {
            report("shifts[\(position)].volunteer", "no volunteer \"\(shifts[position].volunteer)\"")
        }
        guard let eventIndex = events[shifts[position].event] else {
            if !shifts[position].event.isEmpty { report("shifts[\(position)].event", "no event \"\(shifts[position].event)\"") }
            return
        }
        let date = shifts[position].date
        if !days.contains(date, event: eventIndex) {
            let event = library.events[eventIndex]
            report("shifts[\(position)].date", "\(date) is not a day of \"\(event.title)\" (\(event.id))")
        } else if let closure = days.skippedClosure(date, event: eventIndex) {
            let event = library.events[eventIndex]
            report("shifts[\(position)].date", "\(date) is \(closure.text(.english)) and \"\(event.title)\" (\(event.id)) skips closing days")
        }
        if !taken.insert(event: eventIndex, date: date, volunteer: volunteer, named: shifts[position].volunteer) {
            let shift = shifts[position]
            report("shifts[\(position)]", "\(shift.volunteer) is already on \(shift.event) on \(shift.date)")
        }
    }

    /// Who is on which occurrence so far, to find a volunteer put on one twice.
    private struct TakenSlots {
        private var numbers: NumberSet
        private var named = Set<NamedSlot>() // a volunteer not in the library, or too many to number
        private let numbered: Bool

        init(_ library: Library) {
            numbers = NumberSet(capacity: library.shifts.count)
            numbered = library.events.count < 1 << 21 && library.volunteers.count < 1 << 20
        }

        /// False when the volunteer was on that occurrence already.
        mutating func insert(event: Int, date: Day, volunteer: Int?, named name: String) -> Bool {
            guard let volunteer, numbered else { return named.insert(NamedSlot(event: event, date: date, volunteer: name)).inserted }
            return numbers.insert(Self.slot(event: event, day: date, volunteer: volunteer))
        }

        /// One volunteer on one occurrence as one number: 21 bits of event position,
        /// 20 of volunteer position, 22 of day (years 1 to 9999 take 3.7 million days).
        private static func slot(event: Int, day: Day, volunteer: Int) -> UInt64 {
            let days = UInt64(truncatingIfNeeded: day.ordinal - firstDay) & (1 << 22 - 1)
            return UInt64(event) << 42 | UInt64(volunteer) << 22 | days
        }

        private static let firstDay = Day.ordinal(year: 1, month: 1, day: 1)
    }

    /// The days each event occurs on within the span the shifts cover, expanded once
    /// per event (in order, searched by halving) rather than once per shift.
    private struct OccurrenceDays {
        private let library: Library
        private let rules: [RecurrenceRule?]
        private let span: DayRange
        private var expanded: [[Day]?]
        private let closing: ClosingCalendar
        private let open: OpenDays

        init(_ library: Library, rules: [RecurrenceRule?]) {
            self.library = library
            self.rules = rules
            span = library.shifts.withUnsafeBufferPointer { shifts in
                var first = shifts.first?.date ?? Day(ordinal: 0), last = first
                for position in shifts.indices {
                    first = min(first, shifts[position].date)
                    last = max(last, shifts[position].date)
                }
                return DayRange(first, last)
            }
            expanded = Array(repeating: nil, count: library.events.count)
            closing = ClosingCalendar(library)
            open = OpenDays(library)
        }

        /// Why the day is closed, when the event skips closing days and it is one.
        func skippedClosure(_ day: Day, event: Int) -> Closure? {
            library.events[event].onClosingDay == .skip ? closing.closure(on: day) : nil
        }

        mutating func contains(_ day: Day, event: Int) -> Bool {
            let days: [Day]
            if let known = expanded[event] {
                days = known
            } else {
                days = Occurrences.daysTakingPlace(of: library.events[event], rule: rules[event], in: span, open: open)
                expanded[event] = days
            }
            var low = 0, high = days.count
            while low < high {
                let middle = (low + high) / 2
                if days[middle] < day { low = middle + 1 } else { high = middle }
            }
            return low < days.count && days[low] == day
        }
    }

    /// One volunteer on one occurrence, for a volunteer the library does not have.
    private struct NamedSlot: Hashable {
        let event: Int
        let date: Day
        let volunteer: String
    }
}

/// Library ids become file names: only `[a-z0-9][a-z0-9-]*`, never a path.
public enum LibraryID {
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= 64, isLowerAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
