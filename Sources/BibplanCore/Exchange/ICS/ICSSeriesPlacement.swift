/// How a VEVENT with its rule, extra dates (RDATE) and changed occurrences
/// (RECURRENCE-ID) becomes bibplan's events, which are a series of rule days at one
/// wall-clock time or single times: a series in another zone keeps its rule when its
/// time stays the same in the library's zone, else it becomes single times in the
/// plan period; a start the rule does not give and each extra date become single
/// events beside the series; a changed occurrence becomes an override of the series
/// (see `ICSOverridePlacement`), or where it cannot, a single event (its day left out).
extension ICSEventReader {
    /// The events of one UID; a VEVENT that cannot be read is added to `skipped`.
    mutating func events(_ master: ICSComponent, overrides: [ICSComponent], plan: DayRange?) -> [ImportedEvent] {
        let fields: ICSEventFields
        do throws(ICSSkip) { fields = try self.fields(master) } catch {
            skipped.append(error)
            skipped += overrides.map { component in
                ICSSkip(problems: [ICSProblem(file: file, line: component.line, property: "RECURRENCE-ID",
                                              message: "a changed time of the event at line \(master.line), which is skipped")])
            }
            return []
        }
        var series: ImportedEvent? = fields.event
        var singles: [ImportedEvent] = []
        let period = plan ?? DayRange(fields.start.wall.day, fields.start.wall.day.adding(months: 24))
        if let rule = fields.rule { place(rule, fields, series: &series, singles: &singles, period: period) }
        if let expander = fields.expander {
            let wall = fields.start.wall
            let times = expander.days(startingAt: wall, through: period.last.adding(days: 1))
                .map { fields.start.local(LocalDateTime(day: $0, minutes: wall.minutes), in: library) }
            singles += times.filter { period.contains($0.day) && !fields.event.exdates.contains($0.day) }.map { single(fields.event, at: $0) }
            series = nil
        }
        let extra = fields.extraStarts.filter { !fields.event.exdates.contains($0.day) }
        if !extra.isEmpty {
            note(line: master.line, "RDATE", "\(extra.count) extra time(s) beside the rule, each imported as its own event")
            singles += extra.map { single(fields.event, at: $0) }
        }
        for component in overrides {
            change(component, of: fields.event, series: &series, singles: &singles)
        }
        return (series.map { [$0] } ?? []) + singles
    }

    /// A single time of a VEVENT, with an id made from its UID and the time.
    private func single(_ base: ImportedEvent, at start: LocalDateTime) -> ImportedEvent {
        var event = base
        event.id = ICSImport.eventID(forUID: base.uid + "#" + start.iso, library: libraryID)
        event.start = start
        event.rrule = nil
        event.exdates = []
        return event
    }

    private mutating func place(_ rule: RecurrenceRule, _ fields: ICSEventFields, series: inout ImportedEvent?,
                                singles: inout [ImportedEvent], period: DayRange) {
        var local = rule
        if fields.start.isForeign(to: library) {
            let wall = fields.start.wall
            // Two years from the start show every daylight-saving change; the plan period is where the times are kept.
            let inPeriod = rule.days(startingAt: wall, in: DayRange(period.first.adding(days: -1), period.last.adding(days: 1))).prefix(3000)
            let days = Array(rule.days(startingAt: wall, in: DayRange(wall.day, wall.day.adding(days: 731))).prefix(3000)) + inPeriod
            let times = days.map { fields.start.local(LocalDateTime(day: $0, minutes: wall.minutes), in: library) }
            let minutes = times.first?.minutes ?? fields.event.start.minutes
            let zone = fields.start.zone?.identifier ?? ""
            guard zip(days, times).allSatisfy({ $1.day == $0 && $1.minutes == minutes }) else {
                let kept = Set(times.suffix(inPeriod.count)).sorted().filter { period.contains($0.day) && !fields.event.exdates.contains($0.day) }
                note(line: fields.event.line, "RRULE", "the series in \(zone) moves in \(library.identifier) at daylight saving; "
                    + "imported as \(kept.count) single events from \(period.first.iso) to \(period.last.iso)")
                singles += kept.map { single(fields.event, at: $0) }
                series = nil
                return
            }
            if let until = rule.until, until.minutes != RecurrenceRule.endOfDay { local.until = fields.start.local(until, in: library) }
            series?.start = LocalDateTime(day: wall.day, minutes: minutes)
            note(line: fields.event.line, "DTSTART", "the series in \(zone) is at \(LocalDateTime(day: wall.day, minutes: minutes).clock) "
                + "in \(library.identifier) on every day; imported as a series")
        }
        series?.rrule = local.text
        if let start = series?.start, local.days(startingAt: start, in: DayRange(day: start.day)).isEmpty,
           !(series?.exdates.contains(start.day) ?? false), let base = series {
            splitOffStart(local, base, line: fields.startLine, series: &series, singles: &singles)
        }
    }

