/// Volunteer time over a period, counted from the shifts: each shift counts the
/// length of its occurrence. Per volunteer, per group, and per initiative.
public struct VolunteerHours: Sendable {
    /// One volunteer's shifts in the period.
    public struct Person: Equatable, Sendable {
        public var volunteerID: String
        public var name: String
        public var groups: [String]
        public var shifts: Int
        public var minutes: Int
    }

    /// One group's shifts in the period (see `group(of:)` for how a shift gets its group).
    public struct Group: Equatable, Sendable {
        public var name: String
        public var volunteers: Int
        public var shifts: Int
        public var minutes: Int
    }

    /// What an initiative's events came to in the period.
    public struct Effort: Equatable, Sendable {
        public var occurrences: Int = 0
        public var shifts: Int = 0
        public var minutes: Int = 0
    }

    /// A shift, the length of its occurrence, and the volunteer (nil when unknown).
    struct Counted {
        let shift: Shift
        let event: Event
        let minutes: Int
        let volunteer: Volunteer?
    }

    let index: LibraryIndex
    let counted: [Counted]

    public init(_ index: LibraryIndex, range: DayRange) {
        self.index = index
        counted = index.library.shifts.compactMap { shift -> Counted? in
            guard range.contains(shift.date), let occurrence = index.occurrence(of: shift) else { return nil }
            let event = index.event(of: occurrence)
            return Counted(shift: shift, event: event, minutes: event.durationMinutes, volunteer: index.volunteer(shift.volunteer))
        }
    }

    /// Every volunteer in file order: the active ones, and inactive ones with shifts in the period.
    public var people: [Person] {
        var byVolunteer: [String: (shifts: Int, minutes: Int)] = [:]
        for item in counted {
            byVolunteer[item.shift.volunteer, default: (0, 0)].shifts += 1
            byVolunteer[item.shift.volunteer, default: (0, 0)].minutes += item.minutes
        }
        return index.library.volunteers.compactMap { volunteer -> Person? in
            let totals = byVolunteer[volunteer.id] ?? (0, 0)
            guard volunteer.active || totals.shifts > 0 else { return nil }
            return Person(volunteerID: volunteer.id, name: volunteer.name, groups: volunteer.groups,
                          shifts: totals.shifts, minutes: totals.minutes)
        }
    }

    /// Every group with shifts in the period, by name; a shift without a group counts under "".
    public var groups: [Group] {
        var totals: [String: (volunteers: Set<String>, shifts: Int, minutes: Int)] = [:]
        for item in counted {
            let name = Self.group(of: item.shift, event: item.event, volunteer: item.volunteer)
            totals[name, default: ([], 0, 0)].volunteers.insert(item.shift.volunteer)
            totals[name, default: ([], 0, 0)].shifts += 1
            totals[name, default: ([], 0, 0)].minutes += item.minutes
        }
        return totals.map { Group(name: $0.key, volunteers: $0.value.volunteers.count, shifts: $0.value.shifts, minutes: $0.value.minutes) }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// The group a shift is counted under: the first of the event's groups that the
    /// volunteer belongs to; else the event's first group; else the volunteer's first.
    public static func group(of shift: Shift, event: Event, volunteer: Volunteer?) -> String {
        let own = volunteer?.groups ?? []
        return event.groups.first(where: own.contains) ?? event.groups.first ?? own.first ?? ""
    }

    /// Each initiative's occurrences in the period, and the shifts and volunteer
    /// minutes on them, by initiative id (one pass over the period).
    public static func efforts(_ index: LibraryIndex, range: DayRange) -> [String: Effort] {
        var efforts: [String: Effort] = [:]
        for occurrence in index.occurrences(in: range) {
            let event = index.event(of: occurrence)
            guard let initiative = event.initiative else { continue }
            let shifts = index.shifts(of: occurrence).count
            efforts[initiative, default: Effort()].occurrences += 1
            efforts[initiative, default: Effort()].shifts += shifts
            efforts[initiative, default: Effort()].minutes += shifts * event.durationMinutes
        }
        return efforts
    }

    /// `12,5` (Danish) or `12.5`: hours with at most two decimals, no trailing zeros.
    public static func hoursText(_ minutes: Int, decimalComma: Bool) -> String {
        let hundredths = (minutes * 100 + 30) / 60
        var text = String(hundredths / 100)
        let rest = hundredths % 100
        if rest != 0 {
            let digits = rest % 10 == 0 ? String(rest / 10) : Day.pad(rest, 2)
            text += (decimalComma ? "," : ".") + digits
        }
        return text
    }
}
