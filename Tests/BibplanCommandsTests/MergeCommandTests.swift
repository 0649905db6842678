@testable import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `bibplan merge BASE OURS THEIRS [PATH]` as git runs it, and `git-setup`.
final class MergeCommandTests: DataDirectoryTestCase {
    override func initialFiles() throws -> [String: String] {
        ["base.json": Fixture.library,
         "ours.json": Fixture.library.replacingOccurrences(of: "\"progress\": 40", with: "\"progress\": 30")
            .replacingOccurrences(of: "Sommerbogen", with: "Sommerbogen 2026")]
    }

    private func file(_ name: String) -> String { path + "/" + name }
    private func text(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

    /// `place`: git's %P; nil leaves it out (then a clash cannot be recorded beside the library).
    private func merge(theirs: String, language: String = "en", place: String? = "aeroe.json") throws -> RunResult {
        try directory?.write("theirs.json", theirs)
        return runBibplan(["--lang", language, "merge", file("base.json"), file("ours.json"), file("theirs.json")]
            + (place.map { [file($0)] } ?? []))
    }

    func testChangesOfBothSidesAreWrittenToOursWithStatusZero() throws {
        let result = try merge(theirs: Fixture.library.replacingOccurrences(of: "Strikkeklub", with: "Strikkeklubben"))
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.errors, "")
        let merged = try LibraryCodec.decode(Array(try text("ours.json").utf8), file: "ours.json")
        XCTAssertEqual(merged.initiatives.map(\.title), ["Sommerbogen 2026", "Strikkeklubben"])
        XCTAssertEqual(merged.goals[0].progress, 30)
    }

    func testAClashKeepsTheirsAndNamesThePathAndBothValues() throws {
        let result = try merge(theirs: Fixture.library.replacingOccurrences(of: "\"progress\": 40", with: "\"progress\": 90"))
        XCTAssertEqual(result.status, 0, "recorded for later: git may finish the merge")
        XCTAssertTrue(result.errors.contains("aeroe.json: 1 clash; the file has theirs in each:\n  goals[g1].progress: ours 30 · theirs " +
            "90\n"), result.errors)
        XCTAssertTrue(result.errors.contains("bibplan clashes --keep ours|theirs PATH"), result.errors)
        let recorded = try OpenClashes.decode(Array(try text("aeroe.clashes.json").utf8), file: "aeroe.clashes.json")
        XCTAssertEqual(recorded.open.map(\.path), ["goals[g1].progress"])
        XCTAssertEqual(recorded.open.map(\.ours), ["30"])
        XCTAssertEqual(recorded.merges.first?.ours.goals.first?.progress, 30, "our version kept to put back")
        let merged = try LibraryCodec.decode(Array(try text("ours.json").utf8), file: "ours.json")
        XCTAssertEqual(merged.goals[0].progress, 90)
        XCTAssertEqual(merged.initiatives[0].title, "Sommerbogen 2026", "our change that did not clash is kept")

        let danish = try merge(theirs: Fixture.library.replacingOccurrences(of: "\"progress\": 40", with: "\"progress\": 90")
            .replacingOccurrences(of: "\"progress\": 20", with: "\"progress\": 25"), language: "da")
        XCTAssertEqual(danish.status, 0, "ours now holds 90 as theirs does: \(danish.errors)")
    }

    func testWithoutThePathAClashIsAConflictForGitAsBefore() throws {
        let result = try merge(theirs: Fixture.library.replacingOccurrences(of: "\"progress\": 40", with: "\"progress\": 90"), place: nil)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("git add"), result.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file("aeroe.clashes.json")))
    }

    func testASecondMergeAddsToTheOpenClashesAndABrokenClashFileIsNotOverwritten() throws {
        let theirs = Fixture.library.replacingOccurrences(of: "\"progress\": 40", with: "\"progress\": 90")
        XCTAssertEqual(try merge(theirs: theirs).status, 0)
        try directory?.write("ours.json", Fixture.library.replacingOccurrences(of: "\"progress\": 40", with: "\"progress\": 30"))
        XCTAssertEqual(try merge(theirs: theirs).status, 0)
        let recorded = try OpenClashes.decode(Array(try text("aeroe.clashes.json").utf8), file: "aeroe.clashes.json")
        XCTAssertEqual(recorded.merges.count, 2)
        try directory?.write("aeroe.clashes.json", "{ \"schema\": 1, ")
        try directory?.write("ours.json", Fixture.library.replacingOccurrences(of: "\"progress\": 40", with: "\"progress\": 30"))
        XCTAssertEqual(try merge(theirs: theirs).status, 1, "not recorded: a conflict for git")
        XCTAssertEqual(try text("aeroe.clashes.json"), "{ \"schema\": 1, ")
    }

    func testAnUnreadableVersionLeavesOursAsItWas() throws {
        let before = try text("ours.json")
        let result = try merge(theirs: "{ \"schema\": 1, ")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("aeroe.json: cannot be merged, theirs is not valid:\n"), result.errors)
        XCTAssertTrue(result.errors.contains("aeroe.json:1:"), result.errors)
        XCTAssertEqual(try text("ours.json"), before)
    }

    func testMergeNeedsThreeFiles() {
        let result = runBibplan(["merge", file("base.json"), file("ours.json")])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.contains("missing THEIRS (merge)"), result.errors)
    }

    func testGitSetupWritesTheAttributesOnceAndPrintsTheConfig() throws {
        let data = path
        try directory?.write(".gitattributes", "*.png binary")
        let first = runBibplan(["--data-dir", data, "git-setup"])
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertEqual(try text(".gitattributes"),
                       "*.png binary\n# bibplan (bibplan git-setup)\n*.json merge=bibplan\naccess.json merge=text\n*.history.jsonl " +
                           "merge=union\n*.reminders.log merge=union\n")
        XCTAssertTrue(try text(".gitignore").contains("*.lock\n*.json.bak\n"))
        XCTAssertTrue(first.output.contains("git config merge.bibplan.driver \"bibplan merge %O %A %B %P\""), first.output)
        let second = runBibplan(["--data-dir", data, "git-setup"])
        XCTAssertTrue(second.output.hasPrefix(".gitattributes: already set\n.gitignore: already set\n"), second.output)
        XCTAssertEqual(try text(".gitattributes").components(separatedBy: "*.json merge=bibplan").count, 2)
    }
}
