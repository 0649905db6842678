import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// Changed times of a series in iCalendar: written as VEVENTs with the series' UID and
/// a RECURRENCE-ID, expanded by Python's `recurring_ical_events` to exactly bibplan's
/// occurrences, read back as overrides of the series, and the same file again on export.
final class OverrideExchangeTests: DataDirectoryTestCase {
    private static let plan = DayRange(day("2026-01-01"), day("2027-12-31"))

    /// The Glostrup sample with its Repair café (second Saturday, 10:00) moved on 12/12,
    /// retitled and elsewhere on 9/1, and one more time in 2027 an hour longer.
    private static func glostrup() throws -> Library {
        let text = try XCTUnwrap(EmbeddedResources.sampleLibraries["glostrup"])
        var library = try LibraryCodec.decode(Array(text.utf8), file: "glostrup.json")
        library.moveOccurrence(event: "e1", on: day("2026-12-12"), to: try XCTUnwrap(LocalDateTime(iso: "2026-12-13T14:00")))
        library.events[0].overrides += [
            OccurrenceOverride(date: day("2027-01-09"), title: "Repair café: nytår", location: "Kulturhuset"),
            OccurrenceOverride(date: day("2027-03-13"), durationMinutes: 240, description: "Med cykelværksted"),
        ]
        XCTAssertEqual(LibraryValidator.problems(in: library, file: "glostrup.json"), [])
        return library
    }

    override func initialFiles() throws -> [String: String] {
        let glostrup = String(decoding: LibraryCodec.encode(try Self.glostrup()), as: UTF8.self)
        return ["glostrup.json": glostrup,
                "tom.json": Fixture.minimalLibrary(id: "tom", name: "Tom")]
    }

    private func run(_ arguments: [String]) -> RunResult { runBibplan(["--data-dir", path, "--today", "2026-11-28"] + arguments) }

