import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `landscape.json` in `check`, `overview --theme` and the plan periods (issue 19).
final class LandscapeCommandTests: TwoLibrariesTestCase {
    static let landscape = #"""
    {
      "schema": 1,
      "source": "Strategisk Folkebiblioteksmøde",
      "actors": [
        { "id": "ddf", "name": "Det Digitale Folkebibliotek", "items": [
          { "id": "ddf-strategi", "kind": "strategy", "title": "Strategi for den digitale fremtid",
            "from": "2022-01-01", "to": "2025-12-31", "themes": ["digitalisation"] } ] },
        { "id": "bdi", "name": "Bibliotekernes Data og IT", "items": [] },
        { "id": "kb", "name": "Det Kgl. Bibliotek", "items": [
          { "id": "kb-laesning", "kind": "product", "title": "Læsning for alle", "themes": ["reading"] } ] }
      ]
    }
    """#

    /// Ærø with its priorities, one goal taking up DDF's strategy, an initiative under the theme.
    static let aeroe = Fixture.library
        .replacingOccurrences(of: #""title": "Læsning for alle", "status": "on-track", "progress": 40 }"#,
                              with: #""title": "Læsning for alle", "status": "on-track", "progress": 40, "themes": ["digitalisation"], "priority": 2 }"#)
        .replacingOccurrences(of: #""title": "Fællesskab", "status": "not-started", "progress": 0 }"#,
                              with: #""title": "Fællesskab", "status": "not-started", "progress": 0, "priority": 1, "contributes": ["ddf-strategi"] }"#)
        .replacingOccurrences(of: #""title": "Strikkeklub", "goals": ["g2"], "status": "planned""#,
                              with: #""title": "Strikkeklub", "goals": ["g2"], "status": "planned", "owner": "Åse", "from": "2026-03-01", "to": "2026-09-30", "themes": ["digitalisation"]"#)

    /// A library whose plan ended in 2020, with a goal left "on track".
    static let ended = #"""
    { "schema": 1, "id": "gammel", "name": "Gammel Bibliotek",
      "plan": { "title": "Strategi 2017-2020", "from": "2017-01-01", "to": "2020-12-31" },
      "goals": [ { "id": "g1", "parent": null, "title": "Digitale tilbud", "status": "on-track", "progress": 80, "themes": ["digitalisation"] } ],
      "initiatives": [], "events": [], "volunteers": [], "shifts": [] }
    """#

    private func withLandscape() throws {
        try directory?.write("landscape.json", Self.landscape)
        try directory?.write("aeroe.json", Self.aeroe)
        try directory?.write("gammel.json", Self.ended)
    }

    func testCheckReadsTheLandscapeAndTheOverviewDoesNotTakeItForALibrary() throws {
        try withLandscape()
        let check = run(["check"])
        XCTAssertEqual(check.status, 0, check.output + check.errors)
        XCTAssertTrue(check.output.hasPrefix("landscape.json: ok (3 parties, 2 items)\naeroe.json: ok"), check.output)
        let json = try run(["check", "--json"]).json()
        XCTAssertEqual((json["landscape"] as? [String: Any])?["ok"] as? Bool, true)
        XCTAssertTrue(run(["overview"]).output.hasPrefix("Overview of 3 libraries"))
    }

    func testABrokenLandscapeIsListedWithLineAndPath() throws {
        try withLandscape()
        try directory?.write("landscape.json", #"""
        { "schema": 1, "actors": [
          { "id": "ddf", "name": "DDF", "items": [
            { "id": "x", "kind": "app", "title": "A", "from": "2025-01-01", "to": "2024-01-01" },
            { "id": "ddf", "kind": "strategy", "title": "B", "colour": "red" } ] } ] }
        """#)
        let check = run(["check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains(#"landscape.json:3:26: actors[0].items[0].kind: "app" is not one of "strategy", "infrastructure" or "product""#), check.output)
        XCTAssertTrue(check.output.contains(#"landscape.json:3:75: actors[0].items[0]: "to" 2024-01-01 is before "from" 2025-01-01"#), check.output)
        XCTAssertTrue(check.output.contains(#"landscape.json:4:13: actors[0].items[1].id: the id "ddf" is used twice"#), check.output)
        XCTAssertTrue(check.output.contains(#"landscape.json:4:63: actors[0].items[1].colour: unknown key "colour""#), check.output)
        XCTAssertFalse(check.output.contains("contributes"), "a broken landscape is listed once, not again for each reference to it")
        let overview = run(["overview", "--theme", "reading"])
        XCTAssertEqual(overview.status, 1, "a broken landscape is not read as an empty one")
    }

    func testAContributionToAnItemTheLandscapeDoesNotHaveIsAProblem() throws {
        try withLandscape()
        try directory?.write("aeroe.json", Self.aeroe.replacingOccurrences(of: #""contributes": ["ddf-strategi"]"#,
                                                                          with: #""contributes": ["ddf-strategi", "kombit-x"]"#))
        let check = run(["check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains(#"aeroe.json: goals[3].contributes[1]: "kombit-x" is not an item of landscape.json"#), check.output)
    }

    func testOneThemeAcrossTheLibrariesWithTheNationalItemsAndTheGaps() throws {
        try withLandscape()
        let result = run(["--today", "2026-11-10", "overview", "--theme", "digitalisering"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, """
        Theme: digitalisation · Tuesday 10 November 2026

