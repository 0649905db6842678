@testable import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `bibplan history`: what an import recorded, filters, JSON, pruning, and who may see it.
final class HistoryCommandTests: DataDirectoryTestCase {
    private static let calendar = """
    BEGIN:VCALENDAR\r
    VERSION:2.0\r
    PRODID:-//Test//EN\r
    BEGIN:VEVENT\r
    UID:bogcafe-1@example.org\r
    DTSTART;TZID=Europe/Copenhagen:20261120T190000\r
    DTEND;TZID=Europe/Copenhagen:20261120T203000\r
    SUMMARY:Bogcafé\r
    END:VEVENT\r
    END:VCALENDAR\r

    """

    override func initialFiles() throws -> [String: String] {
        ["aeroe.json": Fixture.library, "access.json": AccessCommandTests.access,
         "bogcafe.ics": Self.calendar]
    }

    private func run(as user: String, _ arguments: [String]) -> RunResult {
        runBibplan(as: user, ["--data-dir", path, "--library", "aeroe"] + arguments)
    }

    private func recorded(_ lines: [String]) throws {
        try directory?.write("aeroe.history.jsonl", lines.joined(separator: "\n") + "\n")
    }

    func testAnImportIsRecordedWithTheAccountAndRole() throws {
        XCTAssertEqual(run(as: "helle", ["history"]).output, "No changes recorded.\n")
        let imported = run(as: "helle", ["import", "ics", path + "/bogcafe.ics"])
        XCTAssertEqual(imported.status, 0, imported.errors)
        let history = run(as: "helle", ["history"])
        XCTAssertEqual(history.status, 0, history.errors)
        XCTAssertTrue(history.output.contains("  helle (staff)  events[ics-"), history.output)
        XCTAssertTrue(history.output.hasSuffix(" added: Bogcafé\n"), history.output)
    }

    func testFiltersJSONAndTheLibrarysLocalTime() throws {
        try recorded([
            #"{"time": "2026-11-01T09:30:00Z", "account": "helle", "role": "staff", "change": "changed", "entity": "goals[g1]", "# +
                #""field": "progress", "old": "30", "new": "40"}"#,
            #"{"time": "2026-11-08T23:30:00Z", "account": "aase", "role": "volunteer", "change": "added", "entity": "shifts[s9]", "# +
                #""new": "v1 · e1 · 2026-11-24"}"#,
        ])
        let all = run(as: "skranke", ["history"])
        XCTAssertEqual(all.output, "2026-11-01 10:30  helle (staff)  goals[g1].progress: 30 → 40\n"
                       + "2026-11-09 00:30  aase (volunteer)  shifts[s9] added: v1 · e1 · 2026-11-24\n")
        XCTAssertEqual(run(as: "helle", ["history", "--entity", "g1"]).output.components(separatedBy: "\n").count, 2)
        XCTAssertEqual(run(as: "helle", ["history", "--entity", "shifts[s9]"]).output.components(separatedBy: "\n").count, 2)
        XCTAssertTrue(run(as: "helle", ["history", "--since", "2026-11-09"]).output.hasPrefix("2026-11-09 00:30  aase"),
            "the library's day")
        let json = try run(as: "helle", ["history", "--json", "--entity", "g1"]).json()
        let records = try XCTUnwrap(json["records"] as? [[String: Any]])
        XCTAssertEqual(json["library"] as? String, "aeroe")
        XCTAssertEqual(records.first?["field"] as? String, "progress")
        XCTAssertEqual(records.first?["new"] as? String, "40")
    }

    func testOnlyStaffPruneAndAVolunteerSeesNothing() throws {
        try recorded([
            #"{"time": "2026-01-01T09:30:00Z", "account": "helle", "role": "staff", "change": "removed", "entity": "goals[g7]", "old": "# +
                #""Gammelt"}"#,
            #"{"time": "2026-11-01T09:30:00Z", "account": "helle", "role": "staff", "change": "added", "entity": "goals[g8]", "new": "# +
                #""Nyt"}"#,
        ])
        let volunteer = run(as: "aase", ["history"])
        XCTAssertEqual(volunteer.status, 1)
        XCTAssertEqual(volunteer.output, "")
        XCTAssertFalse(volunteer.errors.contains("Gammelt"), volunteer.errors)
        let viewer = run(as: "skranke", ["history", "--prune-before", "2026-06-01"])
        XCTAssertEqual(viewer.status, 1)
        XCTAssertTrue(viewer.errors.contains("history"), viewer.errors)
        XCTAssertEqual(run(as: "helle", ["history", "--prune-before", "2026-06-01", "--json"]).status, 2)
        let pruned = run(as: "helle", ["history", "--prune-before", "2026-06-01"])
        XCTAssertEqual(pruned.output, "aeroe.history.jsonl: 1 record before 2026-06-01 removed\n")
        XCTAssertFalse(run(as: "helle", ["history"]).output.contains("Gammelt"))
        XCTAssertTrue(run(as: "helle", ["history"]).output.contains("Nyt"))
    }
}
