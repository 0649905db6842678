/// An iCalendar file read for one library: its events, or every problem that
/// keeps it out. Nothing is half-imported: one problem and no event is taken.
public struct ICSImport: Sendable {
    public var events: [ImportedEvent]
    /// What was left out without being an error (a to-do, a cancelled event, a repeated UID).
    public var notices: [ICSProblem]

    /// Reads the file for `library`: its time zone is the only one accepted.
    public static func read(_ bytes: [UInt8], file: String, library: Library) throws(ICSProblems) -> ICSImport {
        guard let zone = ICSTimeZone(identifier: library.timeZone) else {
            throw ICSProblems([ICSProblem(file: file, line: 0, message: "the library's time zone \(library.timeZone) is unknown to this system")])
        }
        let calendars: [ICSComponent]
        do throws(ICSProblem) {
            calendars = try ICSParser.parse(bytes, file: file)
        } catch {
            throw ICSProblems([error])
        }
        var reader = ICSEventReader(file: file, zone: zone, libraryID: library.id)
        var result = ICSImport(events: [], notices: [])
        var problems: [ICSProblem] = []
        var positions: [String: Int] = [:]
        for component in calendars.flatMap(\.components) {
            switch component.name {
            case "VEVENT":
                if let status = component.property("STATUS"), status.value.uppercased() == "CANCELLED" {
                    result.notices.append(ICSProblem(file: file, line: component.line, property: "STATUS", message: "a cancelled event; left out"))
                } else if let event = reader.read(component) {
                    result.add(event, positions: &positions, file: file)
                }
            case "VTIMEZONE":
                let tzid = component.property("TZID")
                if tzid?.value != zone.identifier {
                    problems.append(ICSProblem(file: file, line: tzid?.line ?? component.line, property: "TZID", message:
                        "VTIMEZONE \(tzid?.value ?? "without TZID"): only the library's time zone (\(zone.identifier)) is imported"))
                }
            default:
                result.notices.append(ICSProblem(file: file, line: component.line, property: "BEGIN",
                                                 message: "\(component.name) left out: only events (VEVENT) are imported"))
            }
        }
        problems += reader.problems
        guard problems.isEmpty else { throw ICSProblems(problems.sorted { $0.line < $1.line }) }
        return result
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

    /// An RFC 5545 DURATION (`PT1H30M`, `P1D`, `P2W`, `P1DT2H`) in minutes; nil when
    /// malformed or negative.
    static func durationMinutes(_ text: String) -> Int? {
        var rest = Substring(text.uppercased())
        if rest.hasPrefix("+") { rest = rest.dropFirst() }
        guard rest.hasPrefix("P"), rest.count > 1 else { return nil }
        rest = rest.dropFirst()
        var total = 0, number = "", inTime = false, seconds = 0, parts = 0
        for character in rest {
            if character.isASCII, character.isNumber { number.append(character); continue }
            if character == "T", number.isEmpty, !inTime { inTime = true; continue }
            guard let value = Int(number) else { return nil }
            number = ""
            parts += 1
            switch (character, inTime) {
            case ("W", false): total += value * 7 * 1440
            case ("D", false): total += value * 1440
            case ("H", true): total += value * 60
            case ("M", true): total += value
            case ("S", true): seconds += value
            default: return nil
            }
        }
        guard number.isEmpty, parts > 0 else { return nil }
        return total + seconds / 60
    }
}

/// Every problem that keeps a file out, in line order.
public struct ICSProblems: Error, Equatable, Sendable {
    public var problems: [ICSProblem]
    public init(_ problems: [ICSProblem]) { self.problems = problems }
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