        National items
          Det Digitale Folkebibliotek
            strategy        Strategi for den digitale fremtid
          No items under the theme: Bibliotekernes Data og IT, Det Kgl. Bibliotek

        The libraries' goals and initiatives
          [aeroe]     goal        Fællesskab
                                  not started · 0% · 2026-01-01–2026-12-31 · priority 1
                                  takes up: Strategi for den digitale fremtid
          [aeroe]     goal        Læsning for alle
                                  on track · 60% · 2026-01-01–2026-12-31 · priority 2
          [aeroe]     initiative  Strikkeklub
                                  planned · 2026-03-01–2026-09-30 · Åse
          [gammel]    goal        Digitale tilbud
                                  historical · 2017-01-01–2020-12-31

        Nothing under the theme
          [bornholm]  Bornholms Biblioteker

        """)
        let json = try run(["--today", "2026-11-10", "overview", "--theme", "digitalisation", "--json"]).json()
        XCTAssertEqual(json["librariesWithout"] as? [String], ["bornholm"])
        let items = try XCTUnwrap(json["items"] as? [[String: Any]])
        XCTAssertEqual(items.map { $0["id"] as? String }, ["g2", "g1", "i2", "g1"])
        XCTAssertEqual(items.last?["status"] as? String, "historical")
        XCTAssertEqual(items.first?["contributes"] as? [String], ["ddf-strategi"])
        XCTAssertEqual((json["national"] as? [[String: Any]])?.map { $0["id"] as? String }, ["ddf-strategi"])
        let periods = try XCTUnwrap(json["periods"] as? [[String: Any]])
        XCTAssertEqual(periods.map { $0["ended"] as? Bool }, [false, false, true])
        XCTAssertEqual((periods.first?["priorities"] as? [[String: Any]])?.map { $0["goal"] as? String }, ["g2", "g1"])
    }

    func testThePlanPeriodsSideBySideWithTheEndedPlanFlagged() throws {
        try withLandscape()
        let text = run(["--today", "2026-11-10", "overview"]).output
        XCTAssertTrue(text.contains("""
        Plan periods 2017–2026 (│ = 2026)
          [aeroe]     ·········█  2026-01-01 – 2026-12-31
          [bornholm]  ·········█  2026-01-01 – 2026-12-31
          [gammel]    ████·····│  2017-01-01 – 2020-12-31, ended
        """), text)
        XCTAssertTrue(text.contains("  Plan        Strategi 2017-2020 (2017-01-01 – 2020-12-31), ended\n"
                                    + "  Goals       1 historical (the plan has ended)\n"), text)
        let libraries = try XCTUnwrap(try run(["--today", "2026-11-10", "overview", "--json"]).json()["libraries"] as? [[String: Any]])
        XCTAssertEqual(libraries.map { $0["planEnded"] as? Bool }, [false, false, true])
    }

    func testGoalsAndTheFollowUpOfAnEndedPlanShowHistoryNotHealth() throws {
        try withLandscape()
        let goals = run(["--today", "2026-11-10", "--library", "gammel", "goals"]).output
        XCTAssertTrue(goals.hasPrefix("Gammel Bibliotek: Strategi 2017-2020 (ended; the goals are history)\n\nhistorical    80%"), goals)
        let report = run(["--today", "2026-11-10", "--library", "gammel", "report"]).output
        XCTAssertTrue(report.contains("The plan ended on 31 December 2020; its goals are history.\n"), report)
        XCTAssertFalse(report.contains("**Computed:**"), "no health computed against a plan that has ended")
        XCTAssertEqual(try run(["--today", "2026-11-10", "--library", "gammel", "goals", "--json"]).json()["planEnded"] as? Bool, true)
        XCTAssertEqual(try run(["--today", "2026-11-10", "--library", "aeroe", "goals", "--json"]).json()["planEnded"] as? Bool, false)
        XCTAssertEqual(try run(["--today", "2026-11-10", "--library", "gammel", "report", "--json"]).json()["planEnded"] as? Bool, true)
        XCTAssertTrue(run(["--today", "2026-11-10", "--library", "aeroe", "report"]).output.contains("**Computed:**"))
    }

    func testTheOverviewSaysWhatALibraryInvents() throws {
        try directory?.write("aeroe.json", Fixture.library.replacingOccurrences(
            of: #""to": "2026-12-31" },"#, with: #""to": "2026-12-31" }, "exampleContent": "Tiderne er opdigtede.","#))
        let text = run(["--today", "2026-11-10", "overview"]).output
        XCTAssertTrue(text.contains("  Plan        Biblioteksplan 2026 (2026-01-01 – 2026-12-31)\n  Example     Tiderne er opdigtede.\n"), text)
        let libraries = try XCTUnwrap(try run(["overview", "--json"]).json()["libraries"] as? [[String: Any]])
        XCTAssertEqual(libraries.first?["exampleContent"] as? String, "Tiderne er opdigtede.")
        XCTAssertTrue(libraries.last?["exampleContent"] is NSNull)
    }

    func testAFirstRunWritesTheLandscapeBesideTheSampleLibraries() throws {
        let fresh = try TemporaryDataDirectory(create: false)
        let result = runBibplan(["--data-dir", fresh.path, "check"],
                                samples: ["aeroe": Fixture.library, Landscape.fileID: Self.landscape])
        XCTAssertEqual(result.status, 0, result.output + result.errors)
        XCTAssertTrue(fresh.exists("landscape.json"))
        XCTAssertTrue(result.errors.hasSuffix("with the sample libraries aeroe\n"), result.errors)
    }
}
