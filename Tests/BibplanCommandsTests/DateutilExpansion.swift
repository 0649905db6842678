import BibplanCore
import Foundation

/// Rules expanded by python-dateutil, as an independent check of bibplan's expansion.
enum DateutilExpansion {
    struct Case {
        let rule: RecurrenceRule
        let start: LocalDateTime
        let range: DayRange
    }

    /// The days dateutil gives for each case, in order.
    static func days(_ cases: [Case]) throws -> [[String]] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bibplan-dateutil-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let input = cases.map { item -> [String: String] in
            ["rrule": dateTimeUntil(item.rule.text), "start": item.start.iso, "from": item.range.first.iso, "to": item.range.last.iso]
        }
        try JSONSerialization.data(withJSONObject: input).write(to: file)
        return try PythonCheck.json(script, arguments: [file.path], modules: ["dateutil"], as: [[String]].self)
    }

    /// bibplan writes a date UNTIL for "to the end of that day"; dateutil reads a date as
    /// midnight, so it gets the end of the day written out.
    private static func dateTimeUntil(_ text: String) -> String {
        guard let range = text.range(of: #"UNTIL=\d{8}($|;)"#, options: .regularExpression) else { return text }
        let date = text[range].prefix(14)
        return text.replacingCharacters(in: range, with: date + "T235959" + (text[range].hasSuffix(";") ? ";" : ""))
    }

    private static let script = #"""
    import json, sys
    from datetime import datetime
    from dateutil.rrule import rrulestr
    out = []
    for case in json.load(open(sys.argv[1])):
        start = datetime.strptime(case["start"], "%Y-%m-%dT%H:%M")
        rule = rrulestr(case["rrule"], dtstart=start)
        first = datetime.strptime(case["from"], "%Y-%m-%d")
        last = datetime.strptime(case["to"] + "T23:59", "%Y-%m-%dT%H:%M")
        out.append([d.date().isoformat() for d in rule.between(first, last, inc=True)])
    print(json.dumps(out))
    """#
}
