import Foundation

/// Finds the zone a TZID names. The system's time zone data first: the name itself
/// (`Europe/Berlin`), a Windows name through CLDR's table (`Romance Standard Time`),
/// or the IANA name at the end of a vendor's path
/// (`/freeassociation.sourceforge.net/Tzfile/Europe/Berlin`); else the rules of the
/// file's own VTIMEZONE with that TZID.
struct ICSZoneTable {
    private var defined: [String: ICSObservances] = [:]
    /// Every TZID the file's events name, looked up once.
    private var found: [String: ICSSourceZone] = [:]

    /// Reads the file's VTIMEZONEs; one whose rules cannot be read is a warning (its
    /// name may still be one the system knows).
    init(calendars: [ICSComponent], file: String, warnings: inout [ICSProblem]) {
        for component in calendars.flatMap(\.components) where component.name == "VTIMEZONE" {
            guard let tzid = component.property("TZID")?.value, !tzid.isEmpty else {
                warnings.append(ICSProblem(file: file, line: component.line, property: "TZID", message: "a VTIMEZONE without TZID; left out"))
                continue
            }
            do throws(ICSProblem) {
                defined[tzid] = try Self.observances(component, file: file)
            } catch {
                if Self.systemZone(named: tzid) == nil { warnings.append(error) }
            }
        }
        let named = Set(calendars.flatMap(\.components).flatMap(\.properties).compactMap { $0.parameters["TZID"] })
        for tzid in named { found[tzid] = lookUp(tzid) }
    }

    func zone(named tzid: String) -> ICSSourceZone? { found[tzid] }

    private func lookUp(_ tzid: String) -> ICSSourceZone? {
        if let system = Self.systemZone(named: tzid) { return ICSSourceZone(identifier: system.identifier, rules: .system(system)) }
        return defined[tzid].map { ICSSourceZone(identifier: tzid, rules: .observances($0)) }
    }

    static func systemZone(named tzid: String) -> TimeZone? {
        let name = tzid.trimmingCharacters(in: .whitespaces)
        if let zone = TimeZone(identifier: name) { return zone }
        if let iana = ICSWindowsZones.ianaZone(forWindowsName: name) { return TimeZone(identifier: iana) }
        // A vendor's prefix: the longest tail of the path that is a zone's name.
        let parts = name.split(separator: "/")
        guard parts.count > 1 else { return nil }
        for length in stride(from: min(parts.count - 1, 3), through: 1, by: -1) {
            if let zone = TimeZone(identifier: parts.suffix(length).joined(separator: "/")) { return zone }
        }
        return nil
    }

    private static func observances(_ component: ICSComponent, file: String) throws(ICSProblem) -> ICSObservances {
        var result: [ICSObservances.Observance] = []
        for part in component.components where part.name == "STANDARD" || part.name == "DAYLIGHT" {
            guard let start = part.property("DTSTART"), let time = ICSText.dateTime(Substring(start.value)) else {
                throw ICSProblem(file: file, line: part.line, property: "DTSTART", message: "\(part.name) without a start that is a date-time")
            }
            let from = try offset(part.property("TZOFFSETFROM"), part, file: file)
            let to = try offset(part.property("TZOFFSETTO"), part, file: file)
            let rule = part.property("RRULE").flatMap { try? RecurrenceRule(parsing: $0.value) }
            let extra = part.properties("RDATE").flatMap { $0.value.split(separator: ",") }.compactMap { ICSText.dateTime($0)?.time }
            result.append(.init(start: time.time, offsetFrom: from, offsetTo: to, rule: rule, extraStarts: extra))
        }
        guard !result.isEmpty else {
            throw ICSProblem(file: file, line: component.line, property: "VTIMEZONE", message: "no STANDARD or DAYLIGHT rules")
        }
        return ICSObservances(observances: result)
    }

    /// `+0100`, `-0330`, `+053000`: at most 18 hours either way.
    private static func offset(_ property: ICSProperty?, _ part: ICSComponent, file: String) throws(ICSProblem) -> Int {
        let text = Array((property?.value ?? "").utf8)
        guard text.count == 5 || text.count == 7, text[0] == UInt8(ascii: "+") || text[0] == UInt8(ascii: "-"),
              let hours = Day.number(text[1..<3]), let minutes = Day.number(text[3..<5]),
              let seconds = text.count == 7 ? Day.number(text[5..<7]) : 0, hours <= 18, minutes < 60, seconds < 60 else {
            throw ICSProblem(file: file, line: property?.line ?? part.line, property: property?.name ?? "TZOFFSETTO",
                             message: "\"\(property?.value ?? "")\" is not a UTC offset such as +0100")
        }
        let total = hours * 3600 + minutes * 60 + seconds
        return text[0] == UInt8(ascii: "-") ? -total : total
    }
}
