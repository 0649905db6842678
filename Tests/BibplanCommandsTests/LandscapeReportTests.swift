import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `report --landscape [--theme]`: the yearly meeting's material for one theme (issue 19).
final class LandscapeReportTests: TwoLibrariesTestCase {
    override func initialFiles() throws -> [String: String] {
        try super.initialFiles().merging(["landscape.json": LandscapeCommandTests.landscape, "aeroe.json": LandscapeCommandTests.aeroe,
                                          "gammel.json": LandscapeCommandTests.ended]) { _, new in new }
    }

    func testMarkdownHasThePeriodsWithPrioritiesTheNationalItemsEachLibraryAndTheGaps() {
        let result = run(["--today", "2026-11-10", "report", "--landscape", "--theme", "digitalisation"])
        XCTAssertEqual(result.status, 0, result.errors)
        let text = result.output
        XCTAssertTrue(text.hasPrefix("# The strategy landscape: digitalisation\n\nMade 10 November 2026 · 3 libraries · "
                                     + "source: Strategisk Folkebiblioteksmøde\n"), text)
        XCTAssertTrue(text.contains("| Ærø Bibliotek | Biblioteksplan 2026 | 2026-01-01 – 2026-12-31 | 1\\. Fællesskab; 2. Læsning for alle |\n"), text)
        XCTAssertTrue(text.contains("| Gammel Bibliotek | Strategi 2017-2020 | 2017-01-01 – 2020-12-31, ended |  |\n"), text)
        XCTAssertTrue(text.contains("| Det Digitale Folkebibliotek | strategy | Strategi for den digitale fremtid | 2022-01-01–2025-12-31 |  |\n"), text)
        XCTAssertTrue(text.contains("No items under the theme: Bibliotekernes Data og IT, Det Kgl. Bibliotek\n"), text)
        XCTAssertTrue(text.contains("### Ærø Bibliotek\n\n|  | Title | Status | Progress | Period | Owner | Priority | Takes up |\n"
                                    + "|---|---|---|---|---|---|---|---|\n"
                                    + "| goal | Fællesskab | not started | 0% | 2026-01-01–2026-12-31 |  | 1 | Strategi for den digitale fremtid |\n"), text)
        XCTAssertTrue(text.contains("| goal | Digitale tilbud | historical |  | 2017-01-01–2020-12-31 |  |  |  |\n"), "an ended plan is history")
        XCTAssertTrue(text.hasSuffix("## Nothing under the theme\n\n| Library |\n|---|\n| Bornholms Biblioteker |\n"), text)
    }

    func testTheThemeIsDigitalisationUnlessChosenAndOnlyWithLandscape() {
        XCTAssertTrue(run(["report", "--landscape"]).output.hasPrefix("# The strategy landscape: digitalisation\n"))
        let reading = run(["--lang", "da", "report", "--landscape", "--theme", "læsning"]).output
        XCTAssertTrue(reading.hasPrefix("# Strategilandskabet: læsning\n"), reading)
        XCTAssertTrue(reading.contains("| Det Kgl. Bibliotek | produkt | Læsning for alle |"), reading)
        XCTAssertEqual(run(["report", "--theme", "reading"]).status, 2, "--theme belongs to --landscape")
    }

    func testHTMLIsOneWellFormedSelfContainedPage() throws {
        let file = path + "/landskab.html"
        let result = run(["--lang", "da", "report", "--landscape", "--format", "html", "-o", file])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "bibplan: skrev \(file): strategilandskabet: digitalisering\n")
        let document = try CSVAndReportCommandTests.selfContainedPage(file)
        XCTAssertEqual(document["root"] as? String, "html")
        XCTAssertEqual(document["title"] as? String, "Strategilandskabet: digitalisering")
        XCTAssertEqual(document["headings"] as? [String], ["Planperioder og prioriteter", "Nationale punkter", "Bibliotekernes mål og initiativer",
                                                           "Ærø Bibliotek", "Gammel Bibliotek", "Intet under temaet"])
        let html = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(html.contains("<td>Fællesskab</td><td>ikke startet</td>"), html)
    }
}

/// A goal's priority in one library's follow-up report.
final class PriorityInReportTests: FixtureLibraryTestCase {
    func testTheFollowUpShowsAGoalsPriority() throws {
        let ranked = Fixture.library.replacingOccurrences(of: #""title": "Fællesskab", "status": "not-started", "progress": 0 }"#,
                                                          with: #""title": "Fællesskab", "status": "not-started", "progress": 0, "priority": 1 }"#)
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": ranked])
        let arguments = ["--data-dir", directory.path, "--today", "2026-11-10", "report"]
        XCTAssertTrue(runBibplan(arguments).output.contains("**Priority:** 1"))
        XCTAssertTrue(runBibplan(arguments + ["--format", "html"]).output.contains("<dt>Priority</dt><dd>1</dd>"))
        let goals = try XCTUnwrap(try runBibplan(arguments + ["--json"]).json()["goals"] as? [[String: Any]])
        XCTAssertEqual(goals.map { $0["priority"] as? Int }, [nil, nil, nil, 1])
    }
}
