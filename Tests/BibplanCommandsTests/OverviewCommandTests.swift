import BibplanCommands
import BibplanCore
import BibplanResources
import XCTest

/// `overview`: every library in a block, the themes, the partners.
final class OverviewCommandTests: TwoLibrariesTestCase {
    func testABlockForEachLibraryWithGoalsEventsAndOpenSlots() {
        let result = run(["--today", "2026-11-10", "overview"])
        XCTAssertEqual(result.status, 0, result.errors)
        let text = result.output
        XCTAssertTrue(text.hasPrefix("Overview of 2 libraries · Tuesday 10 November 2026\n\nÆrø Bibliotek [aeroe]\n"
            + "  Plan        Biblioteksplan 2026 (2026-01-01 – 2026-12-31)\n"
            + "  Goals       1 on track · 1 at risk · 0 off track · 1 not started · 1 done\n"
            // Strikkecafé and Forfatteraften on the 10th, Repair café on the 14th.
            + "  This week   3 events (Tue 10 Nov–Mon 16 Nov)\n"
            // Strikkecafé 17 Nov 1, 24 Nov 2, 1 Dec 2; Repair café 14 Nov 2.
            + "  Volunteers  7 open slots in the coming four weeks\n\n"
            + "Bornholms Biblioteker [bornholm]\n"
            + "  Plan        Strategi for Bornholms Biblioteker og Borgerservice i kommunens\n"
            + "              fem byer (2026-01-01 – 2026-12-31)\n"
            + "  Vision      Bornholms Biblioteker er øens fælles stue, hvor alle kan låne, læ…\n"
            + "  Goals       1 on track · 1 at risk · 0 off track · 0 not started · 0 done\n"
            + "  This week   1 event (Tue 10 Nov–Mon 16 Nov)\n"
            + "  Volunteers  4 open slots in the coming four weeks\n"), text)
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, text)
    }

    func testThemesLineUpTheLibrariesGoalsAndInitiatives() {
        let text = run(["--today", "2026-11-10", "overview"]).output
        XCTAssertTrue(text.contains("""
        Themes
          reading (2 libraries)
            [aeroe]     initiative  Sommerbogen
            [bornholm]  goal        Læselyst
          volunteering (1 library)
            [bornholm]  goal        Frivillige fællesskaber i alle fem byer på øen, fra
                                    Rønne og Nexø til Allinge, Aakirkeby og Hasle
            [bornholm]  initiative  Lektiecafé
          communities (1 library)
            [bornholm]  goal        Frivillige fællesskaber i alle fem byer på øen, fra
                                    Rønne og Nexø til Allinge, Aakirkeby og Hasle

        """), text)
    }

    func testSharedPartnersComeFirstOnceWithTheirLibraries() {
        let text = run(["--today", "2026-11-10", "overview"], language: "da").output
        XCTAssertTrue(text.hasSuffix("""
        Partnere
          røde kors: aeroe, bornholm
            [aeroe]     Sommerbogen
            [bornholm]  Lektiecafé
          Bornholms Museum: bornholm
            [bornholm]  Lektiecafé

        """), text)
        XCTAssertTrue(text.contains("  Mål         1 på sporet · 1 i fare · 0 bagud · 1 ikke startet · 1 nået\n"), text)
    }

    func testJSONHasEveryLibraryThemeAndPartner() throws {
        let document = try run(["--today", "2026-11-10", "overview", "--json"]).json()
        XCTAssertEqual(document["date"] as? String, "2026-11-10")
        let libraries = try XCTUnwrap(document["libraries"] as? [[String: Any]])
        XCTAssertEqual(libraries.compactMap { $0["id"] as? String }, ["aeroe", "bornholm"])
        XCTAssertEqual(libraries.compactMap { $0["openSlots"] as? Int }, [7, 4])
        XCTAssertEqual(libraries.compactMap { $0["eventsThisWeek"] as? Int }, [3, 1])
        XCTAssertEqual(libraries.first?["goals"] as? [String: Int], ["not-started": 1, "on-track": 1, "at-risk": 1, "off-track": 0, "done": 1])
        let themes = try XCTUnwrap(document["themes"] as? [[String: Any]])
        XCTAssertEqual(themes.compactMap { $0["theme"] as? String }, ["reading", "volunteering", "communities"])
        XCTAssertEqual(themes.first?["libraries"] as? Int, 2)
        let partners = try XCTUnwrap(document["partners"] as? [[String: Any]])
        XCTAssertEqual(partners.first?["libraries"] as? [String], ["aeroe", "bornholm"])
        XCTAssertEqual((partners.first?["initiatives"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["i1", "i1"])
    }

    func testLibraryNarrowsTheOverview() throws {
        let document = try run(["--library", "bornholm", "overview", "--json"]).json()
        XCTAssertEqual((document["libraries"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["bornholm"])
        XCTAssertEqual(run(["--library", "aeroe,nowhere", "overview"]).status, 2)
    }

    func testTheFourSampleLibrariesFitEightyColumns() throws {
        let samples = EmbeddedResources.sampleLibraries
        let directory = try TemporaryDataDirectory(files: Dictionary(uniqueKeysWithValues: samples.map { ($0.key + ".json", $0.value) }))
        for language in ["da", "en"] {
            let result = runBibplan(["--data-dir", directory.path, "--today", "2026-11-28", "--lang", language, "overview"])
            XCTAssertEqual(result.status, 0, result.errors)
            let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.filter { $0.count > 80 }, [])
            for id in ["albertslund", "ballerup", "glostrup", "taarnby"] {
                XCTAssertEqual(lines.filter { $0.hasSuffix(" [\(id)]") && !$0.hasPrefix(" ") }.count, 1, id)
            }
        }
        let document = try runBibplan(["--data-dir", directory.path, "--today", "2026-11-28", "overview", "--json"]).json()
        let themes = try XCTUnwrap(document["themes"] as? [[String: Any]])
        XCTAssertEqual(themes.first { $0["theme"] as? String == "communities" }?["libraries"] as? Int, 4)
    }
}
