/// An iCalendar file read for one library. Lenient by default: a VEVENT that
/// cannot be read is skipped with its reasons and the rest are imported; damage that
/// can be repaired is a warning. `strict` takes all or nothing: any warning or
/// skipped event keeps the whole file out.
public struct ICSImport: Sendable {
    public var events: [ImportedEvent]
    /// Said, never refused: a to-do, a cancelled event, a repeated UID, a property
    /// bibplan does not use, a series converted or split.
    public var notices: [ICSProblem]
    /// Repaired on the way (a line that is not a content line, an END that names the
    /// wrong component, a missing SUMMARY): refused when strict.
    public var warnings: [ICSProblem] = []
    /// The reasons of the VEVENTs left out, in line order; refused when strict.
    public var skipped: [ICSProblem] = []
    /// How many VEVENTs were left out.
    public var skippedEvents = 0

    /// Reads the file for `library`, converting every time to the library's zone.
    /// `untitled` is the title of an event without SUMMARY.
    public static func read(_ bytes: [UInt8], file: String, library: Library, strict: Bool = false,
                            untitled: String = "(uden titel)") throws(ICSProblems) -> ICSImport {
        guard let zone = ICSTimeZone(identifier: library.timeZone) else {
            throw ICSProblems([ICSProblem(file: file, line: 0, message: "the library's time zone \(library.timeZone) is unknown to this system")])
        }
        let parsed: ICSParsed
        do throws(ICSProblem) { parsed = try ICSParser.parse(bytes, file: file) } catch { throw ICSProblems([error]) }
        var warnings = parsed.warnings
        let zones = ICSZoneTable(calendars: parsed.calendars, file: file, warnings: &warnings)
        var reader = ICSEventReader(file: file, library: zone, libraryID: library.id, zones: zones, untitled: untitled)
        var result = ICSImport(events: [], notices: [])
        let components = parsed.calendars.flatMap(\.components)
        let overrides = Dictionary(grouping: components.filter { $0.name == "VEVENT" && $0.property("RECURRENCE-ID") != nil }) {
            $0.property("UID")?.value ?? ""
        }
        let masters = Set(components.compactMap { $0.name == "VEVENT" && $0.property("RECURRENCE-ID") == nil ? $0.property("UID")?.value : nil })
        let period = importPeriod(library)
        var positions: [String: Int] = [:]
        result.notices = ICSUnusedProperties.notices(components.filter { $0.name == "VEVENT" }, file: file)
        for component in components {
            switch component.name {
            case "VEVENT":
                let uid = component.property("UID")?.value ?? ""
                if component.property("RECURRENCE-ID") != nil, masters.contains(uid) { continue }
                if let status = component.property("STATUS"), status.value.uppercased() == "CANCELLED" {
                    result.notices.append(ICSProblem(file: file, line: component.line, property: "STATUS", message: "a cancelled event; left out"))
                    continue
                }
                let changed = component.property("RECURRENCE-ID") == nil ? overrides[uid] ?? [] : []
                for event in reader.events(component, overrides: changed, plan: period) {
                    result.add(event, positions: &positions, file: file)
                }
            case "VTIMEZONE":
                continue
            default:
                result.notices.append(ICSProblem(file: file, line: component.line, property: "BEGIN",
                                                 message: "\(component.name) left out: only events (VEVENT) are imported"))
            }
        }
        result.warnings = (warnings + reader.warnings).sorted { $0.line < $1.line }
        result.notices = (result.notices + reader.notices).sorted { $0.line < $1.line }
        result.skipped = reader.skipped.flatMap(\.problems).sorted { $0.line < $1.line }
        result.skippedEvents = reader.skipped.count
        if strict, !(result.warnings + result.skipped).isEmpty {
            throw ICSProblems((result.warnings + result.skipped).sorted { $0.line < $1.line })
        }
        return result
    }

    /// Where a series that cannot stay a series is laid out as single times: the
    /// library's plan period (nil without one: two years from the series' start).
    static func importPeriod(_ library: Library) -> DayRange? {
        guard let plan = library.plan, let first = plan.from ?? plan.to.map({ $0.adding(months: -24) }) else { return nil }
        let last = plan.to ?? first.adding(months: 24)
        return DayRange(first, max(first, last))
    }