    /// RFC 5545 counts DTSTART as a time even when the rule does not give its day;
    /// bibplan's series are the rule's days only, so the start becomes its own event.
    private mutating func splitOffStart(_ rule: RecurrenceRule, _ base: ImportedEvent, line: Int, series: inout ImportedEvent?,
                                        singles: inout [ImportedEvent]) {
        note(line: line, "DTSTART", "\(base.start.day.iso) is not a day of the RRULE; imported as its own event beside the series")
        singles.append(single(base, at: base.start))
        var rest = rule
        if let count = rule.count { rest.count = count - 1 }
        let next = rule.days(startingAt: base.start, in: DayRange(base.start.day.adding(days: 1), base.start.day.adding(days: 3700))).first
        guard let next, rest.count.map({ $0 > 0 }) ?? true else {
            series = nil
            return
        }
        series?.start = LocalDateTime(day: next, minutes: base.start.minutes)
        series?.rrule = rest.text
    }

    /// A changed (or cancelled) occurrence: an override of the series when it can be
    /// one; else its original day leaves the series and the changed time is an event of its own.
    private mutating func change(_ component: ICSComponent, of master: ImportedEvent, series: inout ImportedEvent?,
                                 singles: inout [ImportedEvent]) {
        guard let property = component.property("RECURRENCE-ID") else { return }
        var changed: ICSEventFields?
        var original: ICSTime?
        do throws(ICSSkip) {
            original = time(property)
            let cancelled = component.property("STATUS")?.value.uppercased() == "CANCELLED"
            if !cancelled { changed = try fields(component, fallback: master) }
            guard original != nil else { throw ICSSkip(problems: []) }
        } catch {
            skipped.append(ICSSkip(problems: error.problems.isEmpty
                ? [ICSProblem(file: file, line: property.line, property: "RECURRENCE-ID", message: "\"\(property.value)\" is not a time")]
                : error.problems))
            return
        }
        guard let original else { return }
        let was = original.local(in: library)
        if let changed, let base = series, let override = override(of: base, at: was, to: changed.event) {
            series?.overrides.removeAll { $0.date == override.date }
            if !override.isEmpty { series?.overrides.append(override) }
            series?.overrides.sort { $0.date < $1.date }
            note(line: component.line, "RECURRENCE-ID", "the time \(was.iso) is changed; kept in its series (\(changed.event.start.iso))")
            return
        }
        if series != nil, !(series?.exdates.contains(was.day) ?? true) {
            series?.exdates.append(was.day)
            series?.exdates.sort()
        }
        singles.removeAll { $0.start == was }
        guard let changed else {
            note(line: component.line, "RECURRENCE-ID", "the time \(was.iso) is cancelled; left out of the series")
            return
        }
        var event = single(changed.event, at: changed.event.start)
        event.id = ICSImport.eventID(forUID: master.uid + "#" + was.iso, library: libraryID)
        singles.append(event)
        note(line: component.line, "RECURRENCE-ID", "the time \(was.iso) is changed; imported as its own event (\(event.start.iso))")
    }
}
