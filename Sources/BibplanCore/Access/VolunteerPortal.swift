/// What one volunteer may see of a library, and nothing more: their own shifts
/// (coming, then past with hours), the roster of each of those occurrences by first
/// name, and the open slots in their groups. Every screen and every command output
/// a volunteer gets is built from this value, never from the library itself, so
/// another volunteer's surname, phone, e-mail, notes or id cannot reach them.
public struct VolunteerPortal: Equatable, Sendable {
    /// The volunteer's own details (never their notes: those are the staff's).
    public struct Me: Equatable, Sendable {
        public let id: String
        public let name: String
        public let groups: [String]
        public let phone: String
        public let email: String
        public let active: Bool
    }

    /// Someone on an occurrence, as another volunteer may see them.
    public struct Colleague: Equatable, Sendable {
        public let firstName: String
        public let role: String
        public let isMe: Bool
    }

    /// One occurrence of an event, with its roster by first name.
    public struct Occasion: Equatable, Sendable {
        public let event: String
        public let title: String
        public let day: Day
        /// Nil when the event no longer occurs that day (cancelled or moved).
        public let start: LocalDateTime?
        public let end: LocalDateTime?
        public let location: String
        public let description: String
        public let needed: Int
        public let roster: [Colleague]

        public var missing: Int { max(0, needed - roster.count) }
        public var minutes: Int {
            guard let start, let end else { return 0 }
            return (end.day.ordinal - start.day.ordinal) * 1440 + end.minutes - start.minutes
        }
    }

    public struct MyShift: Equatable, Sendable {
        public let id: String
        public let role: String
        public let occasion: Occasion
        /// Withdrawing is allowed (sign-up on, at least 48 hours ahead).
        public let mayWithdraw: Bool
        /// Offered to the group for a swap.
        public let offered: Bool
    }

    /// A shift another volunteer of the group offers, by their first name.
    public struct Offer: Equatable, Sendable {
        public let shift: String
        public let fromFirstName: String
        public let occasion: Occasion
        public let mayTake: Bool
    }

    public struct OpenSlot: Equatable, Sendable {
        public let occasion: Occasion
        public let maySignUp: Bool
    }

    public let library: String
    public let libraryName: String
    public let me: Me
    public let today: Day
    /// `"volunteerSignup": true` in the library file.
    public let signupAllowed: Bool
    /// From today on, soonest first.
    public let coming: [MyShift]
    /// Before today, latest first.
    public let past: [MyShift]
    /// Occurrences in `openRange` of events in the volunteer's groups that still lack people, without them on it.
    public let open: [OpenSlot]
    /// Coming shifts others of the volunteer's groups offer for a swap.
    public let offers: [Offer]
    public let openRange: DayRange

    /// How far ahead a shift may still be given up.
    public static let withdrawNoticeMinutes = 48 * 60
    /// Open slots are looked for this many days ahead (8 weeks).
    public static let openSlotDays = 56

    /// The portal of volunteer `id`; nil when the library has no such volunteer.
    /// `now` is the library's local time (for the 48-hour rule); `range` limits every list when given.
    public init?(_ index: LibraryIndex, volunteer id: String, today: Day, now: LocalDateTime, range: DayRange? = nil) {
        guard let volunteer = index.volunteer(id) else { return nil }
        let builder = PortalBuilder(index: index, me: volunteer, now: now)
        library = index.library.id
        libraryName = index.library.name
        me = Me(id: volunteer.id, name: volunteer.name, groups: volunteer.groups, phone: volunteer.phone,
                email: volunteer.email, active: volunteer.active)
        self.today = today
        signupAllowed = index.library.allowsVolunteerSignup
        let mine = index.shifts(ofVolunteer: id).filter { range?.contains($0.date) ?? true }.map(builder.myShift)
            .sorted { ($0.occasion.day, $0.occasion.start?.minutes ?? 0) < ($1.occasion.day, $1.occasion.start?.minutes ?? 0) }
        coming = mine.filter { $0.occasion.day >= today }
        past = mine.filter { $0.occasion.day < today }.reversed()
        openRange = range ?? DayRange(today, today.adding(days: Self.openSlotDays - 1))
        open = builder.openSlots(in: openRange, from: today)
        offers = builder.offers(in: openRange, from: today)
    }

