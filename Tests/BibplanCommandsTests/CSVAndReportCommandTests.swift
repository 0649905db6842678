import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// `export csv` read back by Python's `csv`, and `report` parsed as HTML and XML.
final class CSVAndReportCommandTests: FixtureLibraryTestCase {
    /// Writes the text to a temporary file for a Python check; removed at the end of the test.
    private func file(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/bibplan-\(UUID().uuidString)-" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private func csvRows(_ text: String, delimiter: String) throws -> [[String]] {
        let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
            + "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True))))"
        return try PythonCheck.json(script, arguments: [file(text, "export.csv"), delimiter], as: [[String]].self)
    }

    // MARK: csv

    func testRosterCSVOpensInPythonsCSVModule() throws {
        let result = run(["export", "csv", "roster", "--from", "2026-11-10", "--to", "2026-11-17", "--delimiter", ";"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("\u{FEFF}date;start;end;"), "UTF-8 with a byte-order mark")
        XCTAssertTrue(result.output.hasSuffix("\r\n"))
        let rows = try csvRows(result.output, delimiter: ";")
        XCTAssertEqual(rows, [
            ["date", "start", "end", "event", "title", "location", "volunteer", "name", "role", "status"],
            ["2026-11-10", "14:00", "16:00", "e1", "Strikkecafé", "Store sal", "v1", "Åse Østergård", "Vært", "filled"],
            ["2026-11-10", "14:00", "16:00", "e1", "Strikkecafé", "Store sal", "v2", "Bjørn Ærlig", "Kaffe", "filled"],
            ["2026-11-14", "10:00", "13:00", "e2", "Repair café", "Værkstedet", "v3", "Carl Hansen", "Reparatør", "filled"],
            ["2026-11-14", "10:00", "13:00", "e2", "Repair café", "Værkstedet", "", "", "", "open"],
            ["2026-11-14", "10:00", "13:00", "e2", "Repair café", "Værkstedet", "", "", "", "open"],
            ["2026-11-17", "14:00", "16:00", "e1", "Strikkecafé", "Store sal", "v1", "Åse Østergård", "Vært", "filled"],
            ["2026-11-17", "14:00", "16:00", "e1", "Strikkecafé", "Store sal", "", "", "", "open"],
        ])
    }

    func testHoursPerVolunteerAndPerGroupInDanish() throws {
        let people = run(["export", "csv", "hours", "--from", "2026-11-01", "--to", "2026-11-30", "--delimiter", ";"], language: "da")
        let peopleRows = try csvRows(people.output, delimiter: ";")
        XCTAssertEqual(peopleRows, [
            ["id", "navn", "grupper", "vagter", "timer", "fra", "til"],
            ["v1", "Åse Østergård", "", "2", "4", "2026-11-01", "2026-11-30"],
            ["v2", "Bjørn Ærlig", "", "1", "2", "2026-11-01", "2026-11-30"],
            ["v3", "Carl Hansen", "", "1", "3", "2026-11-01", "2026-11-30"],
            ["", "I alt", "", "4", "9", "2026-11-01", "2026-11-30"],
        ])
        let groups = run(["export", "csv", "hours", "--by", "group", "--from", "2026-11-01", "--to", "2026-11-30"])
        let groupRows = try csvRows(groups.output, delimiter: ",")
        XCTAssertEqual(groupRows, [
            ["group", "volunteers", "shifts", "hours", "from", "to"],
            ["(no group)", "3", "4", "9", "2026-11-01", "2026-11-30"],
            ["Total", "3", "4", "9", "2026-11-01", "2026-11-30"],
        ])
    }

    func testQuotingAndFormulasSurviveTheRoundTrip() throws {
        let tricky = #"""
        { "schema": 1, "id": "aeroe", "name": "Ærø",
          "volunteers": [
            { "id": "v1", "name": "=HYPERLINK(\"x\")", "groups": ["Læsehund", "Kultur; korpset"], "phone": "+45 12 34 56 78",
              "notes": "Siger \"hej\", altid;\nto linjer" } ] }
        """#
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": tricky])
        let result = runBibplan(["--data-dir", directory.path, "export", "csv", "volunteers", "--delimiter", ";"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("\"Siger \"\"hej\"\", altid;\nto linjer\""), result.output)
        let rows = try csvRows(result.output, delimiter: ";")
        XCTAssertEqual(rows.last,
                       ["v1", "'=HYPERLINK(\"x\")", "Læsehund, Kultur; korpset", "+45 12 34 56 78", "", "yes", "Siger \"hej\", altid;\nto linjer"])
    }

    func testExportToAFileSaysWhere() throws {
        let path = FileManager.default.temporaryDirectory.path + "/bibplan-\(UUID().uuidString).csv"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        let result = run(["export", "csv", "volunteers", "-o", path])
        XCTAssertEqual(result.output, "bibplan: wrote \(path): 3 rows (CSV)\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").count, 5)
    }

    // MARK: report

    func testReportMarkdownHasEveryGoalAndTheSummary() {
        let result = run(["report"])
        XCTAssertEqual(result.status, 0, result.errors)
        let text = result.output
        XCTAssertTrue(text.hasPrefix("# Strategy follow-up: Ærø Bibliotek\n\nBiblioteksplan 2026 · period 1 January 2026 – 31 December 2026 · made 10 November 2026\n"), text)
        XCTAssertTrue(text.contains("| On track | 1 |\n| At risk | 1 |\n| Off track | 0 |\n| Done | 1 |"), text)
        XCTAssertTrue(text.contains("## 1 Læsning for alle\n\n**Status:** on track · **Progress:** 40% (overall 60%)"
                                    + " · **Computed:** at risk (expected 86%, has 60%)\n"), text)
        XCTAssertTrue(text.contains("### 1.1 Læseklubber på skolerne\n"))
        XCTAssertTrue(text.contains("## 2 Fællesskab\n"))
        XCTAssertTrue(text.contains("| Sommerbogen | active | – | 0 | 0 | 0 |"), text)
    }

    func testReportHTMLIsWellFormedSelfContainedAndHasEveryGoalOfGlostrup() throws {
        let glostrup = try XCTUnwrap(EmbeddedResources.sampleLibraries["glostrup"])
        let directory = try TemporaryDataDirectory(files: ["glostrup.json": glostrup])
        let result = runBibplan(["--data-dir", directory.path, "--today", "2026-11-28", "--lang", "da", "report", "--format", "html"])
        XCTAssertEqual(result.status, 0, result.errors)
        let html = result.output
        for external in ["<script", "<link", "src=", "href=", "url(", "@import"] { XCTAssertFalse(html.contains(external), external) }
        XCTAssertTrue(html.contains("@media print"))
        let document = try PythonCheck.json(Self.htmlScript, arguments: [file(html, "report.html")], as: [String: Any].self)
        XCTAssertEqual(document["root"] as? String, "html")
        XCTAssertEqual(document["lang"] as? String, "da")
        XCTAssertEqual(document["title"] as? String, "Opfølgning på strategien: Glostrup Bibliotek")
        let library = try LibraryCodec.decode(Array(glostrup.utf8), file: "glostrup.json")
        let headings = try XCTUnwrap(document["headings"] as? [String])
        for goal in library.goals {
            XCTAssertTrue(headings.contains { $0.hasSuffix(" " + goal.title) }, goal.title)
        }
        XCTAssertEqual(document["sections"] as? Int, library.goals.count + 1 + (library.initiatives.contains { $0.goals.isEmpty } ? 1 : 0))
    }

    /// Parses the page as XML (well-formed) and with Python's HTML parser: the root, its
    /// language and title, the text of every h2–h6, the sections, articles and ids.
    /// The HTML page in `file`, checked to be self-contained (nothing loaded from
    /// elsewhere) and read by Python's XML parser: its root, title, headings, sections, ids.
    static func selfContainedPage(_ file: String, line: UInt = #line) throws -> [String: Any] {
        let html = try String(contentsOfFile: file, encoding: .utf8)
        for external in ["<script", "<link", "src=", "href=", "url(", "@import"] {
            XCTAssertFalse(html.contains(external), external, line: line)
        }
        return try PythonCheck.json(htmlScript, arguments: [file], as: [String: Any].self, line: line)
    }

    static let htmlScript = """
    import sys, json, html.parser, xml.etree.ElementTree as ET
    text = open(sys.argv[1], encoding='utf-8').read()
    root = ET.fromstring(text)
    class Headings(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(); self.inside = 0; self.found = []
        def handle_starttag(self, tag, attrs):
            if tag in ('h2', 'h3', 'h4', 'h5', 'h6'): self.inside += 1; self.found.append('')
        def handle_endtag(self, tag):
            if tag in ('h2', 'h3', 'h4', 'h5', 'h6'): self.inside -= 1
        def handle_data(self, data):
            if self.inside: self.found[-1] += data
    parser = Headings(); parser.feed(text); parser.close()
    print(json.dumps({'root': root.tag, 'lang': root.get('lang'), 'title': root.find('head/title').text,
                      'headings': parser.found, 'sections': len(root.findall('.//section')),
                      'articles': [article.get('id') for article in root.findall('.//article')],
                      'ids': [element.get('id') for element in root.iter() if element.get('id')]}))
    """

    func testReportEscapesTextFromTheData() {
        var library = Library(id: "x", name: "<b>Bib</b> & \"co\"")
        library.goals = [Goal(id: "g1", title: "*Læs* | mere <script>", successCriteria: ["- 10 klubber"])]
        let report = FollowUpReport(index: LibraryIndex(library), period: DayRange(day("2026-01-01"), day("2026-12-31")))
        let html = report.html(.english)
        XCTAssertTrue(html.contains("<title>Strategy follow-up: &lt;b&gt;Bib&lt;/b&gt; &amp; &quot;co&quot;</title>"), html)
        XCTAssertTrue(html.contains("*Læs* | mere &lt;script&gt;"))
        XCTAssertFalse(html.contains("<script>"))
        let markdown = report.markdown(.english)
        XCTAssertTrue(markdown.contains("## 1 \\*Læs\\* \\| mere \\<script\\>\n"), markdown)
        XCTAssertTrue(markdown.contains("\n- \\- 10 klubber\n"), markdown)
    }

    func testReportJSONAndPeriod() throws {
        let document = try run(["report", "--json", "--from", "2026-11-01", "--to", "2026-11-30"]).json()
        XCTAssertEqual(document["from"] as? String, "2026-11-01")
        XCTAssertEqual(document["summary"] as? [String: Int], ["not-started": 1, "on-track": 1, "at-risk": 1, "off-track": 0, "done": 1])
        let goals = try XCTUnwrap(document["goals"] as? [[String: Any]])
        XCTAssertEqual(goals.map { $0["number"] as? String }, ["1", "1.1", "1.2", "2"])
        XCTAssertEqual((goals[1]["initiatives"] as? [[String: Any]])?.first?["id"] as? String, "i1")
    }

    // MARK: usage

    func testBadUsageOfTheExchangeCommands() {
        let cases: [([String], String)] = [
            (["export"], "bibplan: missing ics or csv (export)"),
            (["export", "pdf"], "bibplan: export: \"pdf\" is not one of ics, csv"),
            (["export", "csv", "people"], "bibplan: csv: \"people\" is not one of roster, volunteers, hours"),
            (["export", "ics", "--delimiter", ";"], "bibplan: unknown option --delimiter for export"),
            (["export", "csv", "roster", "--by", "group"], "bibplan: unknown option --by for export"),
            (["export", "csv", "roster", "--delimiter", "ab"], "bibplan: --delimiter: \"ab\" is not one of ,, ;, |, tab"),
            (["import", "ics"], "bibplan: missing FILE (import)"),
            (["import", "csv", "x"], "bibplan: missing ics (not csv) (import)"),
            (["report", "--format", "pdf"], "bibplan: --format: \"pdf\" is not one of md, html, json"),
            (["report", "--from", "2026-12-01", "--to", "2026-11-01"], "bibplan: --to 2026-11-01 is before --from 2026-12-01"),
            (["report", "--dry-run"], "bibplan: unknown option --dry-run for report"),
        ]
        for (arguments, message) in cases {
            let result = run(arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.errors.hasPrefix(message + "\n"), result.errors)
        }
        XCTAssertTrue(run(["help", "export"]).output.contains("export csv roster|volunteers|hours"))
    }
}

/// A plan whose goal titles carry their own numbers ("1. Vi er …", "1.2 Vi giver …")
/// is not numbered twice in the follow-up.
final class ReportNumberingTests: XCTestCase {
    func testTitlesThatCarryTheirNumberAreNotNumberedAgain() throws {
        let ballerup = try XCTUnwrap(EmbeddedResources.sampleLibraries["ballerup"])
        let directory = try TemporaryDataDirectory(files: ["ballerup.json": ballerup])
        let markdown = runBibplan(["--data-dir", directory.path, "--today", "2026-11-28", "--library", "ballerup", "report"])
        XCTAssertEqual(markdown.status, 0, markdown.errors)
        XCTAssertTrue(markdown.output.contains("\n## 1\\. Vi er et kraftcenter"), markdown.output)
        XCTAssertFalse(markdown.output.contains("## 1 1\\."), "numbered twice")
        XCTAssertTrue(markdown.output.contains("\n### 1\\.2 Vi giver plads"), markdown.output)
        let html = runBibplan(["--data-dir", directory.path, "--today", "2026-11-28", "--library", "ballerup",
                               "report", "--format", "html"])
        XCTAssertTrue(html.output.contains("<h2>1. Vi er et kraftcenter"), html.output)
    }
}
