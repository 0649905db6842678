import BibplanCommands
import BibplanCore
import XCTest

final class CalendarCommandTests: FixtureLibraryTestCase {
    func testTodayInDanish() {
        let result = run(["today", "--today", "2026-11-10"], language: "da")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.errors, "")
        XCTAssertEqual(result.output, """
        Ærø Bibliotek: tirsdag 10. november 2026

        14:00–16:00  Strikkecafé  (Store sal)
                     Åse Østergård (Vært)
                     Bjørn Ærlig (Kaffe)
        19:00–20:30  Forfatteraften: Øjvind Ærlig  (Salen)

        """)
    }

    func testTodayUsesTheRealDateWithoutTodayOption() {
        let result = run(["today"])
        XCTAssertTrue(result.output.hasPrefix("Ærø Bibliotek: Tuesday 10 November 2026\n"), result.output)
    }

    func testTodayWithVolunteersMissing() {
        let english = run(["today", "--today", "2026-11-14"])
        XCTAssertEqual(english.output, """
        Ærø Bibliotek: Saturday 14 November 2026

        10:00–13:00  Repair café  (Værkstedet)
                     Carl Hansen (Reparatør)
                     2 volunteers missing

        """)
        let danish = run(["today", "--today", "2026-11-17"], language: "da")
        XCTAssertTrue(danish.output.contains("             Åse Østergård (Vært)\n             mangler 1 frivillig\n"), danish.output)
    }

    func testTodayWithoutEvents() {
        XCTAssertTrue(run(["today", "--today", "2026-11-11"]).output.hasSuffix("\n\nNo events today.\n"))
        XCTAssertTrue(run(["today", "--today", "2026-11-11"], language: "da").output.hasSuffix("\n\nIngen arrangementer i dag.\n"))
    }

    func testTodayNamesAHoliday() {
        XCTAssertTrue(run(["today", "--today", "2026-12-25"], language: "da").output.hasPrefix("Ærø Bibliotek: fredag 25. december 2026 (juledag)\n"))
    }

    func testMonthlySecondSaturdaySkipsItsExdate() {
        let july = run(["agenda", "--from", "2026-07-01", "--days", "31", "--json"])
        let august = run(["agenda", "--from", "2026-08-01", "--days", "31", "--json"])
        XCTAssertFalse(july.output.contains("\"e2\""))
        XCTAssertTrue(august.output.contains("\"start\": \"2026-08-08T10:00\""), august.output)
    }

    func testTodayJSON() throws {
        let result = run(["today", "--today", "2026-11-14", "--json"])
        XCTAssertEqual(result.status, 0)
        let document = try result.json()
        XCTAssertEqual(document["library"] as? String, "aeroe")
        XCTAssertEqual(document["date"] as? String, "2026-11-14")
        let occurrences = try XCTUnwrap(document["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.count, 1)
        let repair = occurrences[0]
        XCTAssertEqual(repair["event"] as? String, "e2")
        XCTAssertEqual(repair["title"] as? String, "Repair café")
        XCTAssertEqual(repair["start"] as? String, "2026-11-14T10:00")
        XCTAssertEqual(repair["end"] as? String, "2026-11-14T13:00")
        XCTAssertEqual(repair["location"] as? String, "Værkstedet")
        XCTAssertEqual(repair["audience"] as? String, "all")
        XCTAssertEqual(repair["missing"] as? Int, 2)
        let volunteers = try XCTUnwrap(repair["volunteers"] as? [[String: String]])
        XCTAssertEqual(volunteers, [["id": "v3", "name": "Carl Hansen", "role": "Reparatør"]])
    }

    func testAgendaGroupsByDay() {
        let result = run(["agenda", "--from", "2026-11-10"], language: "da")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, """
        Ærø Bibliotek: tirsdag 10. november 2026 – mandag 16. november 2026

        tirsdag 10. november 2026
        14:00–16:00  Strikkecafé  (Store sal)
                     Åse Østergård (Vært)
                     Bjørn Ærlig (Kaffe)
        19:00–20:30  Forfatteraften: Øjvind Ærlig  (Salen)

        lørdag 14. november 2026
        10:00–13:00  Repair café  (Værkstedet)
                     Carl Hansen (Reparatør)
                     mangler 2 frivillige

        """)
    }

    func testAgendaFromDefaultsToToday() {
        XCTAssertTrue(run(["agenda", "--days", "1"]).output.hasPrefix("Ærø Bibliotek: Tuesday 10 November 2026\n"))
    }

    func testAgendaWithoutEvents() {
        XCTAssertTrue(run(["agenda", "--from", "2026-11-11", "--days", "2"]).output.hasSuffix("\n\nNo events in this period.\n"))
    }

    func testAgendaJSON() throws {
        let result = run(["agenda", "--from", "2026-11-10", "--days", "8", "--json"])
        let document = try result.json()
        XCTAssertEqual(document["from"] as? String, "2026-11-10")
        XCTAssertEqual(document["to"] as? String, "2026-11-17")
        let occurrences = try XCTUnwrap(document["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.map { $0["start"] as? String },
                       ["2026-11-10T14:00", "2026-11-10T19:00", "2026-11-14T10:00", "2026-11-17T14:00"])
        XCTAssertEqual(occurrences.map { $0["missing"] as? Int }, [0, 0, 2, 1])
    }
}
