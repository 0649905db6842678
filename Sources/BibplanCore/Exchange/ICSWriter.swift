/// A library's events as an RFC 5545 iCalendar file that calendar programs and
/// web sites accept: one VEVENT per event with a stable UID, a series as one
/// VEVENT with its RRULE and EXDATEs (never expanded copies), times with the
/// library's TZID and its VTIMEZONE, lines folded at 75 octets and ending in CRLF,
/// text escaped. bibplan's own fields travel as X-BIBPLAN-* properties, so an
/// import into bibplan gets them back.
public enum ICSWriter {
    public struct Options: Sendable {
        /// Only what occurs in these days; a series is cut to them (DTSTART at its
        /// first day in the range, UNTIL at its last).
        public var range: DayRange?
        /// Only the events of this initiative.
        public var initiative: String?
        /// DTSTAMP of every event, in UTC; a fixed value keeps the file reproducible.
        public var stamp: LocalDateTime

        public init(range: DayRange? = nil, initiative: String? = nil, stamp: LocalDateTime) {
            self.range = range
            self.initiative = initiative
            self.stamp = stamp
        }
    }

    /// `e12@glostrup.bibplan`: the same event gets the same UID in every export.
    public static func uid(event: String, library: String) -> String { event + "@" + library + uidDomainSuffix }
    public static let uidDomainSuffix = ".bibplan"

    public static func encode(_ library: Library, options: Options) -> [UInt8] {
        let zone = ICSTimeZone(identifier: library.timeZone)
        let events = library.events.compactMap { exportable($0, options) }
        var out = ICSLines()
        out.add(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bibplan//bibplan//DA", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"])
        out.addText("X-WR-CALNAME", library.name)
        if let zone {
            out.add("X-WR-TIMEZONE:" + zone.identifier)
            out.add(zone.component(years: years(events, library)))
        }
        let initiatives = Dictionary(library.initiatives.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for item in events {
            out.add(lines(item, library: library, zone: zone, initiativeTitle: item.event.initiative.flatMap { initiatives[$0] },
                          stamp: options.stamp))
        }
        out.add("END:VCALENDAR")
        return out.bytes()
    }

    /// An event as it is written: its first day, and the rule and exdates that give
    /// exactly bibplan's occurrences (within the range, when there is one).
    struct Exported {
        let event: Event
        let first: Day
        let rule: RecurrenceRule?
        let exdates: [Day]
    }

    static func exportable(_ event: Event, _ options: Options) -> Exported? {
        if let initiative = options.initiative, event.initiative != initiative { return nil }
        guard let text = event.rrule else {
            let day = event.start.day
            guard !event.exdates.contains(day), options.range?.contains(day) ?? true else { return nil }
            return Exported(event: event, first: day, rule: nil, exdates: [])
        }
        guard let rule = try? RecurrenceRule(parsing: text) else { return nil }
        guard let range = options.range else {
            guard let first = firstDays(of: event, rule).first else { return nil }
            return Exported(event: event, first: first, rule: rule, exdates: event.exdates.filter { $0 >= first }.sorted())
        }
        return clipped(event, rule, to: range)
    }

    /// A series cut to the range: its days there (none left after exdates: nothing).
    private static func clipped(_ event: Event, _ rule: RecurrenceRule, to range: DayRange) -> Exported? {
        let days = rule.days(startingAt: event.start, in: range)
        let excluded = Set(event.exdates)
        guard let first = days.first, let last = days.last, days.contains(where: { !excluded.contains($0) }) else { return nil }
        var cut = rule
        cut.count = nil
        cut.until = LocalDateTime(day: last, minutes: event.start.minutes)
        let exdates = event.exdates.filter { first <= $0 && $0 <= last }.sorted()
        return Exported(event: event, first: first, rule: cut, exdates: exdates)
    }

    /// The series' first days (before exdates): DTSTART must be the first occurrence,
    /// since RFC 5545 counts DTSTART as one even when the rule does not match it.
    private static func firstDays(of event: Event, _ rule: RecurrenceRule) -> [Day] {
        for span in [62, 800, 12_000] {
            let days = rule.days(startingAt: event.start, in: DayRange(event.start.day, event.start.day.adding(days: span)))
            if !days.isEmpty { return days }
        }
        return []
    }

    private static func lines(_ item: Exported, library: Library, zone: ICSTimeZone?, initiativeTitle: String?,
                              stamp: LocalDateTime) -> [String] {
        let event = item.event
        let parameter = zone.map { ";TZID=" + $0.identifier } ?? ""
        let start = LocalDateTime(day: item.first, minutes: event.start.minutes)
        var out = ICSLines()
        out.add("BEGIN:VEVENT")
        out.add("UID:" + ICSText.escape(uid(event: event.id, library: library.id)))
        out.add("DTSTAMP:" + ICSText.compact(stamp) + "Z")
        out.add("DTSTART\(parameter):" + ICSText.compact(start))
        out.add("DTEND\(parameter):" + ICSText.compact(start.adding(minutes: max(event.durationMinutes, 0))))
        if let rule = item.rule {
            out.add("RRULE:" + ruleText(rule, zone: zone))
            if !item.exdates.isEmpty {
                let times = item.exdates.map { ICSText.compact(LocalDateTime(day: $0, minutes: event.start.minutes)) }
                out.add("EXDATE\(parameter):" + times.joined(separator: ","))
            }
        }
        out.addText("SUMMARY", event.title)
        out.addText("LOCATION", event.location)
        out.addText("DESCRIPTION", event.description)
        out.addText("CATEGORIES", initiativeTitle ?? "")
        out.add(bibplanFields(event))
        out.add("END:VEVENT")
        return out.lines
    }

    /// bibplan's own fields, read back by `ICSImport`.
    private static func bibplanFields(_ event: Event) -> [String] {
        var lines = ["X-BIBPLAN-AUDIENCE:" + event.audience.rawValue]
        if let initiative = event.initiative { lines.append("X-BIBPLAN-INITIATIVE:" + ICSText.escape(initiative)) }
        if let capacity = event.capacity { lines.append("X-BIBPLAN-CAPACITY:\(capacity)") }
        if !event.groups.isEmpty { lines.append("X-BIBPLAN-GROUPS:" + event.groups.map(ICSText.escape).joined(separator: ",")) }
        if event.volunteersNeeded > 0 { lines.append("X-BIBPLAN-VOLUNTEERS-NEEDED:\(event.volunteersNeeded)") }
        return lines
    }

    /// The rule as written in the file; an UNTIL becomes UTC when the times carry a zone
    /// (RFC 5545 3.3.10), else stays a local date-time like DTSTART.
    static func ruleText(_ rule: RecurrenceRule, zone: ICSTimeZone?) -> String {
        var plain = rule
        plain.until = nil
        guard let until = rule.until else { return plain.text }
        let seconds = until.minutes == RecurrenceRule.endOfDay ? 59 : 0
        guard let zone else { return plain.text + ";UNTIL=" + ICSText.compact(until, seconds: seconds) }
        return plain.text + ";UNTIL=" + zone.utcText(of: until, seconds: seconds)
    }

    /// The years the VTIMEZONE must cover: from the first event to ten years past the
    /// last start or the plan's end.
    private static func years(_ events: [Exported], _ library: Library) -> ClosedRange<Int> {
        let starts = events.map(\.first.year)
        let first = starts.min() ?? library.plan?.from?.year ?? 2000
        let last = max(starts.max() ?? first, library.plan?.to?.year ?? first)
        return first...(last + 10)
    }
}
