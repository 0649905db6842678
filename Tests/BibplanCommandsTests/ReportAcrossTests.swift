import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// `report --all`: the follow-up of every library side by side.
final class ReportAcrossTests: DataDirectoryTestCase {
    private static let ids = ["albertslund", "ballerup", "glostrup", "taarnby"]

    override func initialFiles() throws -> [String: String] {
        let samples = EmbeddedResources.sampleLibraries
        return Dictionary(uniqueKeysWithValues: samples.map { ($0.key + ".json", $0.value) })
    }

    private func run(_ arguments: [String]) -> RunResult {
        runBibplan(["--data-dir", path, "--today", "2026-11-28"] + arguments)
    }

    private func libraries() throws -> [Library] {
        try Self.ids.map { id in try LibraryCodec.decode(Array(try XCTUnwrap(EmbeddedResources.sampleLibraries[id]).utf8), file: id + ".json") }
    }

    private func count(_ library: Library, _ status: GoalStatus) -> Int { library.goals.filter { $0.status == status }.count }

    func testMarkdownHasTheSummaryTableThenEveryLibrarysGoals() throws {
        let result = run(["--lang", "en", "report", "--all"])
        XCTAssertEqual(result.status, 0, result.errors)
        let text = result.output
        XCTAssertTrue(text.hasPrefix("# Strategy follow-up: 4 libraries\n\nMade 28 November 2026\n\n## Summary\n\n"
            + "| Library | Plan | Period | Not started | On track | At risk | Off track | Done | All goals |\n"
            + "|---|---|---|---:|---:|---:|---:|---:|---:|\n"), text)
        let sections = text.components(separatedBy: "\n## Strategy follow-up: ").dropFirst()
        let libraries = try libraries()
        XCTAssertEqual(sections.count, libraries.count)
        for (library, section) in zip(libraries, sections) {
            let counts = GoalStatus.allCases.map { String(count(library, $0)) } + [String(library.goals.count)]
            XCTAssertTrue(text.contains(" | " + counts.joined(separator: " | ") + " |\n"), library.id)
            XCTAssertTrue(section.hasPrefix(library.name + "\n"), "libraries in order")
            // A goal's heading: its number, or the plan's own numbered title ("1\. Vi er …").
            let goalHeadings = section.split(separator: "\n").filter { $0.range(of: #"^#{3,6} [0-9]+(\\?\.[0-9]+)*\\?\.? "#, options: .regularExpression) != nil }
            XCTAssertEqual(goalHeadings.count, library.goals.count, library.id)
        }
        XCTAssertTrue(text.contains("\n| Tårnby Kommunebiblioteker | Biblioteksstrategi: Sammen med borgerne 2017-2020 | 1 January 2017 – 31 December 2020 | 10 | 0 | 0 | 0 | 0 | 10 |\n"), text)
    }

    func testHTMLIsWellFormedWithAnArticleForEachLibraryAndUniqueIDs() throws {
        let file = path + "/all.html"
        let result = run(["--lang", "da", "report", "--all", "--format", "html", "-o", file])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "bibplan: skrev \(file): opfølgning på 60 mål i 4 biblioteker\n")
        let document = try CSVAndReportCommandTests.selfContainedPage(file)
        XCTAssertEqual(document["root"] as? String, "html")
        XCTAssertEqual(document["lang"] as? String, "da")
        XCTAssertEqual(document["title"] as? String, "Opfølgning på strategierne: 4 biblioteker")
        XCTAssertEqual(document["articles"] as? [String], Self.ids.map { "library-" + $0 })
        let ids = try XCTUnwrap(document["ids"] as? [String])
        XCTAssertEqual(Set(ids).count, ids.count, "every id once")
        let headings = try XCTUnwrap(document["headings"] as? [String])
        let libraries = try libraries()
        for library in libraries {
            XCTAssertTrue(headings.contains("Opfølgning på strategien: " + library.name), library.name)
            for goal in library.goals {
                XCTAssertTrue(ids.contains("\(library.id)-goal-\(goal.id)"), "\(library.id) \(goal.id)")
                XCTAssertTrue(headings.contains { $0 == goal.title || $0.hasSuffix(" " + goal.title) }, goal.title)
            }
        }
        // The summary of all, and each library's summary and goals.
        XCTAssertEqual(document["sections"] as? Int, 1 + libraries.reduce(0) { $0 + $1.goals.count + 1 })
    }

    func testJSONAndLibraryNarrowTheReport() throws {
        let document = try run(["--library", "taarnby,glostrup", "report", "--json"]).json()
        XCTAssertEqual(document["made"] as? String, "2026-11-28")
        let reports = try XCTUnwrap(document["libraries"] as? [[String: Any]])
        XCTAssertEqual(reports.compactMap { $0["library"] as? String }, ["glostrup", "taarnby"])
        XCTAssertEqual(reports.compactMap { ($0["goals"] as? [Any])?.count }, [26, 10])
        XCTAssertEqual(reports.last?["summary"] as? [String: Int], ["not-started": 10, "on-track": 0, "at-risk": 0, "off-track": 0, "done": 0])
        XCTAssertEqual(reports.compactMap { $0["from"] as? String }, ["2026-01-01", "2017-01-01"], "each library's own plan period")
        let one = run(["--library", "glostrup", "report"])
        XCTAssertTrue(one.output.hasPrefix("# Strategy follow-up: Glostrup Bibliotek\n"), "one library keeps the report of one")
        let unknown = run(["--library", "glostrup,odense", "report", "--all"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.errors.hasPrefix("bibplan: no library \"odense\" in \(path)"), unknown.errors)
    }
}
