import BibplanCommands
import BibplanCore
import XCTest

/// `today` and `agenda` on a library with opening hours and closing days: the day's
/// opening under the title, why an occurrence is flagged under it, skipped days gone.
final class HoursCommandTests: XCTestCase {
    /// Open 10–17 with staff and 8–21 self-service on weekdays; closed 27 December – 8 January for stocktaking.
    /// Læseklub (Mondays 19:00–20:30) is flagged on closing days; Babysalmesang (Mondays 10:00) skips them;
    /// Natcafé (Mondays 21:00–22:00) runs past closing time.
    private static let library = #"""
    {
      "schema": 1, "id": "aeroe", "name": "Ærø Bibliotek",
      "openingHours": {
        "staffed": { "mon": "10-17", "tue": "10-17", "wed": "10-17", "thu": "10-17", "fri": "10-17" },
        "selfService": { "mon": "8-21", "tue": "8-21", "wed": "8-21", "thu": "8-21", "fri": "8-21" }
      },
      "closingDays": [ { "from": "2028-12-27", "to": "2029-01-08", "reason": "lageroptælling" } ],
      "events": [
        { "id": "e1", "title": "Læseklub", "start": "2028-12-04T19:00", "durationMinutes": 90, "rrule": "FREQ=WEEKLY" },
        { "id": "e2", "title": "Babysalmesang", "start": "2028-12-04T10:00", "durationMinutes": 60, "rrule": "FREQ=DAILY",
          "onClosingDay": "skip" },
        { "id": "e3", "title": "Natcafé", "start": "2028-12-18T21:00", "durationMinutes": 60 }
      ]
    }
    """#

    private func run(_ arguments: [String], language: String = "da") throws -> RunResult {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Self.library])
        return runBibplan(["--data-dir", directory.path, "--lang", language, "--library", "aeroe"] + arguments)
    }

    func testTodayOnAPublicHolidaySaysClosedAndFlagsWhatStays() throws {
        let result = try run(["--today", "2028-12-25", "today"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, """
        Ærø Bibliotek: mandag 25. december 2028 (juledag)
        Lukket: juledag

        19:00–20:30  Læseklub
                     lukket: juledag

        """)
    }

    func testTodayOnAnOrdinaryDayGivesItsHoursAndFlagsWhatRunsPastThem() throws {
        let result = try run(["--today", "2028-12-18", "today"], language: "en")
        XCTAssertEqual(result.output, """
        Ærø Bibliotek: Monday 18 December 2028
        Open 10–17 · self-service 8–21

        10:00–11:00  Babysalmesang
        19:00–20:30  Læseklub
        21:00–22:00  Natcafé
                     outside opening hours

        """)
    }

    func testAgendaLeavesOutSkippedDaysAndNamesTheLibrarysOwn() throws {
        let result = try run(["--today", "2028-12-24", "agenda", "--days", "16"])
        let babysalmesang = result.output.components(separatedBy: "\n").filter { $0.contains("Babysalmesang") }
        XCTAssertEqual(babysalmesang.count, 1, "only 24 December (a Sunday, no holiday) remains: " + result.output)
        XCTAssertTrue(result.output.contains("mandag 25. december 2028 · lukket: juledag\n19:00–20:30  Læseklub\n             lukket: juledag\n"),
                      result.output)
        XCTAssertTrue(result.output.contains("mandag 1. januar 2029 · lukket: nytårsdag\n"), "a holiday names itself inside the library's period")
        XCTAssertTrue(result.output.hasSuffix("mandag 8. januar 2029 · lukket: lageroptælling\n19:00–20:30  Læseklub\n             lukket: lageroptælling\n"),
                      result.output)
        XCTAssertFalse(result.output.contains("december 2028 · lukket: lageroptælling"), "closed days with nothing left have no heading")
    }

    func testJSONCarriesTheFlags() throws {
        let christmas = try run(["--today", "2028-12-25", "today", "--json"]).json()
        let occurrences = try XCTUnwrap(christmas["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.map { $0["event"] as? String }, ["e1"])
        XCTAssertEqual(occurrences.first?["closed"] as? String, "juledag")
        let late = try run(["--today", "2028-12-18", "today", "--json"]).json()
        let flags = try XCTUnwrap(late["occurrences"] as? [[String: Any]]).map { $0["outsideOpeningHours"] as? Bool }
        XCTAssertEqual(flags, [nil, nil, true])
    }
}
