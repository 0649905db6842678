import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// The first and last opening day through `bibplan rule` (with a library's closing days,
/// and without one) and through `export ics`, whose RRULE, EXDATEs and RDATEs Python's
/// icalendar and dateutil expand to the days bibplan gives.
final class OpeningDayCommandTests: XCTestCase {
    /// Open Monday to Saturday, closed on the public holidays, its summer week and at Christmas and New Year's Eve.
    static let tarnby = """
    {
      "schema": 1, "id": "tarnby", "name": "Tårnby Bibliotek", "timeZone": "Europe/Copenhagen",
      "openingHours": { "staffed": { "mon": "10-19", "tue": "10-19", "wed": "10-19", "thu": "10-19", "fri": "10-17", "sat": "10-14" } },
      "closingDays": [
        { "from": "2026-07-27", "to": "2026-07-31", "reason": "sommer" },
        { "from": "2026-12-24", "to": "2026-12-26", "reason": "jul" },
        { "from": "2026-12-31", "reason": "nytårsaften" }
      ],
      "events": [
        { "id": "e1", "title": "Bogbytte", "start": "2026-01-01T10:00", "durationMinutes": 120,
          "rrule": "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-1", "onClosingDay": "earlier" },
        { "id": "e2", "title": "Nyt fra biblioteket", "start": "2026-01-01T11:00", "durationMinutes": 60,
          "rrule": "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1", "onClosingDay": "later" },
        { "id": "e3", "title": "Strikkecafé", "start": "2026-01-05T14:00", "durationMinutes": 90,
          "rrule": "FREQ=WEEKLY;BYDAY=MO", "exdates": ["2026-03-02"], "onClosingDay": "later" },
        { "id": "e4", "title": "Søndagsfortælling", "start": "2026-01-04T12:00", "durationMinutes": 60,
          "rrule": "FREQ=WEEKLY;BYDAY=SU;COUNT=30", "onClosingDay": "earlier" }
      ]
    }
    """

    private var directory: TemporaryDataDirectory?

    override func setUpWithError() throws {
        let glostrup = try XCTUnwrap(EmbeddedResources.sampleLibraries["glostrup"])
        directory = try TemporaryDataDirectory(files: ["tarnby.json": Self.tarnby, "glostrup.json": glostrup])
    }

    override func tearDown() { directory = nil }

    private func run(_ arguments: [String]) -> RunResult {
        runBibplan(["--data-dir", directory?.path ?? "/nonexistent", "--today", "2026-11-23"] + arguments)
    }

    func testRuleGivesTheLastOpeningDaysOfTheLibrary() {
        let result = run(["--lang", "da", "--library", "tarnby", "rule", "sidste åbningsdag i måneden",
                          "--from", "2026-05-01", "--count", "4"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, """
        sidste åbningsdag i hver måned
        RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-1
        onClosingDay: earlier
        2026-05-30  lørdag 30. maj 2026
        2026-06-30  tirsdag 30. juni 2026
        2026-07-25  lørdag 25. juli 2026
        2026-08-31  mandag 31. august 2026

        """)
    }

    func testRuleInEnglishAsJSON() throws {
        let result = run(["--library", "tarnby", "rule", "the first opening day of the month",
                          "--from", "2026-12-01", "--count", "3", "--json"])
        XCTAssertEqual(result.status, 0, result.errors)
        let json = try result.json()
        XCTAssertEqual(json["words"] as? String, "the first opening day of each month")
        XCTAssertEqual(json["rrule"] as? String, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1")
        XCTAssertEqual(json["onClosingDay"] as? String, "later")
        XCTAssertEqual(json["dates"] as? [String], ["2026-12-01", "2027-01-02", "2027-02-01"])
    }

    func testWithoutALibraryTheRuleSaysItNeedsOne() {
        let result = run(["--lang", "da", "rule", "sidste åbningsdag i måneden"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.errors.contains("kræver et biblioteks lukkedage og åbningstider (--library)"), result.errors)
        // Words that do not need the library still work without one.
        XCTAssertEqual(run(["rule", "sidste hverdag i måneden", "--count", "1"]).status, 0)
    }

    /// The export read by icalendar and expanded by dateutil (RRULE, RDATE, EXDATE) gives
    /// bibplan's own days, for the five years an open series is written out for, and with `--to`.
    func testTheExportExpandsToTheSameDaysInPython() throws {
        let library = try LibraryCodec.decode(Array(Self.tarnby.utf8), file: "tarnby.json")
        let index = LibraryIndex(library)
        let stamp = try XCTUnwrap(LocalDateTime(iso: "2026-11-23T12:00"))
        for to in [nil, Day(iso: "2027-06-30")] {
            let last = to ?? Day(year: 2030, month: 12, day: 31) ?? Day(ordinal: 0)
            let range = DayRange(Day(year: 2026, month: 1, day: 1) ?? Day(ordinal: 0), last)
            let ics = ICSWriter.encode(library, options: ICSWriter.Options(to: to, stamp: stamp))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("bibplan-opening-\(UUID().uuidString).ics")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(ics).write(to: file)
            let python = try PythonCheck.json(Self.expand, arguments: [file.path, range.first.iso, range.last.iso],
                                              modules: ["icalendar", "dateutil"], as: [String: [String]].self)
            var moved = 0
            for (position, event) in library.events.enumerated() {
                let ours = index.occurrences(of: position, in: range).map(\.day.iso)
                XCTAssertEqual(python[ICSWriter.uid(event: event.id, library: "tarnby")], ours, "\(event.id) to \(to?.iso ?? "-")")
                let ruled = Set(Occurrences.days(of: event, rule: index.rules[position], in: range).map(\.iso))
                moved += ours.filter { !ruled.contains($0) }.count
            }
            XCTAssertGreaterThan(moved, 10, "the library's closed days should move many times")
        }
        let folded = String(decoding: ICSWriter.encode(library, options: ICSWriter.Options(stamp: stamp)), as: UTF8.self)
        let text = folded.replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(text.contains("RDATE;TZID=Europe/Copenhagen:20260530T100000"), text)
        XCTAssertTrue(text.contains("20260531T100000"), "the day the rule gives is an EXDATE")
    }

    private static let expand = #"""
    import json, sys
    from datetime import datetime, time
    from icalendar import Calendar
    from dateutil.rrule import rrulestr, rruleset
    cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
    out = {}
    def dates(event, name):
        value = event.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            value = [value]
        return [item.dt for entry in value for item in entry.dts]
    for event in cal.walk("VEVENT"):
        if event.get("RECURRENCE-ID") is not None:
            continue
        start = event.decoded("DTSTART")
        days = rruleset()
        if event.get("RRULE") is not None:
            days.rrule(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start))
        else:
            days.rdate(start)
        for day in dates(event, "RDATE"):
            days.rdate(day)
        for day in dates(event, "EXDATE"):
            days.exdate(day)
        first = datetime.combine(datetime.strptime(sys.argv[2], "%Y-%m-%d").date(), time(0, 0), start.tzinfo)
        last = datetime.combine(datetime.strptime(sys.argv[3], "%Y-%m-%d").date(), time(23, 59), start.tzinfo)
        out[str(event["UID"])] = [day.date().isoformat() for day in days.between(first, last, inc=True)]
    print(json.dumps(out))
    """#
}
