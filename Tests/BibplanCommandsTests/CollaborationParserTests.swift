import BibplanCommands
import BibplanCore
import XCTest

/// The command line of `merge`, `git-setup`, `history` and `remind`.
final class CollaborationParserTests: XCTestCase {
    private func command(_ arguments: [String]) throws -> Command {
        try CommandLineParser.parse(arguments).command
    }

    private func reason(_ arguments: [String]) -> UsageError.Reason? {
        do throws(UsageError) {
            _ = try CommandLineParser.parse(arguments)
            return nil
        } catch {
            return error.reason
        }
    }

    func testEachCommandWithItsOptions() throws {
        XCTAssertEqual(try command(["merge", "%O", "%A", "%B", "lille.json"]),
                       .collaboration(.merge(MergeRequest(base: "%O", ours: "%A", theirs: "%B", path: "lille.json"))))
        XCTAssertEqual(try command(["git-setup"]), .collaboration(.gitSetup))
        XCTAssertEqual(try command(["history", "--entity", "g3", "--since", "2026-11-01", "--json"]),
                       .collaboration(.history(HistoryRequest(entity: "g3", since: Day(iso: "2026-11-01"), json: true))))
        XCTAssertEqual(try command(["history", "--prune-before=2025-01-01"]),
                       .collaboration(.history(HistoryRequest(pruneBefore: Day(iso: "2025-01-01")))))
        XCTAssertEqual(try command(["remind"]), .collaboration(.remind(RemindRequest(days: 2, dryRun: false))))
        XCTAssertEqual(try command(["remind", "--days", "7", "--dry-run"]), .collaboration(.remind(RemindRequest(days: 7, dryRun: true))))
        XCTAssertEqual(try command(["--library", "a,b", "merge", "x", "y", "z"]),
                       .collaboration(.merge(MergeRequest(base: "x", ours: "y", theirs: "z"))), "merge needs no library")
    }

    func testClashesListsOrSettlesOnePath() throws {
        XCTAssertEqual(try command(["clashes"]), .collaboration(.clashes(keep: nil, path: nil)))
        XCTAssertEqual(try command(["clashes", "--keep", "ours", "goals[g3].progress"]),
                       .collaboration(.clashes(keep: .ours, path: "goals[g3].progress")))
        XCTAssertEqual(try command(["clashes", "goals[g3]", "--keep=theirs"]), .collaboration(.clashes(keep: .theirs, path: "goals[g3]")))
        XCTAssertEqual(reason(["clashes", "--keep", "ours"]), .missingArgument("PATH"))
        XCTAssertEqual(reason(["clashes", "goals[g3]"]), .unexpectedArgument("goals[g3]"), "a path without --keep")
        XCTAssertEqual(reason(["clashes", "--keep", "mine", "goals[g3]"]), .notAChoice(option: "--keep", value: "mine",
                                                                                       choices: ["ours", "theirs"]))
        XCTAssertEqual(reason(["clashes", "--keep", "ours", "a", "b"]), .unexpectedArgument("b"))
        XCTAssertEqual(reason(["today", "--keep", "ours"]), .unknownOption("--keep"))
    }

    func testWrongUseIsNamed() {
        XCTAssertEqual(reason(["merge", "a", "b", "c", "d", "e"]), .unexpectedArgument("e"))
        XCTAssertEqual(reason(["merge", "a"]), .missingArgument("OURS"))
        XCTAssertEqual(reason(["history", "--prune-before", "2025-01-01", "--since", "2024-01-01"]), .exclusiveOptions("--prune-before",
            "--since"))
        XCTAssertEqual(reason(["history", "--since", "1. november"]), .notADate(option: "--since", value: "1. november"))
        XCTAssertEqual(reason(["remind", "--days", "0"]), .notANumber(option: "--days", value: "0", range: 1...366))
        XCTAssertEqual(reason(["remind", "--json"]), .unknownOption("--json"))
        XCTAssertEqual(reason(["git-setup", "now"]), .unexpectedArgument("now"))
        XCTAssertEqual(reason(["--library", "a,b", "history"]), .oneLibraryOnly(ids: ["a", "b"]))
    }
}
