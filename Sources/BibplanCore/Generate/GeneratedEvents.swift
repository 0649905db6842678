/// The generated calendar: series, one-off events, and shifts on their real occurrences.
extension LibraryBuilder {
    // MARK: Events

    /// The events, and for each the roles its shifts are given, in order.
    func makeEvents(_ initiatives: [Initiative]) -> ([Event], [[String]]) {
        var events: [Event] = []
        var roles: [[String]] = []
        var random = stream(4)
        for _ in 0..<max(options.series, 0) {
            let (event, eventRoles) = makeSeries(&random, initiatives)
            events.append(event)
            roles.append(eventRoles)
        }
        var oneOffs: [(Event, [String])] = []
        var singles = stream(6)
        for _ in 0..<max(options.events, 0) { oneOffs.append(makeOneOff(&singles, initiatives)) }
        oneOffs.sort { $0.0.start < $1.0.start }
        for (event, eventRoles) in oneOffs {
            events.append(event)
            roles.append(eventRoles)
        }
        for position in events.indices { events[position].id = "e\(position + 1)" }
        return (events, roles)
    }

    func groups(_ indices: [Int]) -> [String] {
        guard !groupNames.isEmpty else { return [] }
        var names: [String] = []
        for index in indices where !names.contains(groupNames[index % groupNames.count]) { names.append(groupNames[index % groupNames.count]) }
        return names
    }

    func place(_ random: inout GeneratorRandom, rooms: [String]) -> String {
        let branch = random.weighted(Words.branches.enumerated().map { ($0.element, $0.offset == 0 ? 5 : 2) })
        return branch + ", " + random.pick(rooms)
    }

    func rooms(for audience: Audience) -> [String] {
        switch audience {
        case .children: return ["Børnebiblioteket", "Fortællerummet", "Store sal"]
        case .families: return ["Børnebiblioteket", "Store sal", "Værkstedet", "Gården"]
        case .youth: return ["Ungeområdet", "Makerspace", "Studierummet", "Lille sal"]
        default: return Words.rooms
        }
    }

    private enum SeriesKind { case weekly, twiceWeekly, fortnightly, monthlyByWeekday, monthlyByDay }

    func makeSeries(_ random: inout GeneratorRandom, _ initiatives: [Initiative]) -> (Event, [String]) {
        let activity = random.pick(Words.activities)
        let kind = random.weighted([(SeriesKind.weekly, 40), (.twiceWeekly, 6), (.fortnightly, 20), (.monthlyByWeekday, 24), (.monthlyByDay, 10)])
        let weekdays: [(Weekday, Int)] = [(.monday, 6), (.tuesday, 7), (.wednesday, 7), (.thursday, 7), (.friday, 4), (.saturday, 4), (.sunday, 1)]
        let weekday = random.weighted(weekdays)
        var rule: String
        switch kind {
        case .weekly: rule = "FREQ=WEEKLY;BYDAY=" + weekday.code
        case .twiceWeekly:
            let other = Weekday.allCases[(weekday.index + 2) % 5]
            rule = "FREQ=WEEKLY;BYDAY=" + [weekday, other].sorted { $0.index < $1.index }.map(\.code).joined(separator: ",")
        case .fortnightly: rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + weekday.code
        case .monthlyByWeekday: rule = "FREQ=MONTHLY;BYDAY=" + String(random.pick([1, 2, 3, 4, -1])) + weekday.code
        case .monthlyByDay: rule = "FREQ=MONTHLY;BYMONTHDAY=" + String(random.int(1...28))
        }
        let span = plan.last.ordinal - plan.first.ordinal
        // Most series begin in the plan's first year; some later ones start up along the way.
        let latest = max(0, span - 120)
        let offset = random.chance(0.75) ? random.below(min(latest, 300) + 1) : random.below(latest + 1)
        let base = plan.first.adding(days: offset)
        if random.chance(0.3) {
            let end = min(base.adding(days: random.int(150...max(150, span))), plan.last)
            rule += ";UNTIL=" + end.iso.replacingOccurrences(of: "-", with: "")
        }
        let minutes = random.pick(activity.starts)
        let parsed = try? RecurrenceRule(parsing: rule)
        // The series starts on its first real occurrence, as iCalendar expects of DTSTART.
        let first = parsed?.days(startingAt: LocalDateTime(day: base, minutes: minutes), in: DayRange(base, base.adding(days: 70))).first ?? base
        let start = LocalDateTime(day: first, minutes: minutes)
        let skipSummer = kind != .monthlyByDay && kind != .monthlyByWeekday && random.chance(0.6)
        let skipChristmas = random.chance(0.7)
        let exdates = parsed.map { rule in
            rule.days(startingAt: start, in: plan).filter { day in
                DanishHolidays.holiday(on: day) != nil || (skipSummer && day.month == 7)
                    || (skipChristmas && ((day.month == 12 && day.dayOfMonth >= 22) || (day.month == 1 && day.dayOfMonth == 1)))
            }.filter { $0 != first }
        } ?? []
        let branchPlace = place(&random, rooms: rooms(for: activity.audience))
        let branch = branchPlace.split(separator: ",").first.map(String.init) ?? ""
        let town = branch.hasSuffix(" Bibliotek") ? String(branch.dropLast(" Bibliotek".count)) : nil
        let eventGroups = groups(activity.groups)
        let needed = eventGroups.isEmpty ? 0 : random.weighted([(1, 25), (2, 35), (3, 25), (4, 15)])
        let event = Event(
            id: "", title: activity.title + (town.map { " i " + $0 } ?? ""), start: start, durationMinutes: activity.minutes,
            rrule: rule, exdates: exdates, location: branchPlace, audience: activity.audience,
            initiative: initiatives.isEmpty || random.chance(0.25) ? nil : random.pick(initiatives).id,
            capacity: random.chance(0.5) ? random.pick([12, 15, 20, 25, 30, 40]) : nil,
            groups: eventGroups, volunteersNeeded: needed, description: activity.description)
        return (event, activity.roles)
    }

