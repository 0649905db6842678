import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// `export ics` and `import ics` on the Glostrup sample, checked by Python's `icalendar`.
final class ICSCommandTests: DataDirectoryTestCase {
    private static let plan = DayRange(day("2026-01-01"), day("2027-12-31"))

    override func initialFiles() throws -> [String: String] {
        ["glostrup.json": try sample("glostrup"), "tom.json": Fixture.minimalLibrary(id: "tom", name: "Tom")]
    }

    private func run(_ arguments: [String]) -> RunResult {
        runBibplan(["--data-dir", path, "--today", "2026-11-28"] + arguments)
    }

    private func load(_ id: String) throws -> Library {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path + "/" + id + ".json")))
        return try LibraryCodec.decode(bytes, file: id + ".json")
    }

    private func bytes(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)) }

    func testDTStampIsTheDayOfTheExportAndTheFileIsReproducible() {
        let first = run(["--library", "glostrup", "export", "ics"])
        XCTAssertEqual(first.status, 0, first.errors)
        let stamps = first.output.components(separatedBy: "\r\n").filter { $0.hasPrefix("DTSTAMP") }
        XCTAssertEqual(stamps.count, 28, "one per event")
        XCTAssertTrue(stamps.allSatisfy { $0.hasPrefix("DTSTAMP:20261128") }, "\(Set(stamps))")
        XCTAssertEqual(run(["--library", "glostrup", "export", "ics"]).output, first.output, "the same export twice gives the same bytes")
    }

    /// Occurrences as `start title`, sorted.
    private func occurrences(_ library: Library, _ range: DayRange) -> [String] {
        let index = LibraryIndex(library)
        return index.occurrences(in: range).map { "\($0.start.iso) \(index.event(of: $0).title)" }.sorted()
    }

    // MARK: export

    func testExportReadsBackInPythonsICalendarWithTheSameOccurrences() throws {
        let file = path + "/glostrup.ics"
        XCTAssertEqual(run(["--library", "glostrup", "export", "ics", "-o", file]).status, 0)
        let raw = try Data(contentsOf: URL(fileURLWithPath: file))
        let lines = String(decoding: raw, as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(lines.last, "", "the file ends in CRLF")
        XCTAssertFalse(lines.contains { $0.contains("\n") }, "every line ends in CRLF")
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 75 })

        let document = try PythonCheck.json(Self.icalendarScript, arguments: [file], modules: ["icalendar", "dateutil"], as: [String: Any].self)
        XCTAssertEqual(document["timezones"] as? [String], ["Europe/Copenhagen"])
        let events = try XCTUnwrap(document["events"] as? [[String: Any]])
        let library = try load("glostrup")
        XCTAssertEqual(events.count, library.events.count)
        XCTAssertEqual(events.compactMap { $0["uid"] as? String }, library.events.map { "\($0.id)@glostrup.bibplan" })
        XCTAssertTrue(events.allSatisfy { $0["tzid"] as? String == "Europe/Copenhagen" })
        XCTAssertEqual(events.first?["rrule"] as? String, "FREQ=MONTHLY;BYDAY=2SA")
        XCTAssertEqual(events[1]["exdates"] as? [String], ["2026-12-25T14:00", "2027-03-26T14:00", "2027-12-31T14:00"], "Fællessang")
        XCTAssertEqual(events.compactMap { $0["minutes"] as? Int }, library.events.map(\.durationMinutes))
        let python = events.flatMap { event in
            (event["starts"] as? [String] ?? []).map { $0 + " " + (event["summary"] as? String ?? "") }
        }.sorted()
        XCTAssertEqual(python.count, occurrences(library, Self.plan).count)
        XCTAssertEqual(python, occurrences(library, Self.plan))
    }

    func testExportOfAPeriodAndOfOneInitiative() throws {
        let december = run(["--library", "glostrup", "export", "ics", "--from", "2026-12-01", "--to", "2026-12-31"])
        XCTAssertEqual(december.status, 0, december.errors)
        let file = path + "/december.ics"
        try Data(december.output.utf8).write(to: URL(fileURLWithPath: file))
        let document = try PythonCheck.json(Self.icalendarScript, arguments: [file], modules: ["icalendar", "dateutil"], as: [String: Any].self)
        let events = try XCTUnwrap(document["events"] as? [[String: Any]])
        let python = events.flatMap { event in (event["starts"] as? [String] ?? []).map { $0 + " " + (event["summary"] as? String ?? "") } }.sorted()
        XCTAssertEqual(python, occurrences(try load("glostrup"), DayRange(day("2026-12-01"), day("2026-12-31"))))

        let initiative = run(["--library", "glostrup", "export", "ics", "--initiative", "i25"]).output
        XCTAssertEqual(initiative.components(separatedBy: "BEGIN:VEVENT").count - 1, 2)
        XCTAssertEqual(run(["--library", "glostrup", "export", "ics", "--initiative", "i99"]).status, 2)
    }

    // MARK: import

    func testRoundTripIntoAnEmptyLibraryAndASecondImportChangesNothing() throws {
        let file = path + "/glostrup.ics"
        XCTAssertEqual(run(["--library", "glostrup", "export", "ics", "-o", file]).status, 0)
        let first = run(["--library", "tom", "import", "ics", file])
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertTrue(first.output.hasPrefix("tom.json: 28 new, 0 changed, 0 unchanged, 0 skipped (from \(file))\n"), first.output)
        XCTAssertTrue(first.output.contains("left out, line "), "the initiatives tom lacks are named")
        let glostrup = try load("glostrup"), tom = try load("tom")
        XCTAssertEqual(occurrences(tom, Self.plan), occurrences(glostrup, Self.plan))
        XCTAssertEqual(tom.events.map(\.groups), glostrup.events.map(\.groups))

        let saved = try bytes("tom.json")
        let second = run(["--library", "tom", "import", "ics", file])
        XCTAssertEqual(second.status, 0)
        XCTAssertTrue(second.output.hasPrefix("tom.json: 0 new, 0 changed, 28 unchanged, 0 skipped"), second.output)
        XCTAssertEqual(try bytes("tom.json"), saved, "nothing to change: the file is not rewritten")
    }

    func testImportUpdatesByUIDAndDryRunChangesNothing() throws {
        let file = path + "/changed.ics"
        let exported = run(["--library", "glostrup", "export", "ics"]).output
        let changed = exported.replacingOccurrences(of: "SUMMARY:Repair café", with: "SUMMARY:Reparationscafé")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: file))
        let before = try bytes("glostrup.json")

        let dry = run(["--library", "glostrup", "import", "ics", file, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertTrue(dry.output.hasPrefix("Dry run: nothing was saved.\nglostrup.json: 0 new, 1 changed, 27 unchanged, 0 skipped"), dry.output)
        XCTAssertTrue(dry.output.contains("~ e1  2026-01-10 10:00  Reparationscafé  (FREQ=MONTHLY;BYDAY=2SA)  changed: title\n"), dry.output)
        XCTAssertEqual(try bytes("glostrup.json"), before)

        let json = try run(["--library", "glostrup", "import", "ics", file, "--json"]).json()
        XCTAssertEqual(json["saved"] as? Bool, true)
        XCTAssertEqual((json["updated"] as? [[String: Any]])?.first?["fields"] as? [String], ["title"])
        XCTAssertEqual((json["unchanged"] as? [String])?.count, 27)
        let after = try load("glostrup")
        XCTAssertEqual(after.events.first?.title, "Reparationscafé")
        XCTAssertEqual(after.events.count, 28)
        XCTAssertEqual(after.shifts, try LibraryCodec.decode(Array(before), file: "glostrup.json").shifts, "shifts stay")
    }

    func testStrictRefusesTheWholeFileWithEveryLineAndTheLibraryIsUntouched() throws {
        let file = path + "/bad.ics"
        try Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\nDTSTART;TZID=Europe/Copenhagen:20261301T100000\r\nSUMMARY:Ny\r\nRRULE:FREQ=MONTHLY;BYHOUR=2\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:y@example.org\r\nDTSTART:20261201T100000\r\nSUMMARY:God\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let before = try bytes("tom.json")
        let result = run(["--library", "tom", "import", "ics", file, "--strict"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors, """
        \(file):4: DTSTART: "20261301T100000" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)
        \(file):6: RRULE: BYHOUR is not supported
        bibplan: nothing imported; the library is unchanged

        """)
        XCTAssertEqual(try bytes("tom.json"), before, "not half-imported: the good event is not taken either")
        XCTAssertFalse(directory?.exists("tom.json.bak") ?? true)

        try Data("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VCALENDAR\n".utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertTrue(run(["--library", "tom", "import", "ics", file, "--strict"]).errors
            .hasPrefix("\(file):2: BEGIN: BEGIN:VEVENT is closed by END:VCALENDAR of line 4\n"))
        XCTAssertEqual(run(["--library", "tom", "import", "ics", path + "/missing.ics"]).status, 1)
    }

    func testLenientImportSkipsTheUnreadableEventWithItsLinesAndTakesTheRest() throws {
        let file = path + "/mixed.ics"
        try Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\nDTSTART;TZID=Europe/Copenhagen:20261301T100000\r\nSUMMARY:Ny\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:y@example.org\r\nDTSTART:20261201T100000\r\nX-NO-COLON\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let before = try bytes("tom.json")
        let dry = run(["--lang", "da", "--library", "tom", "import", "ics", file, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertEqual(dry.errors, """
        \(file):4: DTSTART: "20261301T100000" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)
        \(file):7: SUMMARY: missing; the event is called "(uden titel)"
        \(file):10: X-NO-COLON: no ':' before the value; the line is left out

        """)
        XCTAssertTrue(dry.output.hasPrefix("Prøvekørsel: intet er gemt.\ntom.json: 1 nye, 0 ændrede, 0 uændrede, 1 sprunget over (fra \(file); se ovenfor)\n"),
                      dry.output)
        XCTAssertEqual(try bytes("tom.json"), before, "a dry run writes nothing")

        let json = try run(["--library", "tom", "import", "ics", file, "--json"]).json()
        XCTAssertEqual(json["skippedEvents"] as? Int, 1)
        XCTAssertEqual((json["skipped"] as? [[String: Any]])?.compactMap { $0["line"] as? Int }, [4])
        XCTAssertEqual((json["warnings"] as? [[String: Any]])?.compactMap { $0["line"] as? Int }, [7, 10])
        XCTAssertEqual(try load("tom").events.map(\.title), ["(untitled)"])
        XCTAssertTrue(run(["--library", "tom", "import", "ics", file]).output.hasPrefix("tom.json: 0 new, 0 changed, 1 unchanged, 1 skipped"))
    }

    func testImportThatWouldBreakAShiftIsRefused() throws {
        // Moving the repair café to Sundays leaves its Saturday shifts without a day.
        let exported = run(["--library", "glostrup", "export", "ics"]).output
        let file = path + "/moved.ics"
        let moved = exported.replacingOccurrences(of: "RRULE:FREQ=MONTHLY;BYDAY=2SA", with: "RRULE:FREQ=MONTHLY;BYDAY=2SU")
            .replacingOccurrences(of: "Copenhagen:20260110T", with: "Copenhagen:20260111T")
        try Data(moved.utf8).write(to: URL(fileURLWithPath: file))
        let before = try bytes("glostrup.json")
        let result = run(["--library", "glostrup", "import", "ics", file])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("glostrup.json: shifts[16].date: 2026-11-14 is not a day of \"Repair café\" (e1)"), result.errors)
        XCTAssertEqual(try bytes("glostrup.json"), before)
    }

    /// Reads the file with `icalendar`, expands each series with `dateutil` over 2026–2027.
    static let icalendarScript = """
    import sys, json, datetime
    from zoneinfo import ZoneInfo
    import icalendar
    from dateutil import rrule
    calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
    zone = ZoneInfo('Europe/Copenhagen')
    low = datetime.datetime(2026, 1, 1, tzinfo=zone)
    high = datetime.datetime(2027, 12, 31, 23, 59, tzinfo=zone)
    local = lambda moment: moment.astimezone(zone).strftime('%Y-%m-%dT%H:%M')
    out = {'timezones': [str(tz['TZID']) for tz in calendar.walk('VTIMEZONE')], 'events': []}
    for event in calendar.walk('VEVENT'):
        start = event['DTSTART'].dt
        found = event.get('EXDATE')
        found = found if isinstance(found, list) else ([found] if found is not None else [])
        exdates = [item.dt for group in found for item in group.dts]
        rule = None
        if 'RRULE' in event:
            rule = event['RRULE'].to_ical().decode()
            series = rrule.rruleset()
            series.rrule(rrule.rrulestr(rule, dtstart=start))
            for moment in exdates:
                series.exdate(moment)
            starts = series.between(low, high, inc=True)
        else:
            starts = [start] if low <= start <= high else []
        out['events'].append({'uid': str(event['UID']), 'summary': str(event['SUMMARY']),
                              'tzid': event['DTSTART'].params.get('TZID'), 'rrule': rule,
                              'exdates': [local(moment) for moment in exdates],
                              'starts': [local(moment) for moment in starts],
                              'minutes': int((event['DTEND'].dt - start).total_seconds() // 60)})
    print(json.dumps(out))
    """
}
