/// Schema 1, written: `Library` → pretty JSON bytes, keys in the order of the
/// design. Empty optional text and absent optional values are left out; a shift
/// takes one line, so a file of many shifts stays readable and diffs well.
public enum LibraryEncoding {
    public static func encode(_ library: Library) -> [UInt8] {
        var writer = JSONWriter(capacity: 256 + library.shifts.count * 96 + library.events.count * 400)
        writer.beginObject()
        writer.field("schema", library.schema)
        writer.field("id", library.id)
        writer.field("name", library.name)
        optional(&writer, "municipality", library.municipality)
        optional(&writer, "address", library.address)
        writer.field("timeZone", library.timeZone)
        HoursEncoding.write(&writer, library.openingHours, library.closingDays)
        optional(&writer, "vision", library.vision)
        if let plan = library.plan {
            writer.key("plan")
            writer.beginObject(inline: true)
            writer.field("title", plan.title)
            if let from = plan.from { writer.field("from", from) }
            if let to = plan.to { writer.field("to", to) }
            writer.endObject()
        }
        optional(&writer, "exampleContent", library.exampleContent ?? "")
        if !library.rooms.isEmpty { list(&writer, "rooms", library.rooms, inline: true, write: write) }
        if !library.categories.isEmpty { list(&writer, "categories", library.categories, inline: true, write: write) }
        list(&writer, "goals", library.goals, inline: false, write: write)
        list(&writer, "initiatives", library.initiatives, inline: false, write: write)
        list(&writer, "events", library.events, inline: false, write: write)
        list(&writer, "volunteers", library.volunteers, inline: false, write: write)
        list(&writer, "shifts", library.shifts, inline: true, write: write)
        if let signup = library.volunteerSignup { writer.field("volunteerSignup", signup) }
        if let sendmail = library.sendmail { writer.field("sendmail", sendmail) }
        if let language = library.language { writer.field("language", language.rawValue) }
        writer.endObject()
        var bytes = writer.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    private static func list<T>(_ writer: inout JSONWriter, _ key: String, _ items: [T], inline: Bool,
                                write: (inout JSONWriter, T) -> Void) {
        writer.key(key)
        writer.beginArray()
        for item in items {
            writer.beginObject(inline: inline)
            write(&writer, item)
            writer.endObject()
        }
        writer.endArray()
    }

    private static func optional(_ writer: inout JSONWriter, _ key: String, _ value: String) {
        if !value.isEmpty { writer.field(key, value) }
    }

    private static func write(_ writer: inout JSONWriter, _ goal: Goal) {
        writer.field("id", goal.id)
        writer.key("parent")
        if let parent = goal.parent { writer.string(parent) } else { writer.null() }
        writer.field("title", goal.title)
        optional(&writer, "description", goal.description)
        optional(&writer, "owner", goal.owner)
        writer.field("status", goal.status.rawValue)
        writer.field("progress", goal.progress)
        if !goal.successCriteria.isEmpty { writer.field("successCriteria", goal.successCriteria) }
        if let due = goal.due { writer.field("due", due) }
        if !goal.themes.isEmpty { writer.field("themes", goal.themes.map(\.rawValue)) }
        if !goal.measures.isEmpty { list(&writer, "measures", goal.measures, inline: true, write: write) }
        if let priority = goal.priority { writer.field("priority", priority) }
        if !goal.contributes.isEmpty { writer.field("contributes", goal.contributes) }
    }

    private static func write(_ writer: inout JSONWriter, _ measure: Measure) {
        writer.field("label", measure.label)
        optional(&writer, "unit", measure.unit)
        writer.field("current", measure.current)
        if let target = measure.target { writer.field("target", target) }
        if let baseline = measure.baseline { writer.field("baseline", baseline) }
    }

    private static func write(_ writer: inout JSONWriter, _ initiative: Initiative) {
        writer.field("id", initiative.id)
        writer.field("title", initiative.title)
        writer.field("goals", initiative.goals)
        optional(&writer, "owner", initiative.owner)
        if !initiative.partners.isEmpty { writer.field("partners", initiative.partners) }
        writer.field("status", initiative.status.rawValue)
        if let from = initiative.from { writer.field("from", from) }
        if let to = initiative.to { writer.field("to", to) }
        optional(&writer, "funding", initiative.funding)
        optional(&writer, "notes", initiative.notes)
        if !initiative.themes.isEmpty { writer.field("themes", initiative.themes.map(\.rawValue)) }
        if let category = initiative.category { writer.field("category", category) }
        if !initiative.contributes.isEmpty { writer.field("contributes", initiative.contributes) }
    }

    private static func write(_ writer: inout JSONWriter, _ event: Event) {
        writer.field("id", event.id)
        writer.field("title", event.title)
        writer.field("start", event.start.iso)
        writer.field("durationMinutes", event.durationMinutes)
        if let rrule = event.rrule { writer.field("rrule", rrule) }
        if !event.exdates.isEmpty {
            writer.key("exdates")
            writer.beginArray(inline: true)
            for day in event.exdates { writer.day(day) }
            writer.endArray()
        }
        if event.onClosingDay != .flag { writer.field("onClosingDay", event.onClosingDay.rawValue) }
        optional(&writer, "location", event.location)
        writer.field("audience", event.audience.rawValue)
        if let initiative = event.initiative { writer.field("initiative", initiative) }
        if let capacity = event.capacity { writer.field("capacity", capacity) }
        if !event.groups.isEmpty { writer.field("groups", event.groups) }
        if event.volunteersNeeded > 0 { writer.field("volunteersNeeded", event.volunteersNeeded) }
        optional(&writer, "description", event.description)
        if event.status != .planned { writer.field("status", event.status.rawValue) }
        if let room = event.room { writer.field("room", room) }
        if let category = event.category { writer.field("category", category) }
        if !event.cancellations.isEmpty { list(&writer, "cancellations", event.cancellations, inline: true, write: write) }
        if !event.registrations.isEmpty { list(&writer, "registrations", event.registrations, inline: true, write: write) }
        if !event.overrides.isEmpty { list(&writer, "overrides", event.overrides, inline: true, write: write) }
    }

    private static func write(_ writer: inout JSONWriter, _ room: Room) {
        writer.field("name", room.name)
        if let capacity = room.capacity { writer.field("capacity", capacity) }
    }

    private static func write(_ writer: inout JSONWriter, _ category: Category) {
        writer.field("id", category.id)
        writer.field("name", category.name)
        writer.field("colour", category.colour.rawValue)
    }

    private static func write(_ writer: inout JSONWriter, _ cancellation: Cancellation) {
        writer.field("date", cancellation.date.iso)
        writer.field("reason", cancellation.reason)
    }

    private static func write(_ writer: inout JSONWriter, _ registration: Registration) {
        writer.field("date", registration.date.iso)
        writer.field("count", registration.count)
    }

    private static func write(_ writer: inout JSONWriter, _ change: OccurrenceOverride) {
        writer.field("date", change.date.iso)
        if let start = change.start { writer.field("start", start.iso) }
        if let minutes = change.durationMinutes { writer.field("durationMinutes", minutes) }
        if let title = change.title { writer.field("title", title) }
        if let room = change.room { writer.field("room", room) }
        if let location = change.location { writer.field("location", location) }
        if let description = change.description { writer.field("description", description) }
    }

    private static func write(_ writer: inout JSONWriter, _ volunteer: Volunteer) {
        writer.field("id", volunteer.id)
        writer.field("name", volunteer.name)
        writer.field("groups", volunteer.groups)
        optional(&writer, "phone", volunteer.phone)
        optional(&writer, "email", volunteer.email)
        writer.field("active", volunteer.active)
        optional(&writer, "notes", volunteer.notes)
    }

    private static func write(_ writer: inout JSONWriter, _ shift: Shift) {
        writer.field("id", shift.id)
        writer.field("event", shift.event)
        writer.field("date", shift.date)
        writer.field("volunteer", shift.volunteer)
        optional(&writer, "role", shift.role)
        if shift.offered { writer.field("offered", true) }
    }
}