    func makeOneOff(_ random: inout GeneratorRandom, _ initiatives: [Initiative]) -> (Event, [String]) {
        let span = plan.last.ordinal - plan.first.ordinal
        var day = plan.first.adding(days: random.below(span + 1))
        for _ in 0..<6 where day.weekday == .sunday || DanishHolidays.holiday(on: day) != nil {
            day = plan.first.adding(days: random.below(span + 1))
        }
        if random.chance(0.05) {
            let season = random.pick(GeneratorWords.seasonal)
            let year = random.int(plan.first.year...plan.last.year)
            let date = Day(year: year, month: season.month, day: random.int(1...20)) ?? day
            let eventGroups = groups([8, 0])
            let event = Event(
                id: "", title: season.title, start: LocalDateTime(day: date, minutes: random.pick([Words.at(10), Words.at(13), Words.at(15)])),
                durationMinutes: random.pick([90, 120, 180]), location: place(&random, rooms: rooms(for: season.audience)),
                audience: season.audience, initiative: initiatives.isEmpty || random.chance(0.5) ? nil : random.pick(initiatives).id,
                groups: eventGroups, volunteersNeeded: eventGroups.isEmpty ? 0 : random.int(1...3),
                description: "Sæsonens arrangement for store og små. Gratis, ingen tilmelding.")
            return (event, ["Værksted", "Vært", "Hjælper"])
        }
        let kind = random.pick(Words.oneOffs)
        let subject = kind.subjects.isEmpty ? Self.personName(&random) : random.pick(kind.subjects)
        let rooms: [String]
        switch kind.prefix {
        case "Workshop": rooms = ["Værkstedet", "Makerspace"]
        case "Børneteater": rooms = ["Børnebiblioteket", "Store sal"]
        case "Udstillingsåbning": rooms = ["Udstillingsrummet"]
        case "Bogudsalg": rooms = ["Gården", "Caféen"]
        default: rooms = ["Store sal", "Lille sal", "Caféen"]
        }
        let eventGroups = groups(kind.groups)
        let needed = eventGroups.isEmpty || random.chance(0.4) ? 0 : random.int(1...3)
        let description: String
        switch kind.prefix {
        case "Forfatteraften": description = "\(subject) fortæller om sit forfatterskab og læser op fra den nyeste bog. Billetter på bibliotekets hjemmeside."
        case "Koncert": description = "\(subject) spiller i salen. Dørene åbner en halv time før."
        default: description = "\(subject). Fri entré, men tilmelding er nødvendig."
        }
        let event = Event(
            id: "", title: kind.prefix + ": " + subject, start: LocalDateTime(day: day, minutes: random.pick(kind.starts)),
            durationMinutes: random.pick(kind.minutes), location: place(&random, rooms: rooms), audience: kind.audience,
            initiative: initiatives.isEmpty || random.chance(0.4) ? nil : random.pick(initiatives).id,
            capacity: kind.capacity.isEmpty ? nil : random.pick(kind.capacity),
            groups: eventGroups, volunteersNeeded: needed, description: description)
        return (event, kind.roles)
    }

