/// Schema 1, read: JSON bytes → `Library`, with every problem of shape collected.
/// Problems of meaning (references, cycles, rules) are `LibraryValidator`'s.
extension FieldDecoder {
    mutating func library() throws(JSONSyntaxError) -> Library? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<LibraryKey>()
        var library = Library(id: "", name: "")
        var schema: Int?, id: String?, name: String?
        while let key = try nextKey(&seen) {
            switch key {
            case .schema: schema = try integer(in: 0...Int(Int32.max))
            case .id: id = try string()
            case .name: name = try string()
            case .municipality: library.municipality = try string() ?? ""
            case .address: library.address = try string() ?? ""
            case .timeZone: library.timeZone = try string() ?? Library.defaultTimeZone
            case .openingHours: library.openingHours = try openingHours()
            case .closingDays: library.closingDays = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.closingDay() }
            case .vision: library.vision = try string() ?? ""
            case .plan: library.plan = try plan()
            case .rooms: library.rooms = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.room() }
            case .categories: library.categories = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.category() }
            case .goals: library.goals = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.goal() }
            case .initiatives: library.initiatives = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.initiative() }
            case .events: library.events = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.event() }
            case .volunteers: library.volunteers = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.volunteer() }
            case .shifts: library.shifts = try shifts()
            case .volunteerSignup: library.volunteerSignup = try bool()
            case .exampleContent: library.exampleContent = try string()
            case .sendmail: library.sendmail = try string()
            case .language: library.language = try choice(Language.self)
            }
        }
        if let schema { library.schema = schema } else { missing(.schema, seen: seen, objectAt: start) }
        if let id { library.id = id } else { missing(.id, seen: seen, objectAt: start) }
        if let name { library.name = name } else { missing(.name, seen: seen, objectAt: start) }
        return library
    }

    mutating func plan() throws(JSONSyntaxError) -> Plan? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<PlanKey>()
        var plan = Plan(title: "")
        var title: String?
        while let key = try nextKey(&seen) {
            switch key {
            case .title: title = try string()
            case .from: plan.from = try optionalDay() ?? nil
            case .to: plan.to = try optionalDay() ?? nil
            }
        }
        if let title { plan.title = title } else { missing(.title, seen: seen, objectAt: start) }
        return plan
    }

    mutating func goal() throws(JSONSyntaxError) -> Goal? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<GoalKey>()
        var goal = Goal(id: "", title: "")
        var id: String?, title: String?
        while let key = try nextKey(&seen) {
            switch key {
            case .id: id = try string()
            case .parent: goal.parent = try optionalString() ?? nil
            case .title: title = try string()
            case .description: goal.description = try string() ?? ""
            case .owner: goal.owner = try string() ?? ""
            case .status: goal.status = try choice(GoalStatus.self) ?? .notStarted
            case .progress: goal.progress = try integer(in: 0...100) ?? 0
            case .successCriteria: goal.successCriteria = try strings()
            case .due: goal.due = try optionalDay() ?? nil
            case .themes: goal.themes = try choices(Theme.self)
            case .measures: goal.measures = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.measure() }
            case .priority: goal.priority = try integer(in: 1...99)
            case .contributes: goal.contributes = try strings()
            }
        }
        return finish(goal, id: id, title: title, titleKey: .title, seen: seen, start: start) { $0.id = $1; $0.title = $2 }
    }

    mutating func initiative() throws(JSONSyntaxError) -> Initiative? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<InitiativeKey>()
        var initiative = Initiative(id: "", title: "")
        var id: String?, title: String?
        while let key = try nextKey(&seen) {
            switch key {
            case .id: id = try string()
            case .title: title = try string()
            case .goals: initiative.goals = try strings()
            case .owner: initiative.owner = try string() ?? ""
            case .partners: initiative.partners = try strings()
            case .status: initiative.status = try choice(InitiativeStatus.self) ?? .planned
            case .from: initiative.from = try optionalDay() ?? nil
            case .to: initiative.to = try optionalDay() ?? nil
            case .funding: initiative.funding = try string() ?? ""
            case .notes: initiative.notes = try string() ?? ""
            case .themes: initiative.themes = try choices(Theme.self)
            case .category: initiative.category = try optionalString() ?? nil
            case .contributes: initiative.contributes = try strings()
            }
        }
        return finish(initiative, id: id, title: title, titleKey: .title, seen: seen, start: start) { $0.id = $1; $0.title = $2 }
    }

    mutating func event() throws(JSONSyntaxError) -> Event? {
        let begin = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<EventKey>()
        var event = Event(id: "", title: "", start: LocalDateTime(day: Day(ordinal: 0), minutes: 0))
        var id: String?, title: String?, start: LocalDateTime?
        while let key = try nextKey(&seen) {
            switch key {
            case .id: id = try string()
            case .title: title = try string()
            case .start: start = try dateTime()
            case .durationMinutes: event.durationMinutes = try integer(in: OccurrenceOverride.durations) ?? 60
            case .rrule: event.rrule = try optionalString() ?? nil
            case .exdates: event.exdates = try days()
            case .onClosingDay: event.onClosingDay = try choice(ClosingDayRule.self) ?? .flag
            case .location: event.location = try string() ?? ""
            case .audience: event.audience = try choice(Audience.self) ?? .all
            case .initiative: event.initiative = try optionalString() ?? nil
            case .capacity: event.capacity = try integer(in: 0...1_000_000)
            case .groups: event.groups = try strings()
            case .volunteersNeeded: event.volunteersNeeded = try integer(in: 0...1000) ?? 0
            case .description: event.description = try string() ?? ""
            case .status: event.status = try choice(EventStatus.self) ?? .planned
            case .room: event.room = try optionalString() ?? nil
            case .category: event.category = try optionalString() ?? nil
            case .cancellations: event.cancellations = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.cancellation() }
            case .registrations: event.registrations = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.registration() }
            case .overrides: event.overrides = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.occurrenceOverride() }
            }
        }
        if let start { event.start = start } else { missing(.start, seen: seen, objectAt: begin) }
        return finish(event, id: id, title: title, titleKey: .title, seen: seen, start: begin) { $0.id = $1; $0.title = $2 }
    }

    mutating func volunteer() throws(JSONSyntaxError) -> Volunteer? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<VolunteerKey>()
        var volunteer = Volunteer(id: "", name: "")
        var id: String?, name: String?
        while let key = try nextKey(&seen) {
            switch key {
            case .id: id = try string()
            case .name: name = try string()
            case .groups: volunteer.groups = try strings()
            case .phone: volunteer.phone = try string() ?? ""
            case .email: volunteer.email = try string() ?? ""
            case .active: volunteer.active = try bool() ?? true
            case .notes: volunteer.notes = try string() ?? ""
            }
        }
        return finish(volunteer, id: id, title: name, titleKey: .name, seen: seen, start: start) { $0.id = $1; $0.name = $2 }
    }

    /// The shifts array. Where another thread has read its second half ahead (see
    /// `ShiftsAhead`), that part is taken over when this reading arrives where it began.
    mutating func shifts() throws(JSONSyntaxError) -> [Shift] {
        guard try beginArray() else { return [] }
        var items: [Shift] = []
        var index = 0
        while try reader.nextElement() {
            if reader.offset == ahead?.start, let rest = ahead?.finished() {
                items += rest.shifts
                reader = rest.reader
                break
            }
            push(index: index)
            if let item = try shift() { items.append(item) }
            pop()
            index += 1
        }
        return items
    }

    mutating func shift() throws(JSONSyntaxError) -> Shift? {
        if let shift = plainShift() { return shift }
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<ShiftKey>()
        var id: String?, event: String?, date: Day?, volunteer: String?, role = "", offered = false
        while let key = try nextKey(&seen) {
            switch key {
            case .id: id = try string()
            case .event: event = try string()
            case .date: date = try day()
            case .volunteer: volunteer = try string()
            case .role: role = try string() ?? ""
            case .offered: offered = try bool() ?? false
            }
        }
        if event == nil { missing(.event, seen: seen, objectAt: start) }
        if date == nil { missing(.date, seen: seen, objectAt: start) }
        if volunteer == nil { missing(.volunteer, seen: seen, objectAt: start) }
        if id == nil { missing(.id, seen: seen, objectAt: start) }
        return Shift(id: id ?? "", event: event ?? "", date: date ?? Day(ordinal: 0), volunteer: volunteer ?? "", role: role, offered: offered)
    }

    /// A shift in the shape bibplan writes it (these keys in this order, strings without
    /// escapes, a real date), read without the general steps, which would find
    /// nothing to report in it. Nil, with the reader unmoved, for any other shape.
    /// Most of a large library is shifts, so this is most of the time of a load.
    private mutating func plainShift() -> Shift? {
        var probe = reader
        guard probe.take(UInt8(ascii: "{")),
              probe.takeKey("id"), let id = probe.takePlainString(), probe.take(UInt8(ascii: ",")),
              probe.takeKey("event"), let event = probe.takePlainString(), probe.take(UInt8(ascii: ",")),
              probe.takeKey("date"), let date = probe.takePlainString(), let day = Day(isoBytes: probe.rawBytes(of: date)),
              probe.take(UInt8(ascii: ",")),
              probe.takeKey("volunteer"), let volunteer = probe.takePlainString() else { return nil }
        var role: JSONStringSpan?
        if probe.take(UInt8(ascii: ",")) {
            guard probe.takeKey("role"), let text = probe.takePlainString() else { return nil }
            role = text
        }
        guard probe.take(UInt8(ascii: "}")) else { return nil }
        reader = probe
        return Shift(id: probe.plainText(of: id), event: repeated.text(of: event, in: probe), date: day,
                     volunteer: repeated.text(of: volunteer, in: probe), role: role.map { repeated.text(of: $0, in: probe) } ?? "")
    }

    /// Reports a missing id or title and fills them in; the item is kept so later
    /// checks (references) still see it.
    private mutating func finish<T, Key: ObjectKeys>(_ item: T, id: String?, title: String?, titleKey: Key?, seen: KeysSeen<Key>, start: Int,
                                                      assign: (inout T, String, String) -> Void) -> T {
        var item = item
        if id == nil, let idKey = Key(rawValue: "id") { missing(idKey, seen: seen, objectAt: start) }
        if title == nil, let titleKey { missing(titleKey, seen: seen, objectAt: start) }
        assign(&item, id ?? "", title ?? "")
        return item
    }
}
