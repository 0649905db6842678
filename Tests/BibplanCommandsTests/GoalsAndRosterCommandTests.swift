import BibplanCommands
import BibplanCore
import XCTest

final class GoalsAndRosterCommandTests: FixtureLibraryTestCase {
    // MARK: goals

    func testGoalsTreeInEnglish() {
        let result = run(["goals"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, """
        Ærø Bibliotek: Biblioteksplan 2026

        on track      40% (overall 60%)   Læsning for alle
        at risk       20%                   Læseklubber på skolerne
        active                                initiative: Sommerbogen
        done          100%                  Bøger til ældre
        not started   0%                  Fællesskab
        planned                             initiative: Strikkeklub

        """)
    }

    func testGoalsInDanish() {
        let output = run(["goals"], language: "da").output
        XCTAssertTrue(output.contains("på sporet     40 % (samlet 60 %)  Læsning for alle\n"), output)
        XCTAssertTrue(output.contains("i gang                                initiativ: Sommerbogen\n"), output)
        XCTAssertTrue(output.contains("ikke startet  0 %                 Fællesskab\n"), output)
    }

    func testGoalsJSON() throws {
        let document = try run(["goals", "--json"]).json()
        XCTAssertEqual(document["library"] as? String, "aeroe")
        let goals = try XCTUnwrap(document["goals"] as? [[String: Any]])
        XCTAssertEqual(goals.map { $0["id"] as? String }, ["g1", "g1.1", "g1.2", "g2"])
        XCTAssertTrue(goals[0]["parent"] is NSNull)
        XCTAssertEqual(goals[1]["parent"] as? String, "g1")
        XCTAssertEqual(goals[0]["status"] as? String, "on-track")
        XCTAssertEqual(goals[0]["progress"] as? Int, 40)
        XCTAssertEqual(goals[0]["rolledUpProgress"] as? Int, 60)
        XCTAssertEqual(goals[1]["initiatives"] as? [String], ["i1"])
        XCTAssertEqual(goals[0]["initiatives"] as? [String], [])
    }

    // MARK: roster

    func testRosterListsEventsWithVolunteersOverTwentyEightDays() {
        let result = run(["roster"])
        XCTAssertEqual(result.status, 0)
        let output = result.output
        XCTAssertTrue(output.hasPrefix("Ærø Bibliotek: roster Tuesday 10 November 2026 – Monday 7 December 2026\n\n"), output)
        XCTAssertTrue(output.contains("""
        Tuesday 10 November 2026
        14:00–16:00  Strikkecafé  (Store sal)
                     Åse Østergård (Vært)
                     Bjørn Ærlig (Kaffe)
                     fully staffed

        Saturday 14 November 2026
        10:00–13:00  Repair café  (Værkstedet)
                     Carl Hansen (Reparatør)
                     2 volunteers missing
        """), output)
        XCTAssertTrue(output.contains("Tuesday 1 December 2026\n14:00–16:00  Strikkecafé  (Store sal)\n             2 volunteers missing\n"), output)
        XCTAssertFalse(output.contains("Forfatteraften"), "an event without volunteers is not on the roster")
        XCTAssertFalse(output.contains("12 December"), "outside the 28 days")
    }

    func testRosterJSON() throws {
        let document = try run(["roster", "--from", "2026-11-10", "--days", "7", "--json"]).json()
        XCTAssertEqual(document["to"] as? String, "2026-11-16")
        let occurrences = try XCTUnwrap(document["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.map { $0["event"] as? String }, ["e1", "e2"])
        XCTAssertEqual(occurrences.map { ($0["volunteers"] as? [Any])?.count }, [2, 1])
        XCTAssertEqual(occurrences.map { $0["needed"] as? Int }, [2, 3])
    }

    func testOneVolunteersShifts() {
        let result = run(["roster", "--volunteer", "v1"], language: "da")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, """
        Ærø Bibliotek, Åse Østergård: vagter tirsdag 10. november 2026 – mandag 7. december 2026

        tir 10/11   14:00–16:00  Strikkecafé  (Store sal)  – Vært
        tir 17/11   14:00–16:00  Strikkecafé  (Store sal)  – Vært

        """)
    }

    func testOneVolunteerWithoutShifts() {
        XCTAssertTrue(run(["roster", "--volunteer", "v2", "--from", "2026-11-11"]).output.hasSuffix("\n\nNo shifts in this period.\n"))
    }

    func testOneVolunteersShiftsJSON() throws {
        let document = try run(["roster", "--volunteer", "v3", "--json"]).json()
        XCTAssertEqual(document["volunteer"] as? [String: String], ["id": "v3", "name": "Carl Hansen"])
        let shifts = try XCTUnwrap(document["shifts"] as? [[String: Any]])
        XCTAssertEqual(shifts.count, 1)
        XCTAssertEqual(shifts[0]["id"] as? String, "s3")
        XCTAssertEqual(shifts[0]["title"] as? String, "Repair café")
        XCTAssertEqual(shifts[0]["date"] as? String, "2026-11-14")
        XCTAssertEqual(shifts[0]["start"] as? String, "2026-11-14T10:00")
        XCTAssertEqual(shifts[0]["role"] as? String, "Reparatør")
    }

    func testUnknownVolunteerIsBadUsage() {
        let result = run(["roster", "--volunteer", "v9"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors, """
        bibplan: --volunteer: no volunteer with id or name "v9" in aeroe
        usage: bibplan [OPTIONS] roster [--volunteer ID] [--from DATE] [--days N] [--json]

        """)
    }
}
