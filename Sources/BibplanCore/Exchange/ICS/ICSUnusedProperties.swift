/// The properties of the VEVENTs that bibplan neither reads nor expects: each name
/// once in the file, at its first line, as a notice (left out, never a refusal). Standard
/// properties that carry nothing bibplan holds (DTSTAMP, ORGANIZER, …) pass quietly.
enum ICSUnusedProperties {
    static let read: Set<String> = [
        "UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID",
        "LOCATION", "DESCRIPTION", "STATUS", "X-BIBPLAN-AUDIENCE", "X-BIBPLAN-INITIATIVE", "X-BIBPLAN-CAPACITY",
        "X-BIBPLAN-GROUPS", "X-BIBPLAN-VOLUNTEERS-NEEDED",
    ]
    /// RFC 5545 and RFC 7986 properties of an event that bibplan has no field for.
    static let standard: Set<String> = [
        "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "TRANSP", "CLASS", "ORGANIZER", "ATTENDEE", "URL",
        "PRIORITY", "GEO", "CATEGORIES", "COMMENT", "CONTACT", "RELATED-TO", "RESOURCES", "ATTACH",
        "REQUEST-STATUS", "COLOR", "CONFERENCE", "IMAGE",
    ]

    static func notices(_ events: [ICSComponent], file: String) -> [ICSProblem] {
        var lines: [String: [Int]] = [:]
        var order: [String] = []
        for property in events.flatMap(\.properties) where !read.contains(property.name) && !standard.contains(property.name) {
            if lines[property.name] == nil { order.append(property.name) }
            lines[property.name, default: []].append(property.line)
        }
        return order.map { name in
            let found = lines[name] ?? []
            let more = found.count > 1 ? " (and \(found.count - 1) more)" : ""
            let kind = name.hasPrefix("X-") ? "another program's own property" : "not an event property bibplan knows"
            return ICSProblem(file: file, line: found.first ?? 0, property: name, message: kind + more)
        }
    }
}
