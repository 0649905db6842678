/// The checks of meaning for rooms, categories, cancellations and registrations:
/// names and ids that resolve, dates that are days of the event.
extension LibraryValidator {
    mutating func checkVenues(_ library: Library, rules: [RecurrenceRule?]) {
        let rooms = unique(library.rooms.map(\.name), path: "rooms", key: "name", what: "room name")
        let categories = unique(library.categories.map(\.id), path: "categories", key: "id", what: "id")
        for (position, room) in library.rooms.enumerated() where room.name.isEmpty { report("rooms[\(position)].name", "is empty") }
        for (position, category) in library.categories.enumerated() where !LibraryID.isValid(category.id) {
            report("categories[\(position)].id", "\"\(category.id)\" is not an id (lowercase letters, digits and '-')")
        }
        for (position, initiative) in library.initiatives.enumerated() {
            if let category = initiative.category, !categories.contains(category) {
                report("initiatives[\(position)].category", "no category \"\(category)\"")
            }
        }
        let open = OpenDays(library)
        for (position, event) in library.events.enumerated() {
            let path = "events[\(position)]"
            if let room = event.room, !rooms.contains(room) { report(path + ".room", "no room \"\(room)\" in rooms") }
            if let category = event.category, !categories.contains(category) { report(path + ".category", "no category \"\(category)\"") }
            let rule = rules.indices.contains(position) ? rules[position] : nil
            checkDates(event, rule: rule, open: open, path: path)
        }
    }

    /// The names, each reported where it repeats an earlier one (a room or category
    /// named twice would make every reference to it ambiguous).
    private mutating func unique(_ names: [String], path: String, key: String, what: String) -> Set<String> {
        var first: [String: Int] = [:]
        for (position, name) in names.enumerated() where !name.isEmpty {
            if let earlier = first[name] {
                report("\(path)[\(position)].\(key)", "duplicate \(what) \"\(name)\" (also \(path)[\(earlier)])")
            } else {
                first[name] = position
            }
        }
        return Set(first.keys)
    }

    /// A cancelled day is a day of the rule (exdates aside); a registration is on a day the event happens.
    private mutating func checkDates(_ event: Event, rule: RecurrenceRule?, open: OpenDays, path: String) {
        var uncancelled = event
        uncancelled.exdates = []
        for (slot, cancellation) in event.cancellations.enumerated() where !Occurrences.occurs(uncancelled, rule: rule, on: cancellation.date, open: open) {
            report(path + ".cancellations[\(slot)].date", "\(cancellation.date) is not a day of this event")
        }
        for (slot, registration) in event.registrations.enumerated()
            where !Occurrences.takesPlace(event, rule: rule, on: registration.date, open: open) {
            report(path + ".registrations[\(slot)].date", "\(registration.date) is not a day of this event")
        }
    }
}
