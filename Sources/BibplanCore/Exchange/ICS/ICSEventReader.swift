/// An event read from a VEVENT, before it meets the library: the fields iCalendar
/// carries, and bibplan's own (X-BIBPLAN-*) when the file has them.
public struct ImportedEvent: Equatable, Sendable {
    public var uid: String
    /// The line of its BEGIN:VEVENT.
    public var line: Int
    /// The event id it becomes (see `ICSImport.eventID(forUID:library:)`).
    public var id: String
    public var title: String
    public var start: LocalDateTime
    public var durationMinutes: Int
    public var rrule: String?
    public var exdates: [Day]
    public var location: String
    public var description: String
    public var audience: Audience?
    public var initiative: String?
    public var capacity: Int?
    public var groups: [String]?
    public var volunteersNeeded: Int?
    /// Changed times of the series (RECURRENCE-ID), by the day the rule gives them.
    public var overrides: [OccurrenceOverride] = []

    /// The event as it is after the import: what the file says, laid over what the
    /// library had (fields the file does not carry are kept).
    public func event(over existing: Event?) -> Event {
        var event = existing ?? Event(id: id, title: title, start: start)
        event.title = title
        event.start = start
        event.durationMinutes = durationMinutes
        event.rrule = rrule
        event.exdates = exdates
        event.overrides = overrides
        event.location = location
        event.description = description
        if let audience { event.audience = audience }
        if let initiative { event.initiative = initiative }
        if let capacity { event.capacity = capacity }
        if let groups { event.groups = groups }
        if let volunteersNeeded { event.volunteersNeeded = volunteersNeeded }
        return event
    }
}

/// Why a VEVENT is not imported: every problem that stops it, each with its line.
struct ICSSkip: Error {
    var problems: [ICSProblem]
}

/// One VEVENT's fields, read leniently: what cannot be read at all (no DTSTART, a
/// date that is not a date, an unknown zone) stops the event; what can be repaired
/// (no SUMMARY, a bibplan field out of range) is a warning and the event is kept.
struct ICSEventFields {
    var event: ImportedEvent
    var start: ICSTime
    /// The line of DTSTART.
    var startLine: Int
    var rule: RecurrenceRule?
    /// A rule with parts bibplan's series lack: its times in the plan period become single events.
    var expander: ICSRuleExpander?
    /// RDATE values, as the library's wall-clock times.
    var extraStarts: [LocalDateTime]
}

struct ICSEventReader {
    let file: String
    let library: ICSTimeZone
    let libraryID: String
    let zones: ICSZoneTable
    /// The title of an event without SUMMARY.
    let untitled: String
    /// Repaired on the way: refused under `--strict`.
    var warnings: [ICSProblem] = []
    /// Said, never refused: series converted or split, RDATEs, changed occurrences.
    var notices: [ICSProblem] = []
    /// The VEVENTs left out, each with what stops it.
    var skipped: [ICSSkip] = []
    private var fatal: [ICSProblem] = []

    init(file: String, library: ICSTimeZone, libraryID: String, zones: ICSZoneTable, untitled: String) {
        self.file = file
        self.library = library
        self.libraryID = libraryID
        self.zones = zones
        self.untitled = untitled
    }

    /// The fields of a VEVENT; `fallback` gives the title, place and text a changed
    /// occurrence leaves out (its series').
    mutating func fields(_ component: ICSComponent, fallback: ImportedEvent? = nil) throws(ICSSkip) -> ICSEventFields {
        fatal = []
        if let exrule = component.property("EXRULE") { stop(exrule, "an exclusion rule is not supported; list the days with EXDATE") }
        let uid = component.property("UID").map { ICSText.unescape(Substring($0.value)) }
            .flatMap { $0.isEmpty ? nil : $0 } ?? fallbackUID(component)
        let start = component.property("DTSTART").flatMap { time($0) }
        if component.property("DTSTART") == nil {
            fatal.append(ICSProblem(file: file, line: component.line, property: "DTSTART", message: "missing in this VEVENT"))
        }
        let (rule, expander) = fallback == nil ? recurrence(component, start: start) : (nil, nil)
        let duration = start.flatMap { durationMinutes(component, start: $0) }
        let exdates = component.properties("EXDATE").flatMap { property in
            property.value.split(separator: ",").compactMap { time(property, value: $0)?.local(in: library).day }
        }
        let extraStarts = component.properties("RDATE").flatMap { property in
            property.value.split(separator: ",").compactMap { time(property, value: $0.split(separator: "/").first ?? $0)?.local(in: library) }
        }
        var event = ImportedEvent(uid: uid, line: component.line, id: ICSImport.eventID(forUID: uid, library: libraryID),
                                  title: title(component, fallback: fallback),
                                  start: start?.local(in: library) ?? LocalDateTime(day: Day(ordinal: 0), minutes: 0),
                                  durationMinutes: duration ?? fallback?.durationMinutes ?? 60, rrule: nil,
                                  exdates: Array(Set(exdates)).sorted(),
                                  location: text(component, "LOCATION") ?? fallback?.location ?? "",
                                  description: text(component, "DESCRIPTION") ?? fallback?.description ?? "")
        readBibplanFields(component, into: &event)
        guard fatal.isEmpty, let start else { throw ICSSkip(problems: fatal) }
        return ICSEventFields(event: event, start: start, startLine: component.property("DTSTART")?.line ?? component.line, rule: rule,
                              expander: expander, extraStarts: extraStarts)
    }

