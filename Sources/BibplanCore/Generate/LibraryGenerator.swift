/// Makes a large, valid, realistic library for demos and benchmarks: a busy
/// municipal library service over several years, with recurring series and
/// one-off events, volunteers in groups, shifts on real occurrences, and a
/// strategy tree with initiatives. The same options (seed included) give the
/// same library, byte for byte, on every machine.
public enum LibraryGenerator {
    public struct Options: Equatable, Sendable {
        public var seed: UInt64
        /// The library id (and so the file name).
        public var id: String
        /// The plan runs from 1 January of this year …
        public var startYear: Int
        /// … for this many whole years.
        public var years: Int
        /// Recurring series: weekly, fortnightly, monthly by ordinal weekday (`2SA`, `-1FR`) and by day of month.
        public var series: Int
        /// One-off events.
        public var events: Int
        public var volunteers: Int
        /// Volunteer groups.
        public var groups: Int
        /// Shifts, each on a real occurrence, by a volunteer of the event's groups. Fewer when the
        /// events cannot take that many (every volunteer of their groups already on each occurrence).
        public var shifts: Int
        /// Goals, in a tree of two and three levels.
        public var goals: Int
        public var initiatives: Int

        public init(seed: UInt64 = 1, id: String = "stor", startYear: Int = 2026, years: Int = 5, series: Int = 300,
                    events: Int = 2000, volunteers: Int = 1000, groups: Int = 15, shifts: Int = 60000, goals: Int = 200,
                    initiatives: Int = 400) {
            self.seed = seed
            self.id = id
            self.startYear = startYear
            self.years = years
            self.series = series
            self.events = events
            self.volunteers = volunteers
            self.groups = groups
            self.shifts = shifts
            self.goals = goals
            self.initiatives = initiatives
        }
    }

    /// The period the generated plan covers: whole years from `startYear`.
    public static func planRange(_ options: Options) -> DayRange {
        let first = Day(year: clampedYear(options.startYear), month: 1, day: 1) ?? Day(ordinal: 0)
        let lastYear = min(clampedYear(options.startYear) + max(options.years, 1) - 1, 9999)
        return DayRange(first, Day(year: lastYear, month: 12, day: 31) ?? first)
    }

    private static func clampedYear(_ year: Int) -> Int { min(max(year, 1900), 9000) }

    public static func generate(_ options: Options = Options()) -> Library {
        var builder = Builder(options)
        return builder.build()
    }
}

/// One generation. Each part draws from its own stream, so that changing one
/// count (say, shifts) leaves the other parts as they were.
private struct Builder {
    let options: Options
    let plan: DayRange
    let groupNames: [String]
    var staff: [String] = []

    typealias Options = LibraryGenerator.Options
    typealias Words = GeneratorWords

    init(_ options: Options) {
        self.options = options
        plan = LibraryGenerator.planRange(options)
        groupNames = (0..<max(options.groups, 0)).map { index in
            let base = Words.groups[index % Words.groups.count]
            return index < Words.groups.count ? base : "\(base) \(index / Words.groups.count + 1)"
        }
    }

    func stream(_ part: UInt64) -> GeneratorRandom {
        var mixer = GeneratorRandom(seed: options.seed ^ (part &* 0xD6E8_FEB8_6659_FD93))
        return GeneratorRandom(seed: mixer.next())
    }

    mutating func build() -> Library {
        var random = stream(1)
        staff = (0..<40).map { _ in Self.personName(&random) + ", " + random.pick(Words.staffRoles) }
        let goals = makeGoals()
        let initiatives = makeInitiatives(goals)
        let (events, roles) = makeEvents(initiatives)
        let volunteers = makeVolunteers()
        let lastYear = plan.last.year
        var library = Library(
            id: options.id, name: Words.libraryName, municipality: Words.municipality, address: Words.address,
            vision: Words.vision,
            plan: Plan(title: "Biblioteksplan \(plan.first.year)" + (lastYear > plan.first.year ? "–\(lastYear)" : ""), from: plan.first, to: plan.last),
            goals: goals, initiatives: initiatives, events: events, volunteers: volunteers)
        library.shifts = makeShifts(library, roles: roles)
        return library
    }

    // MARK: People

    static func personName(_ random: inout GeneratorRandom) -> String {
        let first = random.pick(Words.firstNames)
        let last = random.pick(Words.lastNames)
        if random.chance(0.12) {
            var middle = random.pick(Words.lastNames)
            if middle == last { middle = random.pick(Words.lastNames) }
            if middle != last { return "\(first) \(middle) \(last)" }
        }
        return "\(first) \(last)"
    }

    func makeVolunteers() -> [Volunteer] {
        var random = stream(5)
        let weights = [12, 14, 10, 6, 6, 9, 8, 5, 8, 5, 4, 4, 4, 7, 4]
        let weightedGroups = groupNames.indices.map { ($0, weights[$0 % weights.count]) }
        var emailsUsed: [String: Int] = [:]
        var volunteers: [Volunteer] = []
        volunteers.reserveCapacity(max(options.volunteers, 0))
        for number in 0..<max(options.volunteers, 0) {
            let name = Self.personName(&random)
            var groups: [String] = []
            if !weightedGroups.isEmpty {
                let first = random.weighted(weightedGroups)
                groups.append(groupNames[first])
                if random.chance(0.3) {
                    let second = random.weighted(weightedGroups)
                    if second != first { groups.append(groupNames[second]) }
                }
            }
            let phone = "+45 " + [random.int(20...99), random.int(10...99), random.int(10...99), random.int(10...99)]
                .map { String($0) }.joined(separator: " ")
            var email = ""
            if random.chance(0.9) {
                let local = name.emailLocalPart
                let seen = emailsUsed[local, default: 0]
                emailsUsed[local] = seen + 1
                email = local + (seen == 0 ? "" : String(seen + 1)) + "@" + random.pick(Words.emailDomains)
            }
            volunteers.append(Volunteer(id: "v\(number + 1)", name: name, groups: groups, phone: phone, email: email,
                                        active: !random.chance(0.05), notes: random.pick(Words.volunteerNotes)))
        }
        return volunteers
    }

