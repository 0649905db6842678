/// A library's events as an RFC 5545 iCalendar file that calendar programs and
/// web sites accept: one VEVENT per event with a stable UID, a series as one
/// VEVENT with its RRULE and EXDATEs (never expanded copies), times with the
/// library's TZID and its VTIMEZONE, lines folded at 75 octets and ending in CRLF,
/// text escaped. bibplan's own fields travel as X-BIBPLAN-* properties, so an
/// import into bibplan gets them back.
public enum ICSWriter {
    public struct Options: Sendable {
        /// Only what occurs from this day on: a series starts at its first day from here.
        public var from: Day?
        /// Only what occurs up to this day: a series ends (UNTIL) at its last day up to here.
        public var to: Day?
        /// Only the events of this initiative.
        public var initiative: String?
        /// DTSTAMP of every event, in UTC; a fixed value keeps the file reproducible.
        public var stamp: LocalDateTime

        public init(from: Day? = nil, to: Day? = nil, initiative: String? = nil, stamp: LocalDateTime) {
            self.from = from
            self.to = to
            self.initiative = initiative
            self.stamp = stamp
        }
    }

    /// `e12@glostrup.bibplan`: the same event gets the same UID in every export.
    public static func uid(event: String, library: String) -> String { event + "@" + library + uidDomainSuffix }
    public static let uidDomainSuffix = ".bibplan"

    public static func encode(_ library: Library, options: Options) -> [UInt8] {
        encode([library], options: options)
    }