    /// No UID: one made from the title and start, so that the same file imported
    /// again still finds its events.
    private func fallbackUID(_ component: ICSComponent) -> String {
        let seed = (component.property("SUMMARY")?.value ?? "") + "|" + (component.property("DTSTART")?.value ?? "")
        return "nouid-" + ICSImport.hash(seed)
    }

    private mutating func title(_ component: ICSComponent, fallback: ImportedEvent?) -> String {
        let summary = component.property("SUMMARY")
        if let text = summary.map({ ICSText.unescape(Substring($0.value)) }), !text.isEmpty { return text }
        if let fallback { return fallback.title }
        warnings.append(ICSProblem(file: file, line: summary?.line ?? component.line, property: "SUMMARY",
                                   message: (summary == nil ? "missing" : "empty") + "; the event is called \"\(untitled)\""))
        return untitled
    }

    // MARK: Times

    /// A DATE or DATE-TIME value: with a TZID (any zone the system or the file
    /// defines), floating (taken as the library's), or UTC.
    mutating func time(_ property: ICSProperty, value: Substring? = nil) -> ICSTime? {
        let text = value ?? Substring(property.value)
        guard let parsed = ICSText.dateTime(text) else {
            stop(property, "\"\(text)\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)")
            return nil
        }
        var zone: ICSSourceZone?
        if parsed.isUTC {
            zone = .utc
        } else if let tzid = property.parameters["TZID"], !parsed.isDate {
            guard let found = zones.zone(named: tzid) else {
                stop(property, "TZID=\(tzid) is a time zone neither this system nor the file's VTIMEZONEs define")
                return nil
            }
            zone = found
        }
        return ICSTime(wall: parsed.time, seconds: parsed.seconds, isDate: parsed.isDate, zone: zone)
    }

    /// DTEND or DURATION as minutes; a day for a date with neither.
    private mutating func durationMinutes(_ component: ICSComponent, start: ICSTime) -> Int? {
        var minutes: Int?
        let property = component.property("DTEND") ?? component.property("DURATION")
        if let end = component.property("DTEND") {
            guard let endTime = time(end) else { return nil }
            let (from, to) = (start.local(in: library), endTime.local(in: library))
            minutes = (to.day.ordinal - from.day.ordinal) * 1440 + to.minutes - from.minutes
        } else if let duration = component.property("DURATION") {
            do throws(ICSDuration.Failure) { minutes = try ICSDuration.minutes(duration.value) } catch {
                stop(duration, "\"\(duration.value)\" " + error.message)
                return nil
            }
        } else {
            minutes = start.isDate ? 1440 : nil
        }
        if let value = minutes, !(1...(60 * 24 * 14)).contains(value) {
            stop(property, value < 1 ? "the event ends when or before it starts" : "an event lasts at most 14 days in bibplan")
            return nil
        }
        return minutes
    }

    // MARK: Series

    private mutating func recurrence(_ component: ICSComponent, start: ICSTime?) -> (RecurrenceRule?, ICSRuleExpander?) {
        let rules = component.properties("RRULE")
        guard let property = rules.first else { return (nil, nil) }
        if rules.count > 1 { stop(rules[1], "more than one RRULE in an event is not supported") }
        let text = ICSRuleText.prepared(property.value, zone: start?.zone, library: library)
        do throws(RecurrenceRuleError) {
            return (try RecurrenceRule(parsing: text), nil)
        } catch {
            guard let expander = ICSRuleExpander(parsing: text) else {
                stop(property, error.message)
                return (nil, nil)
            }
            warn(property, error.message + " in bibplan's series; its times in the plan period are imported as single events")
            return (nil, expander)
        }
    }

    // MARK: Fields

    private func text(_ component: ICSComponent, _ name: String) -> String? {
        component.property(name).map { ICSText.unescape(Substring($0.value)) }
    }

    private mutating func readBibplanFields(_ component: ICSComponent, into event: inout ImportedEvent) {
        if let property = component.property("X-BIBPLAN-AUDIENCE") {
            event.audience = Audience(rawValue: property.value)
            if event.audience == nil { warn(property, "\"\(property.value)\" is not an audience (\(Audience.allowedWords)); left out") }
        }
        if let property = component.property("X-BIBPLAN-INITIATIVE") { event.initiative = ICSText.unescape(Substring(property.value)) }
        if let property = component.property("X-BIBPLAN-GROUPS") { event.groups = ICSText.unescapeList(Substring(property.value)) }
        event.capacity = number(component, "X-BIBPLAN-CAPACITY", 0...1_000_000)
        event.volunteersNeeded = number(component, "X-BIBPLAN-VOLUNTEERS-NEEDED", 0...1000)
    }

    private mutating func number(_ component: ICSComponent, _ name: String, _ range: ClosedRange<Int>) -> Int? {
        guard let property = component.property(name) else { return nil }
        guard property.value.utf8.count <= 12, let value = Int(property.value), range.contains(value) else {
            warn(property, "\"\(property.value)\" is not a number from \(range.lowerBound) to \(range.upperBound); left out")
            return nil
        }
        return value
    }

    /// A problem that stops the event.
    private mutating func stop(_ property: ICSProperty?, _ message: String) {
        fatal.append(ICSProblem(file: file, line: property?.line ?? 0, property: property?.name, message: message))
    }

    mutating func warn(_ property: ICSProperty?, _ message: String) {
        warnings.append(ICSProblem(file: file, line: property?.line ?? 0, property: property?.name, message: message))
    }

    mutating func note(line: Int, _ property: String?, _ message: String) {
        notices.append(ICSProblem(file: file, line: line, property: property, message: message))
    }
}