    /// Minutes worked on past shifts (that still took place) from `first` on.
    public func pastMinutes(since first: Day? = nil) -> Int {
        past.filter { shift in first.map { shift.occasion.day >= $0 } ?? true }.reduce(0) { $0 + $1.occasion.minutes }
    }
}

/// Builds the portal's values from the index, putting first names in place of people.
private struct PortalBuilder {
    let index: LibraryIndex
    let me: Volunteer
    let now: LocalDateTime

    func occasion(event series: Event, day: Day, occurrence: Occurrence?) -> VolunteerPortal.Occasion {
        let event = occurrence.map(index.event(of:)) ?? series // a changed time's own title, place and text
        let roster = occurrence.map { index.shifts(of: $0) } ?? []
        return VolunteerPortal.Occasion(
            event: event.id, title: event.title, day: day, start: occurrence?.start, end: occurrence?.end,
            location: event.place, description: event.description, needed: event.volunteersNeeded,
            roster: roster.map { shift in
                VolunteerPortal.Colleague(firstName: index.volunteer(shift.volunteer)?.firstName ?? "?", role: shift.role,
                                          isMe: shift.volunteer == me.id)
            })
    }

    func myShift(_ shift: Shift) -> VolunteerPortal.MyShift {
        let occurrence = index.occurrence(of: shift)
        let event = index.event(shift.event) ?? Event(id: shift.event, title: shift.event, start: LocalDateTime(day: shift.date, minutes: 0))
        let occasion = occasion(event: event, day: shift.date, occurrence: occurrence)
        return VolunteerPortal.MyShift(id: shift.id, role: shift.role, occasion: occasion,
                                       mayWithdraw: VolunteerSignup.withdrawRefusal(occasion, allowed: index.library.allowsVolunteerSignup, now: now) == nil,
                                       offered: shift.offered)
    }

    func offers(in range: DayRange, from today: Day) -> [VolunteerPortal.Offer] {
        let groups = Set(me.groups)
        return index.library.shifts.compactMap { shift -> VolunteerPortal.Offer? in
            guard shift.offered, shift.volunteer != me.id, shift.date >= today, range.contains(shift.date),
                  let event = index.event(shift.event), !groups.isDisjoint(with: event.groups) else { return nil }
            let occurrence = index.occurrence(of: shift)
            return VolunteerPortal.Offer(shift: shift.id, fromFirstName: index.volunteer(shift.volunteer)?.firstName ?? "?",
                                         occasion: occasion(event: event, day: shift.date, occurrence: occurrence),
                                         mayTake: VolunteerSignup.takeRefusal(shift, by: me, index, now: now) == nil)
        }.sorted { $0.occasion.day < $1.occasion.day }
    }

    func openSlots(in range: DayRange, from today: Day) -> [VolunteerPortal.OpenSlot] {
        let groups = Set(me.groups)
        guard !groups.isEmpty else { return [] }
        return index.unfilled(in: range).compactMap { item -> VolunteerPortal.OpenSlot? in
            let event = index.event(of: item.occurrence)
            guard item.occurrence.day >= today, !groups.isDisjoint(with: event.groups),
                  !index.shifts(of: item.occurrence).contains(where: { $0.volunteer == me.id }) else { return nil }
            let occasion = occasion(event: event, day: item.occurrence.day, occurrence: item.occurrence)
            let refusal = VolunteerSignup.signUpRefusal(occasion, volunteer: me, allowed: index.library.allowsVolunteerSignup, now: now)
            let free = VolunteerSignup.overlapping(item.occurrence, volunteer: me.id, index) == nil
            return VolunteerPortal.OpenSlot(occasion: occasion, maySignUp: refusal == nil && free)
        }
    }
}