    /// A UID seen before in the same file: the later event replaces the earlier.
    private mutating func add(_ event: ImportedEvent, positions: inout [String: Int], file: String) {
        guard let earlier = positions[event.id] else {
            positions[event.id] = events.count
            events.append(event)
            return
        }
        notices.append(ICSProblem(file: file, line: event.line, property: "UID",
                                  message: "\(event.uid) is also at line \(events[earlier].line); the later one is used"))
        events[earlier] = event
    }

    /// The event id a UID becomes. bibplan's own UID for this library
    /// (`e12@glostrup.bibplan`) gives the event's id back (`e12`); any other UID a
    /// stable id made from it (`ics-` and 16 hex digits), so that importing the same
    /// file again updates the events rather than adding them twice.
    public static func eventID(forUID uid: String, library: String) -> String {
        let suffix = "@" + library + ICSWriter.uidDomainSuffix
        if uid.hasSuffix(suffix), uid.count > suffix.count { return String(uid.dropLast(suffix.count)) }
        return "ics-" + hash(uid)
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and machines.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// What an import does to one event.
public struct ICSImportChange: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case added, updated, unchanged
    }

    public var kind: Kind
    public var event: Event
    public var uid: String
    /// For an update: the names of the fields that change (`start`, `rrule`, …).
    public var fields: [String]
}

extension ICSImport {
    /// The library with the events added or updated, what happened to each, and what
    /// was left out (an X-BIBPLAN-INITIATIVE the library does not have).
    public func apply(to library: Library) -> (library: Library, changes: [ICSImportChange], notices: [ICSProblem]) {
        var result = library
        var changes: [ICSImportChange] = []
        var notices: [ICSProblem] = []
        let initiatives = Set(library.initiatives.map(\.id))
        var positions = Dictionary(library.events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for var imported in events {
            if let initiative = imported.initiative, !initiatives.contains(initiative) {
                notices.append(ICSProblem(file: "", line: imported.line, property: "X-BIBPLAN-INITIATIVE",
                                          message: "\(library.id) has no initiative \"\(initiative)\"; the event is not linked"))
                imported.initiative = nil
            }
            if let position = positions[imported.id] {
                let old = result.events[position]
                var new = imported.event(over: old)
                // The same rule or exdates in other words stay as the library wrote them.
                if Self.sameRule(old.rrule, new.rrule) { new.rrule = old.rrule }
                if Set(old.exdates) == Set(new.exdates) { new.exdates = old.exdates }
                let fields = Self.changedFields(old, new)
                result.events[position] = new
                changes.append(ICSImportChange(kind: fields.isEmpty ? .unchanged : .updated, event: new, uid: imported.uid, fields: fields))
            } else {
                let new = imported.event(over: nil)
                positions[new.id] = result.events.count
                result.events.append(new)
                changes.append(ICSImportChange(kind: .added, event: new, uid: imported.uid, fields: []))
            }
        }
        return (result, changes, notices)
    }

    static func changedFields(_ old: Event, _ new: Event) -> [String] {
        let checks: [(String, (Event, Event) -> Bool)] = [
            ("title", { $0.title == $1.title }), ("start", { $0.start == $1.start }),
            ("durationMinutes", { $0.durationMinutes == $1.durationMinutes }),
            ("rrule", { Self.sameRule($0.rrule, $1.rrule) }), ("exdates", { Set($0.exdates) == Set($1.exdates) }),
            ("overrides", { $0.overrides == $1.overrides }),
            ("location", { $0.location == $1.location }), ("description", { $0.description == $1.description }),
            ("audience", { $0.audience == $1.audience }), ("initiative", { $0.initiative == $1.initiative }),
            ("capacity", { $0.capacity == $1.capacity }), ("groups", { $0.groups == $1.groups }),
            ("volunteersNeeded", { $0.volunteersNeeded == $1.volunteersNeeded }),
        ]
        return checks.filter { !$0.1(old, new) }.map(\.0)
    }

    /// Rules that read the same (`UNTIL=20260806T235959` and `UNTIL=20260806` do).
    private static func sameRule(_ left: String?, _ right: String?) -> Bool {
        guard let left, let right else { return left == right }
        return (try? RecurrenceRule(parsing: left)) == (try? RecurrenceRule(parsing: right))
    }
}