    private func load(_ id: String) throws -> Library {
        try LibraryCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path + "/" + id + ".json"))), file: id + ".json")
    }

    private func export(_ id: String, to name: String) throws -> String {
        let result = run(["--library", id, "export", "ics"])
        XCTAssertEqual(result.status, 0, result.errors)
        try Data(result.output.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
        return result.output
    }

    /// `start–end title` of every occurrence in the plan period.
    private func occurrences(_ library: Library) -> [String] {
        let index = LibraryIndex(library)
        return index.occurrences(in: Self.plan).map { "\($0.start.iso)–\($0.end.iso) \(index.event(of: $0).title)" }.sorted()
    }

    func testAnOverrideIsWrittenWithTheSeriesUIDAndItsRecurrenceID() throws {
        let text = try export("glostrup", to: "glostrup.ics")
        let moved = try XCTUnwrap(text.components(separatedBy: "BEGIN:VEVENT")
            .first { $0.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261212T100000") })
        XCTAssertEqual(Array(moved.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP") && !$0.isEmpty }.prefix(5)), [
            "UID:e1@glostrup.bibplan",
            "RECURRENCE-ID;TZID=Europe/Copenhagen:20261212T100000",
            "DTSTART;TZID=Europe/Copenhagen:20261213T140000",
            "DTEND;TZID=Europe/Copenhagen:20261213T170000",
            "SUMMARY:Repair café",
        ])
        XCTAssertTrue(moved.contains("DESCRIPTION:Bibliotekets repair café"), "a changed time is whole in itself: the series' text too")
        let retitled = try XCTUnwrap(text.components(separatedBy: "BEGIN:VEVENT")
            .first { $0.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20270109T100000") })
        XCTAssertTrue(retitled.contains("SUMMARY:Repair café: nytår\r\nLOCATION:Kulturhuset\r\n"), retitled)
        XCTAssertEqual(text.components(separatedBy: "RECURRENCE-ID").count - 1, 3)
    }

    func testPythonExpandsTheExportToExactlyBibplansOccurrencesOverridesIncluded() throws {
        _ = try export("glostrup", to: "glostrup.ics")
        let arguments = [path + "/glostrup.ics", Self.plan.first.iso, Self.plan.last.adding(days: 1).iso, "full"]
        let python = try PythonCheck.json(RealWorldCalendarTests.expandScript, arguments: arguments,
                                          modules: ["icalendar", "recurring_ical_events"], as: [String].self)
        let bibplan = occurrences(try load("glostrup"))
        XCTAssertEqual(python, bibplan)
        XCTAssertTrue(bibplan.contains("2026-12-13T14:00–2026-12-13T17:00 Repair café"))
        XCTAssertFalse(bibplan.contains { $0.hasPrefix("2026-12-12T10:00") })
        XCTAssertTrue(bibplan.contains("2027-01-09T10:00–2027-01-09T13:00 Repair café: nytår"))
        XCTAssertTrue(bibplan.contains("2027-03-13T10:00–2027-03-13T14:00 Repair café"))
    }

    func testRoundTripGivesTheSameEventsOverridesAndExdates() throws {
        _ = try export("glostrup", to: "glostrup.ics")
        let first = run(["--library", "tom", "import", "ics", path + "/glostrup.ics", "--strict"])
        XCTAssertEqual(first.status, 0, first.errors)
        let glostrup = try load("glostrup"), tom = try load("tom")
        let series = try XCTUnwrap(tom.events.first { $0.title == "Repair café" && $0.rrule != nil })
        XCTAssertEqual(series.overrides, glostrup.events[0].overrides)
        XCTAssertEqual(series.exdates, glostrup.events[0].exdates)
        XCTAssertEqual(tom.events.count, glostrup.events.count, "no event of its own for a changed time")
        XCTAssertEqual(occurrences(tom), occurrences(glostrup))

        let again = try export("tom", to: "tom.ics")
        let events = try load("tom").events
        try directory?.write("tom.json", Fixture.minimalLibrary(id: "tom", name: "Tom"))
        XCTAssertEqual(run(["--library", "tom", "import", "ics", path + "/tom.ics", "--strict"]).status, 0)
        XCTAssertEqual(try load("tom").events, events)
        XCTAssertEqual(try export("tom", to: "tom2.ics"), again)
        XCTAssertTrue(run(["--library", "tom", "import", "ics", path + "/tom.ics"]).output.contains(" 0 new, 0 changed, "))
    }

    func testAgendaSaysWhereAMovedTimeCameFrom() throws {
        let text = run(["--library", "glostrup", "--lang", "da", "agenda", "--from", "2026-12-13", "--days", "1"])
        XCTAssertEqual(text.status, 0, text.errors)
        let lines = text.output.components(separatedBy: "\n")
        let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("14:00–17:00  Repair café") }, text.output)
        XCTAssertEqual(lines[row + 1].trimmingCharacters(in: .whitespaces), "flyttet fra lør 12/12 10:00", text.output)
        let json = try run(["--library", "glostrup", "agenda", "--from", "2026-12-13", "--days", "1", "--json"]).json()
        let occurrences = try XCTUnwrap(json["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.first { $0["event"] as? String == "e1" }?["movedFrom"] as? String, "2026-12-12T10:00")
    }

    func testAVolunteersRosterShowsTheTimeAndTitleOfAChangedTime() throws {
        let moved = run(["--library", "glostrup", "--lang", "da", "roster", "--volunteer", "v20", "--from", "2026-12-01", "--days", "31"])
        XCTAssertEqual(moved.status, 0, moved.errors)
        XCTAssertTrue(moved.output.contains("søn 13/12   14:00–17:00  Repair café"), moved.output)
        let retitled = run(["--library", "glostrup", "--lang", "da", "roster", "--volunteer", "v7", "--from", "2027-01-01", "--days", "31"])
        XCTAssertTrue(retitled.output.contains("Repair café: nytår"), retitled.output)
    }
}
