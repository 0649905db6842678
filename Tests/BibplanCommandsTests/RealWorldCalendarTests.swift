import BibplanCore
import Foundation
import XCTest

/// Issue 16: calendars as Google, Outlook, Apple, Thunderbird, khal and RFC 5545's
/// own examples write them (`Calendars/`), imported into a library in
/// Europe/Copenhagen: every start in the library's zone, across the daylight-saving
/// changes, as written here by hand and as Python's `recurring_ical_events`
/// expands the same file; then export → import into an empty library → export.
final class RealWorldCalendarTests: XCTestCase {
    private var directory: TemporaryDataDirectory?
    private static let plan = DayRange(day("2026-01-01"), day("2027-12-31"))
    private static let library = #"{ "schema": 1, "id": "tom", "name": "Tom", "plan": { "title": "Plan", "from": "2026-01-01", "to": "2027-12-31" } }"#

    override func setUpWithError() throws { directory = try TemporaryDataDirectory(files: ["tom.json": Self.library]) }
    override func tearDown() { directory = nil }

    private var path: String { directory?.path ?? "/nonexistent" }
    private static func calendar(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Calendars/" + name).path
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
        XCTAssertTrue(result.output.hasPrefix("tom.json: 5 new, 0 changed, 0 unchanged, 0 skipped"), result.output)
        XCTAssertTrue(result.errors.contains("google.ics:84: SUMMARY: missing; the event is called \"(untitled)\""), result.errors)
        XCTAssertTrue(result.output.contains("X-GOOGLE-CONFERENCE: another program's own property"), result.output)
        XCTAssertEqual(try occurrences(Self.plan), [
            "2026-03-10T18:00–2026-03-10T19:30 Læsekreds på tysk",
            "2026-03-17T18:00–2026-03-17T19:30 Læsekreds på tysk",
            "2026-03-26T19:00–2026-03-26T20:30 Læsekreds på tysk (flyttet)",
            "2026-03-31T18:00–2026-03-31T19:30 Læsekreds på tysk",
            "2026-04-14T18:00–2026-04-14T19:30 Læsekreds på tysk",
            "2026-06-01T00:00–2026-06-03T00:00 Bogmarked i gården",
            "2026-09-15T10:00–2026-09-15T11:00 (untitled)",
            "2026-11-05T16:00–2026-11-05T17:30 Forfattermøde med Jenny Erpenbeck",
        ])
        XCTAssertEqual(try load().events.first?.rrule, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260414", "one series, across the spring change; UNTIL 21:59:59 UTC is the end of that day in Berlin")
    }

    func testOutlookWithWindowsZoneNamesAndALineWithoutAColon() throws {
        let result = imported("outlook.ics")
        XCTAssertTrue(result.errors.contains("outlook.ics:70: X-MS-OLK-CONFTYPE: no ':' before the value; the line is left out"), result.errors)
        XCTAssertEqual(try occurrences(Self.plan), [
            "2026-03-16T10:00–2026-03-16T11:00 Videomøde med Manchester Central Library",
            "2026-03-23T10:00–2026-03-23T11:00 Videomøde med Manchester Central Library",
            "2026-03-30T10:00–2026-03-30T11:00 Videomøde med Manchester Central Library",
            "2026-04-06T10:00–2026-04-06T11:00 Videomøde med Manchester Central Library",
            "2026-06-15T14:00–2026-06-15T16:00 Sommerlæsning: kick-off",
            "2026-10-20T10:00–2026-10-20T11:30 Kulturudvalget",
            "2026-10-27T10:00–2026-10-27T11:30 Kulturudvalget",
            "2026-11-03T10:00–2026-11-03T11:30 Kulturudvalget",
        ])
        XCTAssertEqual(try load().events.compactMap(\.rrule).count, 2, "London and Paris change with Copenhagen: both stay series")
    }

    func testAppleNewYorkSeriesMovesAtDaylightSavingAndRDate() throws {
        let result = imported("apple.ics")
        XCTAssertTrue(result.output.contains("the series in America/New_York moves in Europe/Copenhagen at daylight saving"), result.output)
        XCTAssertEqual(try occurrences(Self.plan), [
            "2026-03-04T18:00–2026-03-04T19:00 Webinar med New York Public Library",
            "2026-03-11T17:00–2026-03-11T18:00 Webinar med New York Public Library",
            "2026-03-18T17:00–2026-03-18T18:00 Webinar med New York Public Library",
            "2026-03-25T17:00–2026-03-25T18:00 Webinar med New York Public Library",
            "2026-09-01T10:00–2026-09-01T11:30 Babysalmesang",
            "2026-09-05T10:00–2026-09-05T11:30 Babysalmesang",
            "2026-10-01T10:00–2026-10-01T11:30 Babysalmesang",
            "2026-11-01T10:00–2026-11-01T11:30 Babysalmesang",
        ])
    }

    func testThunderbirdLondonAZoneOnlyItsVTimezoneDefinesAVendorPrefixAndAnEventWithoutStart() throws {
        let result = imported("thunderbird.ics")
        XCTAssertTrue(result.output.hasPrefix("tom.json: 3 new, 0 changed, 0 unchanged, 1 skipped (from \(Self.calendar("thunderbird.ics")); see above)"),
                      result.output)
        XCTAssertEqual(result.errors, "\(Self.calendar("thunderbird.ics")):65: DTSTART: missing in this VEVENT\n")
        XCTAssertEqual(try occurrences(Self.plan), [
            "2026-02-12T20:00–2026-02-12T21:00 Britisk bogklub (online)",
            "2026-03-12T20:00–2026-03-12T21:00 Britisk bogklub (online)",
            "2026-03-19T16:30–2026-03-19T18:00 Sprogcafé",
            "2026-03-26T16:30–2026-03-26T18:00 Sprogcafé",
            "2026-04-02T16:30–2026-04-02T18:00 Sprogcafé",
            "2026-04-09T20:00–2026-04-09T21:00 Britisk bogklub (online)",
            "2026-04-10T17:00–2026-04-10T18:30 Oplæsning ved Goethe-Institut",
            "2026-05-14T20:00–2026-05-14T21:00 Britisk bogklub (online)",
        ])
        XCTAssertEqual(run(["import", "ics", Self.calendar("thunderbird.ics"), "--strict"]).status, 1, "strict: one unreadable event refuses all")
    }

    func testKhalUTCSeriesAcrossTheAutumnChangeAndDurations() throws {
        _ = imported("khal.ics")
        XCTAssertEqual(try occurrences(Self.plan), [
            "2026-10-19T19:00–2026-10-19T21:00 Lektiecafé",
            "2026-10-26T18:00–2026-10-26T20:00 Lektiecafé",
            "2026-11-02T18:00–2026-11-02T20:00 Lektiecafé",
            "2026-11-04T14:00–2026-11-04T15:30 Strikkecafé",
            "2026-12-01T00:00–2026-12-04T00:00 Juleudstilling",
        ])
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
        XCTAssertEqual(try occurrences(Self.plan).map { String($0.prefix(16)) + " " + $0.split(separator: " ", maxSplits: 1)[1] }, [
            "2026-01-01T10:00 The 1st, 100th and 200th day",
            "2026-04-10T10:00 The 1st, 100th and 200th day",
            "2026-05-11T15:00 Monday of week number 20",
            "2026-05-18T08:00 The 20th Monday of the year",
            "2026-07-19T10:00 The 1st, 100th and 200th day",
            "2026-08-04T09:00 Every other week from Sunday",
            "2026-08-04T13:00 Every other week from Monday",
            "2026-08-09T13:00 Every other week from Monday",
            "2026-08-16T09:00 Every other week from Sunday",
            "2026-08-18T09:00 Every other week from Sunday",
            "2026-08-18T13:00 Every other week from Monday",
            "2026-08-23T13:00 Every other week from Monday",
            "2026-08-30T09:00 Every other week from Sunday",
            "2027-01-01T10:00 The 1st, 100th and 200th day",
            "2027-04-10T10:00 The 1st, 100th and 200th day",
            "2027-05-17T08:00 The 20th Monday of the year",
            "2027-05-17T15:00 Monday of week number 20",
        ])
        XCTAssertEqual(run(["import", "ics", Self.calendar("rfc5545-rules.ics"), "--strict"]).status, 1, "strict: a rule laid out as single times is refused")
    }

    func testEachCalendarAgreesWithPythonAndASecondImportChangesNothing() throws {
        for (name, range) in [("google.ics", Self.plan), ("outlook.ics", Self.plan), ("apple.ics", Self.plan), ("thunderbird.ics", Self.plan),
                              ("khal.ics", Self.plan), ("rfc5545-rules.ics", Self.plan),
                              ("rfc5545.ics", DayRange(day("1997-01-01"), day("1997-12-31")))] {
            try directory?.write("tom.json", Self.library)
            _ = imported(name)
            let python = try XCTUnwrap(PythonCheck.json(Self.expandScript, arguments: [Self.calendar(name), range.first.iso, range.last.adding(days: 1).iso],
                                                        modules: ["icalendar", "recurring_ical_events"]) as? [String])
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

    /// The starts of every occurrence from argv[2] up to argv[3], in Europe/Copenhagen.
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
    print(json.dumps(sorted(local(event['DTSTART'].dt) for event in recurring_ical_events.of(calendar).between(low, high))))
    """
}
