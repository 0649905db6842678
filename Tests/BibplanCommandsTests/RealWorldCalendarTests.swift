import BibplanCore
import Foundation
import XCTest

/// Issue 16: calendars as Google, Outlook, Apple, Thunderbird, khal and RFC 5545's
/// own examples write them (`Calendars/*.ics`), imported into a library in
/// Europe/Copenhagen: every start in the library's zone, across the daylight-saving
/// changes, as written by hand (`Calendars/*.expected`) and as Python's `recurring_ical_events`
/// expands the same file; then export → import into an empty library → export.
final class RealWorldCalendarTests: DataDirectoryTestCase {
    private static let plan = DayRange(day("2026-01-01"), day("2027-12-31"))
    private static let library = #"{ "schema": 1, "id": "tom", "name": "Tom", "plan": { "title": "Plan", "from": "2026-01-01", "to": "2027-12-31" } }"#

    override func initialFiles() throws -> [String: String] { ["tom.json": Self.library] }

    private static func calendar(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Calendars/" + name).path
    }

    /// `Calendars/NAME.expected`: the occurrences written out by hand, one a line.
    private static func expected(_ name: String) throws -> [String] {
        try String(contentsOfFile: calendar(name + ".expected"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func run(_ arguments: [String]) -> RunResult { runBibplan(["--data-dir", path, "--library", "tom"] + arguments) }

    private func load() throws -> Library {
        try LibraryCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path + "/tom.json"))), file: "tom.json")
    }

    /// `start–end title` of every occurrence in `range`, in the library's zone.
    private func occurrences(_ range: DayRange) throws -> [String] {
        let index = LibraryIndex(try load())
        return index.occurrences(in: range).map { "\($0.start.iso)–\($0.end.iso) \(index.event(of: $0).title)" }.sorted()
    }

    private func imported(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> RunResult {
        let result = run(["import", "ics", Self.calendar(name)])
        XCTAssertEqual(result.status, 0, result.errors, file: file, line: line)
        return result
    }

    func testGoogleInBerlinWithAMovedTimeAnExdateUTCAndAllDay() throws {
        let result = imported("google.ics")
        XCTAssertTrue(result.output.hasPrefix("tom.json: 4 new, 0 changed, 0 unchanged, 0 skipped"),
            "the moved time stays in its series: " + result.output)
        XCTAssertTrue(result.errors.contains("google.ics:84: SUMMARY: missing; the event is called \"(untitled)\""), result.errors)
        XCTAssertTrue(result.output.contains("X-GOOGLE-CONFERENCE: another program's own property"), result.output)
        XCTAssertEqual(try occurrences(Self.plan), try Self.expected("google"))
        XCTAssertEqual(try load().events.first?.rrule, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260414",
            "one series, across the spring change; UNTIL 21:59:59 UTC is the end of that day in Berlin")
        XCTAssertEqual(try load().events.first?.overrides, [OccurrenceOverride(date: day("2026-03-24"), start: LocalDateTime(iso: "2026-03-26T19:00"),
                                                                               title: "Læsekreds på tysk (flyttet)")])
        XCTAssertEqual(try load().events.first?.exdates.contains(day("2026-03-24")), false)
    }

    func testOutlookWithWindowsZoneNamesAndALineWithoutAColon() throws {
        let result = imported("outlook.ics")
        XCTAssertTrue(result.errors.contains("outlook.ics:70: X-MS-OLK-CONFTYPE: no ':' before the value; the line is left out"), result.errors)
        XCTAssertEqual(try occurrences(Self.plan), try Self.expected("outlook"))
        XCTAssertEqual(try load().events.compactMap(\.rrule).count, 2, "London and Paris change with Copenhagen: both stay series")
    }

    func testAppleNewYorkSeriesMovesAtDaylightSavingAndRDate() throws {
        let result = imported("apple.ics")
        XCTAssertTrue(result.output.contains("the series in America/New_York moves in Europe/Copenhagen at daylight saving"), result.output)
        XCTAssertEqual(try occurrences(Self.plan), try Self.expected("apple"))
    }

    func testThunderbirdLondonAZoneOnlyItsVTimezoneDefinesAVendorPrefixAndAnEventWithoutStart() throws {
        let result = imported("thunderbird.ics")
        XCTAssertTrue(result.output.hasPrefix("tom.json: 3 new, 0 changed, 0 unchanged, 1 skipped (from \(Self.calendar("thunderbird.ics")); see above)"),
                      result.output)
        XCTAssertEqual(result.errors, "\(Self.calendar("thunderbird.ics")):65: DTSTART: missing in this VEVENT\n")
        XCTAssertEqual(try occurrences(Self.plan), try Self.expected("thunderbird"))
        XCTAssertEqual(run(["import", "ics", Self.calendar("thunderbird.ics"), "--strict"]).status, 1, "strict: one unreadable event refuses all")
    }

    func testKhalUTCSeriesAcrossTheAutumnChangeAndDurations() throws {
        _ = imported("khal.ics")
        XCTAssertEqual(try occurrences(Self.plan), try Self.expected("khal"))
    }

    func testRFC5545Examples() throws {
        _ = imported("rfc5545.ics")
        let autumn = try occurrences(DayRange(day("1997-09-01"), day("1997-12-31")))
        XCTAssertEqual(autumn.filter { $0.hasSuffix("Daily for 10 occurrences") }.map { String($0.prefix(16)) },
                       (2...11).map { "1997-09-\($0 < 10 ? "0" : "")\($0)T15:00" })
        let everyOther = autumn.filter { $0.hasSuffix("Wednesday, and Friday") }
        XCTAssertEqual(everyOther.count, 25, "RFC 5545 lists 25")
        XCTAssertEqual(Set(everyOther.map { $0.dropFirst(11).prefix(5) }), ["15:00"], "09:00 in New York before and after both autumn changes")
        XCTAssertTrue(autumn.contains("1997-09-03T18:30–1997-09-03T21:00 Annual Employee Review"))
        XCTAssertTrue(try occurrences(Self.plan).contains("2026-11-02T00:00–2026-11-03T00:00 Our Blissful Anniversary"))
    }

    func testRulePartsBibplansSeriesLackBecomeSingleTimesInThePlanPeriod() throws {
        let result = imported("rfc5545-rules.ics")
        XCTAssertTrue(result.errors.contains("rfc5545-rules.ics:9: RRULE: BYWEEKNO is not supported in bibplan's series; "
            + "its times in the plan period are imported as single events"), result.errors)
        XCTAssertEqual(try occurrences(Self.plan).map { String($0.prefix(16)) + " " + $0.split(separator: " ", maxSplits: 1)[1] },
                       try Self.expected("rfc5545-rules"))
        XCTAssertEqual(run(["import", "ics", Self.calendar("rfc5545-rules.ics"), "--strict"]).status, 1, "strict: a rule laid out as single times is refused")
    }

    func testEachCalendarAgreesWithPythonAndASecondImportChangesNothing() throws {
        for (name, range) in [("google.ics", Self.plan), ("outlook.ics", Self.plan), ("apple.ics", Self.plan), ("thunderbird.ics", Self.plan),
                              ("khal.ics", Self.plan), ("rfc5545-rules.ics", Self.plan),
                              ("rfc5545.ics", DayRange(day("1997-01-01"), day("1997-12-31")))] {
            try directory?.write("tom.json", Self.library)
            _ = imported(name)
            let python = try PythonCheck.json(Self.expandScript, arguments: [Self.calendar(name), range.first.iso, range.last.adding(days: 1).iso],
                                              modules: ["icalendar", "recurring_ical_events"], as: [String].self)
            XCTAssertEqual(try occurrences(range).map { String($0.prefix(16)) }, python, name)
            let again = run(["import", "ics", Self.calendar(name)])
            XCTAssertTrue(again.output.contains(" 0 new, 0 changed, "), name + ": " + again.output)
        }
    }

    func testRoundTripExportImportIntoAnEmptyLibraryExportGivesTheSameFile() throws {
        for name in ["google.ics", "outlook.ics", "apple.ics", "thunderbird.ics", "khal.ics", "rfc5545.ics", "rfc5545-rules.ics"] {
            try directory?.write("tom.json", Self.library)
            _ = imported(name)
            let first = run(["--today", "2026-11-28", "export", "ics"])
            let file = path + "/first.ics"
            try Data(first.output.utf8).write(to: URL(fileURLWithPath: file))
            let events = try load().events
            try directory?.write("tom.json", Self.library)
            XCTAssertEqual(run(["import", "ics", file, "--strict"]).status, 0, name)
            XCTAssertEqual(try load().events, events, name)
            XCTAssertEqual(run(["--today", "2026-11-28", "export", "ics"]).output, first.output, name)
        }
    }

    /// The starts of every occurrence from argv[2] up to argv[3], in Europe/Copenhagen;
    /// with a fourth argument `full`, each as `start–end summary`.
    static let expandScript = """
    import sys, json, datetime
    from zoneinfo import ZoneInfo
    import icalendar, recurring_ical_events
    zone = ZoneInfo('Europe/Copenhagen')
    calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
    calendar.subcomponents = [c for c in calendar.subcomponents if c.name != 'VEVENT' or 'DTSTART' in c]
    def local(moment):
        if not isinstance(moment, datetime.datetime):
            return moment.strftime('%Y-%m-%dT00:00')
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone)
        return moment.astimezone(zone).strftime('%Y-%m-%dT%H:%M')
    low, high = (datetime.date.fromisoformat(text) for text in sys.argv[2:4])
    def text(event):
        if sys.argv[4:] != ['full']:
            return local(event['DTSTART'].dt)
        return local(event['DTSTART'].dt) + '–' + local(event['DTEND'].dt) + ' ' + str(event.get('SUMMARY', ''))
    print(json.dumps(sorted(text(event) for event in recurring_ical_events.of(calendar).between(low, high))))
    """
}
