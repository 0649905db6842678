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

    /// The event as it is after the import: what the file says, laid over what the
    /// library had (fields the file does not carry are kept).
    public func event(over existing: Event?) -> Event {
        var event = existing ?? Event(id: id, title: title, start: start)
        event.title = title
        event.start = start
        event.durationMinutes = durationMinutes
        event.rrule = rrule
        event.exdates = exdates
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

/// Reads one VEVENT. Every problem is collected (not only the first), each with its
/// line and property; an event with a problem is not returned.
struct ICSEventReader {
    let file: String
    let zone: ICSTimeZone
    let libraryID: String
    private(set) var problems: [ICSProblem] = []

    init(file: String, zone: ICSTimeZone, libraryID: String) {
        self.file = file
        self.zone = zone
        self.libraryID = libraryID
    }

    /// Properties that describe what bibplan cannot hold: refused, named by line.
    static let refused: [String: String] = [
        "RDATE": "extra dates beside the rule are not supported; give each its own event",
        "RECURRENCE-ID": "a changed occurrence of a series is not supported; change the series or make the day its own event",
        "EXRULE": "an exclusion rule is not supported; list the days with EXDATE",
    ]

    mutating func read(_ component: ICSComponent) -> ImportedEvent? {
        let before = problems.count
        for property in component.properties {
            if let reason = Self.refused[property.name] { problem(property, reason) }
        }
        let uid = component.property("UID").map { ICSText.unescape(Substring($0.value)) }
            .flatMap { $0.isEmpty ? nil : $0 } ?? fallbackUID(component)
        let title = required(component, "SUMMARY").map { ICSText.unescape(Substring($0.value)) }
        let start = required(component, "DTSTART").flatMap { time($0) }
        // Every property is read even after a problem, so that all of them are reported at once.
        let rule = recurrence(component, start: start)
        let duration = start.flatMap { durationMinutes(component, start: $0) }
        let exdates = component.properties("EXDATE").flatMap { exdateDays($0) }
        var fields = ImportedEvent(uid: uid, line: component.line, id: ICSImport.eventID(forUID: uid, library: libraryID),
                                   title: title ?? "", start: start?.time ?? LocalDateTime(day: Day(ordinal: 0), minutes: 0),
                                   durationMinutes: duration ?? 60, rrule: rule, exdates: Array(Set(exdates)).sorted(),
                                   location: text(component, "LOCATION"), description: text(component, "DESCRIPTION"))
        readBibplanFields(component, into: &fields)
        if let rule, let start, !fields.exdates.contains(start.time.day) { checkStartIsADay(of: rule, start.time, component) }
        if title?.isEmpty == true, let summary = component.property("SUMMARY") { problem(summary, "the title is empty") }
        return problems.count == before ? fields : nil
    }

    /// No UID: one made from the title and start, so that the same file imported
    /// again still finds its events.
    private func fallbackUID(_ component: ICSComponent) -> String {
        let seed = (component.property("SUMMARY")?.value ?? "") + "|" + (component.property("DTSTART")?.value ?? "")
        return "nouid-" + ICSImport.hash(seed)
    }

    // MARK: Times

    struct Start {
        let time: LocalDateTime
        let isDate: Bool
        let isUTC: Bool
    }

    /// A DATE or DATE-TIME value as the library's wall-clock time: with the library's
    /// TZID, floating (taken as the library's), or UTC (converted).
    mutating func time(_ property: ICSProperty, value: Substring? = nil) -> Start? {
        let text = value ?? Substring(property.value)
        if let zoneID = property.parameters["TZID"], zoneID != zone.identifier {
            problem(property, "TZID=\(zoneID): only the library's time zone (\(zone.identifier)) is imported")
            return nil
        }
        let bytes = Array(text.utf8)
        let digits = { (range: Range<Int>) -> Int? in Day.number(bytes[range]) }
        guard bytes.count >= 8, let year = digits(0..<4), let month = digits(4..<6), let dayNumber = digits(6..<8),
              let day = Day(year: year, month: month, day: dayNumber) else {
            problem(property, "\"\(text)\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)")
            return nil
        }
        if bytes.count == 8 { return Start(time: LocalDateTime(day: day, minutes: 0), isDate: true, isUTC: false) }
        let isUTC = bytes.count == 16 && bytes[15] == UInt8(ascii: "Z")
        guard bytes.count == 15 || isUTC, bytes[8] == UInt8(ascii: "T"), let hour = digits(9..<11), let minute = digits(11..<13),
              let second = digits(13..<15), hour < 24, minute < 60, second < 61 else {
            problem(property, "\"\(text)\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)")
            return nil
        }
        let wall = LocalDateTime(day: day, minutes: hour * 60 + minute)
        guard isUTC else { return Start(time: wall, isDate: false, isUTC: false) }
        let utcSeconds = day.ordinal * 86_400 + wall.minutes * 60 + second
        return Start(time: zone.local(ofUTC: utcSeconds).time, isDate: false, isUTC: true)
    }

    /// DTEND or DURATION as minutes; nil when neither is given (a day for a date).
    private mutating func durationMinutes(_ component: ICSComponent, start: Start) -> Int? {
        var minutes: Int?
        if let end = component.property("DTEND") {
            guard let endTime = time(end) else { return nil }
            minutes = (endTime.time.day.ordinal - start.time.day.ordinal) * 1440 + endTime.time.minutes - start.time.minutes
        } else if let duration = component.property("DURATION") {
            minutes = ICSImport.durationMinutes(duration.value)
            if minutes == nil { problem(duration, "\"\(duration.value)\" is not a duration such as PT1H30M or P1D") }
        } else if start.isDate {
            minutes = 1440
        }
        if let value = minutes, !(1...(60 * 24 * 14)).contains(value) {
            problem(component.property("DTEND") ?? component.property("DURATION"),
                    value < 1 ? "the event ends before it starts" : "an event lasts at most 14 days in bibplan")
        }
        return minutes
    }

    // MARK: Series

    private mutating func recurrence(_ component: ICSComponent, start: Start?) -> String? {
        let rules = component.properties("RRULE")
        guard let property = rules.first else { return nil }
        if rules.count > 1 { problem(rules[1], "more than one RRULE in an event is not supported") }
        if start?.isUTC == true {
            problem(property, "a series with DTSTART in UTC moves in local time at daylight saving; give DTSTART with TZID=\(zone.identifier)")
        }
        do throws(RecurrenceRuleError) {
            return try RecurrenceRule(parsing: localUntil(property.value)).text
        } catch {
            problem(property, error.message)
            return nil
        }
    }

    /// RFC 5545 counts DTSTART as an occurrence even when the rule does not give that
    /// day; bibplan's series are the rule's days only, so such a start cannot be held.
    private mutating func checkStartIsADay(of text: String, _ start: LocalDateTime, _ component: ICSComponent) {
        guard let rule = try? RecurrenceRule(parsing: text), rule.days(startingAt: start, in: DayRange(day: start.day)).isEmpty else { return }
        problem(component.property("DTSTART"), "\(start.day.iso) is not a day of the RRULE, which RFC 5545 still counts as an occurrence; "
            + "start the series on its first day and give this day its own event")
    }

    /// The rule with an UNTIL in UTC (`…Z`) turned into the library's wall-clock time.
    private func localUntil(_ rule: String) -> String {
        let parts = rule.split(separator: ";", omittingEmptySubsequences: false).map { part -> String in
            let upper = part.uppercased()
            guard upper.hasPrefix("UNTIL="), upper.hasSuffix("Z"), upper.utf8.count == 6 + 16 else { return String(part) }
            let bytes = Array(upper.utf8.dropFirst(6))
            guard let year = Day.number(bytes[0..<4]), let month = Day.number(bytes[4..<6]), let dayNumber = Day.number(bytes[6..<8]),
                  let day = Day(year: year, month: month, day: dayNumber), bytes[8] == UInt8(ascii: "T"),
                  let hour = Day.number(bytes[9..<11]), let minute = Day.number(bytes[11..<13]),
                  let second = Day.number(bytes[13..<15]) else { return String(part) }
            let (local, seconds) = zone.local(ofUTC: day.ordinal * 86_400 + hour * 3600 + minute * 60 + second)
            return "UNTIL=" + ICSText.compact(local, seconds: seconds)
        }
        return parts.joined(separator: ";")
    }

    private mutating func exdateDays(_ property: ICSProperty) -> [Day] {
        property.value.split(separator: ",").compactMap { value in time(property, value: value)?.time.day }
    }

    // MARK: Fields

    private mutating func required(_ component: ICSComponent, _ name: String) -> ICSProperty? {
        if let property = component.property(name) { return property }
        problems.append(ICSProblem(file: file, line: component.line, property: name, message: "missing in this VEVENT"))
        return nil
    }

    private func text(_ component: ICSComponent, _ name: String) -> String {
        component.property(name).map { ICSText.unescape(Substring($0.value)) } ?? ""
    }

    private mutating func readBibplanFields(_ component: ICSComponent, into event: inout ImportedEvent) {
        if let property = component.property("X-BIBPLAN-AUDIENCE") {
            event.audience = Audience(rawValue: property.value)
            if event.audience == nil { problem(property, "\"\(property.value)\" is not an audience (\(Audience.allowedWords))") }
        }
        if let property = component.property("X-BIBPLAN-INITIATIVE") { event.initiative = ICSText.unescape(Substring(property.value)) }
        if let property = component.property("X-BIBPLAN-GROUPS") { event.groups = ICSText.unescapeList(Substring(property.value)) }
        event.capacity = number(component, "X-BIBPLAN-CAPACITY", 0...1_000_000)
        event.volunteersNeeded = number(component, "X-BIBPLAN-VOLUNTEERS-NEEDED", 0...1000)
    }

    private mutating func number(_ component: ICSComponent, _ name: String, _ range: ClosedRange<Int>) -> Int? {
        guard let property = component.property(name) else { return nil }
        guard let value = Int(property.value), range.contains(value) else {
            problem(property, "\"\(property.value)\" is not a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    private mutating func problem(_ property: ICSProperty?, _ message: String) {
        problems.append(ICSProblem(file: file, line: property?.line ?? 0, property: property?.name, message: message))
    }
}