    // MARK: Strategy

    func makeGoals() -> [Goal] {
        var random = stream(2)
        let total = max(options.goals, 0)
        guard total > 0 else { return [] }
        let top = max(1, min(total, (total + 14) / 15))
        let rest = total - top
        let second = rest == 0 ? 0 : max(min(rest, top), rest * 45 / 100)
        let third = rest - second
        var goals: [Goal] = []
        var childCount: [String: Int] = [:]
        func child(of parent: String) -> String {
            let number = childCount[parent, default: 0] + 1
            childCount[parent] = number
            return parent + ".\(number)"
        }
        let years = plan.first.year...plan.last.year
        func due() -> Day? { random.chance(0.85) ? Day(year: random.int(years), month: 12, day: 31) : nil }

        for number in 0..<top {
            let theme = Words.themes[number % Words.themes.count] + (number < Words.themes.count ? "" : " \(number / Words.themes.count + 1)")
            let (status, progress) = Self.goalStatus(&random)
            goals.append(Goal(
                id: "g\(number + 1)", parent: nil, title: theme,
                description: "\(theme) er en af bibliotekernes målsætninger i planperioden. Vi arbejder med den i alle filialer, "
                    + "sammen med partnere som \(random.pick(Words.partners)) og de frivillige, og følger op hvert halve år.",
                owner: random.pick(staff), status: status, progress: progress,
                successCriteria: (0..<random.int(2...3)).map { _ in Self.criterion(&random, years: years) }, due: due()))
        }
        var middle: [String] = []
        for number in 0..<second {
            let parent = goals[number % top].id
            let id = child(of: parent)
            middle.append(id)
            let (status, progress) = Self.goalStatus(&random)
            let object = random.pick(Words.objects)
            goals.append(Goal(
                id: id, parent: parent, title: random.pick(Words.verbs) + " " + object,
                description: "Indsatsen skal løfte \(object) i samarbejde med \(random.pick(Words.partners)).",
                owner: random.pick(staff), status: status, progress: progress,
                successCriteria: (0..<random.int(1...2)).map { _ in Self.criterion(&random, years: years) }, due: due()))
        }
        for _ in 0..<third {
            let parent = middle.isEmpty ? goals[random.below(top)].id : random.pick(middle)
            let (status, progress) = Self.goalStatus(&random)
            goals.append(Goal(
                id: child(of: parent), parent: parent, title: Self.criterion(&random, years: years),
                owner: random.pick(staff), status: status, progress: progress, due: due()))
        }
        return goals
    }

    static func goalStatus(_ random: inout GeneratorRandom) -> (GoalStatus, Int) {
        let status = random.weighted([(GoalStatus.onTrack, 40), (.atRisk, 15), (.offTrack, 5), (.notStarted, 20), (.done, 20)])
        switch status {
        case .notStarted: return (status, 0)
        case .done: return (status, 100)
        default: return (status, random.int(1...19) * 5)
        }
    }

    static func criterion(_ random: inout GeneratorRandom, years: ClosedRange<Int>) -> String {
        let thing = random.pick(Words.measurables)
        let year = random.int(years)
        switch random.below(5) {
        case 0: return "\(random.int(2...30) * 10) flere deltagere i \(thing) i \(year)"
        case 1: return "\(random.int(4...19) * 5) % af skolerne bruger \(thing) inden udgangen af \(year)"
        case 2: return "Mindst \(random.int(4...40)) arrangementer om året med \(thing)"
        case 3: return "\(thing.prefix(1).uppercased() + thing.dropFirst()) i alle filialer inden \(year)"
        default: return "Tilfredshed på mindst \(random.int(7...9) * 10) % blandt deltagerne i \(thing)"
        }
    }

    func makeInitiatives(_ goals: [Goal]) -> [Initiative] {
        var random = stream(3)
        let total = max(options.initiatives, 0)
        let subGoals = goals.filter { $0.parent != nil }.map(\.id)
        let pool = subGoals.isEmpty ? goals.map(\.id) : subGoals
        var combinations: [(Int, Int)] = []
        for activity in Words.initiativeActivities.indices {
            for place in Words.initiativePlaces.indices { combinations.append((activity, place)) }
        }
        random.shuffle(&combinations)
        var initiatives: [Initiative] = []
        for number in 0..<total {
            let (activity, place) = combinations[number % combinations.count]
            let round = number / combinations.count
            let title = Words.initiativeActivities[activity] + " " + Words.initiativePlaces[place] + (round == 0 ? "" : " (\(round + 1). runde)")
            let linked = pool.isEmpty ? [] : random.sample(pool, random.weighted([(1, 55), (2, 35), (3, 10)]))
            let status = random.weighted([(InitiativeStatus.active, 35), (.planned, 25), (.idea, 10), (.done, 15), (.paused, 8), (.cancelled, 7)])
            let from = plan.first.adding(months: random.below(max(1, (plan.last.year - plan.first.year + 1) * 12 - 6)))
            let to = min(from.adding(months: random.int(6...36)).adding(days: -1), plan.last)
            initiatives.append(Initiative(
                id: "i\(number + 1)", title: title, goals: linked, owner: random.pick(staff),
                partners: random.sample(Words.partners, random.int(0...3)), status: status,
                from: from, to: to, funding: random.pick(Words.funding), notes: random.pick(Words.initiativeNotes)))
        }
        return initiatives
    }

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