    // MARK: Shifts

    private struct Slot {
        let event: Int
        let day: Day
        let rank: Int
        let key: Double
    }

    /// Shifts on real occurrences (the index expands each series), by volunteers of
    /// the event's groups, never the same volunteer twice on one occurrence and, where
    /// the group allows, not on two events the same day. Later occurrences are less
    /// often fully staffed, as in a real roster.
    func makeShifts(_ library: Library, roles: [[String]]) -> [Shift] {
        var random = stream(7)
        let wanted = max(options.shifts, 0)
        guard wanted > 0 else { return [] }
        let index = LibraryIndex(library)
        var members: [String: [Int]] = [:]
        for (position, volunteer) in library.volunteers.enumerated() where volunteer.active {
            for group in volunteer.groups { members[group, default: []].append(position) }
        }
        var pools: [[Int]] = []
        var regular: [Slot] = []
        var extra: [Slot] = []
        let span = Double(max(plan.last.ordinal - plan.first.ordinal, 1))
        for (position, event) in library.events.enumerated() {
            var pool: [Int] = []
            for group in event.groups { pool += members[group] ?? [] }
            pool = Array(Set(pool)).sorted()
            pools.append(pool)
            guard event.volunteersNeeded > 0, !pool.isEmpty else { continue }
            for occurrence in index.occurrences(of: position, in: plan) {
                let lateness = Double(occurrence.day.ordinal - plan.first.ordinal) / span
                for rank in 0..<min(pool.count, event.volunteersNeeded + 2) {
                    if rank < event.volunteersNeeded {
                        regular.append(Slot(event: position, day: occurrence.day, rank: rank, key: random.unit() * (1 + 1.5 * lateness) + 0.15 * Double(rank)))
                    } else {
                        extra.append(Slot(event: position, day: occurrence.day, rank: rank, key: random.unit() + Double(rank)))
                    }
                }
            }
        }
        regular.sort { $0.key < $1.key }
        var chosen = Array(regular.prefix(wanted))
        if chosen.count < wanted {
            extra.sort { $0.key < $1.key }
            chosen += extra.prefix(wanted - chosen.count)
        }
        // Occurrence by occurrence, in date order: pick distinct volunteers.
        chosen.sort { ($0.day, $0.event, $0.rank) < ($1.day, $1.event, $1.rank) }
        var shifts: [Shift] = []
        shifts.reserveCapacity(chosen.count)
        var busyDay = Day(ordinal: Int.min / 2)
        var busy = Set<Int>()
        var start = 0
        while start < chosen.count {
            var end = start
            while end < chosen.count, chosen[end].event == chosen[start].event, chosen[end].day == chosen[start].day { end += 1 }
            let slot = chosen[start]
            if slot.day != busyDay { busyDay = slot.day; busy.removeAll(keepingCapacity: true) }
            let pool = pools[slot.event]
            let count = end - start
            let candidates = random.sample(pool, min(pool.count, count + 6))
            var picked = candidates.filter { !busy.contains($0) }.prefix(count).map { $0 }
            for candidate in candidates where picked.count < count && !picked.contains(candidate) { picked.append(candidate) }
            let eventRoles = roles[slot.event]
            for (offset, volunteer) in picked.enumerated() {
                busy.insert(volunteer)
                let rank = chosen[start + offset].rank
                shifts.append(Shift(id: "s\(shifts.count + 1)", event: library.events[slot.event].id, date: slot.day,
                                    volunteer: library.volunteers[volunteer].id,
                                    role: eventRoles.isEmpty ? "" : eventRoles[rank % eventRoles.count]))
            }
            start = end
        }
        return shifts
    }
}
