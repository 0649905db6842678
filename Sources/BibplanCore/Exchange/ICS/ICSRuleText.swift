/// An RRULE as a file writes it, made ready for bibplan's rule parser without
/// changing which days it gives: an UNTIL in UTC (`…Z`) becomes the wall-clock time
/// of the series' own zone; a WKST that cannot change a day, and RSCALE=GREGORIAN
/// with SKIP=OMIT, are dropped.
enum ICSRuleText {
    static func prepared(_ rule: String, zone: ICSSourceZone?, library: ICSTimeZone) -> String {
        var parts = rule.split(separator: ";", omittingEmptySubsequences: false).map { String($0) }
        let upper = parts.map { $0.uppercased() }
        if weekStartIsIdle(upper) { parts.removeAll { $0.uppercased().hasPrefix("WKST=") } }
        // RFC 7529: the Gregorian calendar, and skipping a day a month lacks, are what bibplan's rules do anyway.
        parts.removeAll { ["RSCALE=GREGORIAN", "SKIP=OMIT"].contains($0.uppercased()) }
        return parts.map { part in
            let text = part.uppercased()
            guard text.hasPrefix("UNTIL="), text.hasSuffix("Z"), let until = ICSText.dateTime(Substring(text.dropFirst(6))) else { return part }
            let utc = until.time.day.ordinal * 86_400 + until.time.minutes * 60 + until.seconds
            let wall: (time: LocalDateTime, seconds: Int)
            if let zone { wall = ICSTimeZone.split(utc + zone.offset(atUTC: utc)) } else { wall = library.local(ofUTC: utc) }
            return "UNTIL=" + ICSText.compact(wall.time, seconds: wall.seconds)
        }.joined(separator: ";")
    }

    /// The week's first day matters only to BYWEEKNO, and to a weekly series of every
    /// 2nd (3rd, …) week whose days a week from WKST groups otherwise than a week
    /// from Monday (`WKST=SU;BYDAY=MO,WE,FR` groups them the same).
    private static func weekStartIsIdle(_ parts: [String]) -> Bool {
        guard let start = parts.first(where: { $0.hasPrefix("WKST=") }).flatMap({ Weekday(code: $0.dropFirst(5)) }) else { return true }
        if parts.contains(where: { $0.hasPrefix("BYWEEKNO=") }) { return false }
        let interval = parts.first { $0.hasPrefix("INTERVAL=") }.flatMap { Int($0.dropFirst(9)) } ?? 1
        guard parts.contains("FREQ=WEEKLY"), interval > 1 else { return true }
        guard let days = parts.first(where: { $0.hasPrefix("BYDAY=") }) else { return true }
        let weekdays = days.dropFirst(6).split(separator: ",").compactMap { Weekday(code: $0) }
        guard weekdays.count == days.dropFirst(6).split(separator: ",").count else { return false }
        return weekdays.allSatisfy { $0.index < start.index } || weekdays.allSatisfy { $0.index >= start.index }
    }
}