    /// Several libraries' events in one calendar (issue 10), library after library: one
    /// VTIMEZONE for each zone they use; the UIDs stay apart, since each names its library.
    public static func encode(_ libraries: [Library], options: Options) -> [UInt8] {
        let parts = libraries.map { library in
            let closing = ClosingCalendar(library), open = OpenDays(library)
            return Part(library: library, zone: ICSTimeZone(identifier: library.timeZone), events: library.events.compactMap { event in
                let (moving, rdates) = movingOffClosedDays(event, open, options)
                return exportable(skippingClosedDays(moving, closing, options), options, rdates: rdates)
            })
        }
        var out = ICSLines()
        out.add(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bibplan//bibplan//DA", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"])
        out.addText("X-WR-CALNAME", libraries.map(\.name).joined(separator: ", "))
        let zones = timeZones(parts)
        if zones.count == 1, let only = zones.first { out.add("X-WR-TIMEZONE:" + only.zone.identifier) }
        for (zone, span) in zones { out.add(zone.component(years: span)) }
        for part in parts {
            let initiatives = Dictionary(part.library.initiatives.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            for item in part.events {
                out.add(lines(item, library: part.library, zone: part.zone, initiativeTitle: item.event.initiative.flatMap { initiatives[$0] },
                              stamp: options.stamp))
                out.add(overrideLines(item, library: part.library, zone: part.zone, stamp: options.stamp))
            }
        }
        out.add("END:VCALENDAR")
        return out.bytes()
    }

    /// One library's share of a calendar.
    private struct Part {
        let library: Library
        let zone: ICSTimeZone?
        let events: [Exported]
    }

    /// Each zone once, in the order the libraries use them, with the years its VTIMEZONE must cover.
    private static func timeZones(_ parts: [Part]) -> [(zone: ICSTimeZone, years: ClosedRange<Int>)] {
        var zones: [(zone: ICSTimeZone, years: ClosedRange<Int>)] = []
        for part in parts {
            guard let zone = part.zone else { continue }
            let span = years(part.events, part.library)
            if let known = zones.firstIndex(where: { $0.zone.identifier == zone.identifier }) {
                let years = zones[known].years
                zones[known].years = min(years.lowerBound, span.lowerBound)...max(years.upperBound, span.upperBound)
            } else {
                zones.append((zone, span))
            }
        }
        return zones
    }

    /// An event as it is written: its first day, and the rule and exdates that give
    /// exactly bibplan's occurrences (within the range, when there is one).
    struct Exported {
        let event: Event
        let first: Day
        let rule: RecurrenceRule?
        let exdates: [Day]
        /// The days a series moved to off closed days (RDATE), beside the rule.
        var rdates: [Day] = []
    }

    /// How many years of a series' closing days an export lists as EXDATEs when no `--to` bounds it.
    static let closedDaysHorizonYears = 5

    /// A series that skips closing days gets those days as EXDATEs, so other calendars
    /// leave them out too (up to `to`, else five years from its start). A time an override
    /// moved counts by the day it now takes place on.
    static func skippingClosedDays(_ event: Event, _ closing: ClosingCalendar, _ options: Options) -> Event {
        guard event.onClosingDay == .skip, let text = event.rrule, let rule = try? RecurrenceRule(parsing: text) else { return event }
        let last = options.to ?? event.start.day.adding(months: 12 * closedDaysHorizonYears)
        let closed = closing.closedDays(in: DayRange(event.start.day, last))
        let moved = Dictionary(event.overrides.compactMap { change in change.start.map { (change.date, $0.day) } },
            uniquingKeysWith: { first, _ in first })
        guard !closed.isEmpty || !moved.isEmpty else { return event }
        var copy = event
        let skipped = rule.days(startingAt: event.start, in: DayRange(event.start.day, last)).filter { day in
            guard let now = moved[day] else { return closed.contains(day.ordinal) }
            return closing.closure(on: now) != nil
        }
        copy.exdates = Array(Set(event.exdates + skipped)).sorted()
        return copy
    }

    /// A series that moves off closed days (`earlier`, `later`), which no RRULE can say:
    /// the days the rule gives that moved are EXDATEs, the days they moved to RDATEs (up to
    /// `to`, else five years from its start), so any reader expands bibplan's own days.
    static func movingOffClosedDays(_ event: Event, _ open: OpenDays, _ options: Options) -> (Event, [Day]) {
        guard event.onClosingDay.step != nil, let text = event.rrule, let rule = try? RecurrenceRule(parsing: text) else {
            return (event, [])
        }
        let last = (options.to ?? event.start.day.adding(months: 12 * closedDaysHorizonYears)).adding(days: ClosingDayMove.maximumDays)
        var plain = event
        plain.exdates = []
        let ruled = Set(rule.days(startingAt: event.start, in: DayRange(event.start.day, last)))
        let reach = DayRange(event.start.day.adding(days: -ClosingDayMove.maximumDays), last)
        let moved = Set(Occurrences.days(of: plain, rule: rule, in: reach, open: open))
        let cancelled = Set(event.exdates)
        var copy = event
        copy.exdates = Array(cancelled.union(ruled.subtracting(moved))).sorted()
        return (copy, moved.subtracting(ruled).subtracting(cancelled).sorted())
    }

    static func exportable(_ event: Event, _ options: Options, rdates: [Day] = []) -> Exported? {
        if let initiative = options.initiative, event.initiative != initiative { return nil }
        guard let text = event.rrule else {
            let day = event.start.day
            guard !event.exdates.contains(day), options.from.map({ $0 <= day }) ?? true, options.to.map({ day <= $0 }) ?? true else { return nil }
            return Exported(event: event, first: day, rule: nil, exdates: [])
        }
        guard let rule = try? RecurrenceRule(parsing: text) else { return nil }
        let kept = rdates.filter { day in options.from.map { $0 <= day } ?? true && options.to.map { day <= $0 } ?? true }
        guard var exported = cut(event, rule, options, withRDates: !kept.isEmpty) else { return nil }
        exported.rdates = kept
        return exported
    }

    /// A series cut to `from` and `to`: DTSTART at its first day from `from` (a COUNT
    /// less the days before it), UNTIL at its last day up to `to`. Nil when nothing is left.
    /// A series whose every ruled day moved (`withRDates`) is kept for the days it moved to.
    private static func cut(_ event: Event, _ rule: RecurrenceRule, _ options: Options, withRDates: Bool) -> Exported? {
        let lower = max(options.from ?? event.start.day, event.start.day)
        guard let first = firstDay(of: event, rule, from: lower, to: options.to) else { return nil }
        var cut = rule
        if let count = rule.count, first > event.start.day {
            cut.count = count - rule.days(startingAt: event.start, in: DayRange(event.start.day, first.adding(days: -1))).count
        }
        var last: Day?
        if let to = options.to {
            let days = rule.days(startingAt: event.start, in: DayRange(first, to))
            let excluded = Set(event.exdates)
            guard let end = days.last, withRDates || days.contains(where: { !excluded.contains($0) }) else { return nil }
            cut.count = nil
            cut.until = LocalDateTime(day: end, minutes: event.start.minutes)
            last = end
        }
        let exdates = event.exdates.filter { day in first <= day && (last.map { day <= $0 } ?? true) }.sorted()
        return Exported(event: event, first: first, rule: cut, exdates: exdates)
    }

    /// The series' first day (before exdates) from `from` on: DTSTART must be an
    /// occurrence, since RFC 5545 counts DTSTART as one even when the rule does not match it.
    private static func firstDay(of event: Event, _ rule: RecurrenceRule, from: Day, to: Day?) -> Day? {
        for span in [62, 800, 12_000] {
            var end = from.adding(days: span)
            if let to { end = min(end, to) }
            guard from <= end else { return nil }
            if let day = rule.days(startingAt: event.start, in: DayRange(from, end)).first { return day }
            if let to, end == to { return nil }
        }
        return nil
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
            if !item.rdates.isEmpty {
                let times = item.rdates.map { ICSText.compact(LocalDateTime(day: $0, minutes: event.start.minutes)) }
                out.add("RDATE\(parameter):" + times.joined(separator: ","))
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
