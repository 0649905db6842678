/// A series' overrides as RFC 5545 writes a changed occurrence: a VEVENT with the
/// series' UID and a RECURRENCE-ID naming the time the rule gives, carrying that
/// time's start, end, title, place and text. Only overrides of times the exported
/// series still has (within `from` and `to`, not in its EXDATEs) are written.
extension ICSWriter {
    static func overrideLines(_ item: Exported, library: Library, zone: ICSTimeZone?, stamp: LocalDateTime) -> [String] {
        let event = item.event
        guard let rule = item.rule, !event.overrides.isEmpty else { return [] }
        let parameter = zone.map { ";TZID=" + $0.identifier } ?? ""
        let first = LocalDateTime(day: item.first, minutes: event.start.minutes)
        let excluded = Set(item.exdates)
        var out = ICSLines()
        for change in event.overrides.sorted(by: { $0.date < $1.date })
        where !excluded.contains(change.date)
            && (item.rdates.contains(change.date) || !rule.days(startingAt: first, in: DayRange(day: change.date)).isEmpty) {
            let original = LocalDateTime(day: change.date, minutes: event.start.minutes)
            let start = change.start ?? original
            let shown = change.applied(to: event)
            out.add("BEGIN:VEVENT")
            out.add("UID:" + ICSText.escape(uid(event: event.id, library: library.id)))
            out.add("DTSTAMP:" + ICSText.compact(stamp) + "Z")
            out.add("RECURRENCE-ID\(parameter):" + ICSText.compact(original))
            out.add("DTSTART\(parameter):" + ICSText.compact(start))
            out.add("DTEND\(parameter):" + ICSText.compact(start.adding(minutes: shown.durationMinutes)))
            out.addText("SUMMARY", shown.title)
            out.addText("LOCATION", shown.location)
            out.addText("DESCRIPTION", shown.description)
            out.add("END:VEVENT")
        }
        return out.lines
    }
}
