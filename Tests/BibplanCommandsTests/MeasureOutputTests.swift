import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// A goal's measures (Glostrup's "Vidste du?" figures) in `goals`, `goals --json` and
/// `report`, not only in the full-screen goals pane (issue 19).
final class MeasureOutputTests: DataDirectoryTestCase {
    override func initialFiles() throws -> [String: String] {
        ["glostrup.json": try sample("glostrup")]
    }

    private func run(_ arguments: [String]) -> RunResult {
        runBibplan(["--data-dir", path, "--library", "glostrup", "--today", "2026-11-28"] + arguments)
    }

    func testGoalsListsEachMeasureUnderItsGoal() {
        let text = run(["--lang", "da", "goals"]).output
        // Lines wrap at 80 columns: read the text with its line breaks and indents as single spaces.
        let flat = text.replacingOccurrences(of: #"\n\s+"#, with: " ", options: .regularExpression)
        XCTAssertTrue(flat.contains("Maskinrummet måling: Bøger leveret fra andre biblioteker"
                                    + " via det nationale lånesamarbejde (2025): 8.232 bøger"
                                    + " måling: Fornyelser af allerede lånte bøger (2025): 72.239 fornyelser"
                                    + " måling: Bestillinger af bøger og andre materialer (2025): 37.461 bestillinger"), text)
        XCTAssertTrue(flat.contains("måling: Besøgende om året: 190.044 besøgende"), text)
        let english = run(["--lang", "en", "goals"]).output.replacingOccurrences(of: #"\n\s+"#, with: " ", options: .regularExpression)
        XCTAssertTrue(english.contains("measure: Besøgende om året: 190,044 besøgende"), english)
    }

    func testGoalsJSONAndReportJSONCarryTheMeasures() throws {
        for arguments in [["goals", "--json"], ["report", "--json"]] {
            let json = try run(arguments).json()
            let goals = try XCTUnwrap(json["goals"] as? [[String: Any]])
            let machine = try XCTUnwrap(goals.first { $0["id"] as? String == "g6" })
            let measures = try XCTUnwrap(machine["measures"] as? [[String: Any]], "\(arguments)")
            XCTAssertEqual(measures.compactMap { $0["current"] as? Int }, [8_232, 72_239, 37_461])
            XCTAssertEqual(measures.first?["unit"] as? String, "bøger")
            XCTAssertTrue(measures.first?["target"] is NSNull)
            XCTAssertEqual((goals.first { $0["id"] as? String == "g2.1" }?["measures"] as? [Any])?.count, 0)
        }
    }

    func testTheReportShowsTheMeasuresInMarkdownAndHTML() throws {
        let markdown = run(["--lang", "da", "report"]).output
        XCTAssertTrue(markdown.contains("Målinger:\n\n- Bøger leveret fra andre biblioteker via det nationale lånesamarbejde (2025): 8.232 bøger\n"), markdown)
        let html = run(["--lang", "da", "report", "--format", "html"]).output
        XCTAssertTrue(html.contains("<ul class=\"measures\"><li>Udlånte voksenbøger om året: 49.796 bøger</li></ul>"), html)
    }
}
