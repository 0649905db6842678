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
        var builder = LibraryBuilder(options)
        return builder.build()
    }
}

/// One generation. Each part draws from its own stream, so that changing one
/// count (say, shifts) leaves the other parts as they were.
struct LibraryBuilder {
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
}
