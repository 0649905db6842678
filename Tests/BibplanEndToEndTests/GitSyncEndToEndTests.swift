import BibplanCore
import Foundation
import XCTest

/// A data directory kept in git on two machines, with the real `git` and the built
/// `bibplan` as its merge driver: each clone changes the library, pushes and pulls.
final class GitSyncEndToEndTests: ScratchFolderTestCase {
    private var folder = ""

    private static let library = #"""
    { "schema": 1, "id": "lille", "name": "Lille Bibliotek",
      "goals": [
        { "id": "g1", "parent": null, "title": "Læselyst", "status": "on-track", "progress": 10 },
        { "id": "g2", "parent": null, "title": "Fællesskaber", "status": "not-started", "progress": 20 },
        { "id": "g3", "parent": null, "title": "Demokrati", "status": "on-track", "progress": 50 }
      ],
      "volunteers": [ { "id": "v1", "name": "Åse Ørsted" } ] }
    """#

    override func setUpWithError() throws {
        try RequiredTool.require(FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed")
        folder = try scratchFolder("git-sync")
        try git(["init", "-q", "--bare", "-b", "main", "origin.git"], in: folder)
        try git(["clone", "-q", "origin.git", "a"], in: folder)
        try Self.library.write(toFile: folder + "/a/lille.json", atomically: true, encoding: .utf8)
        try bibplan(["--data-dir", folder + "/a", "git-setup"])
        try git(["add", "."], in: folder + "/a")
        try git(["commit", "-q", "-m", "start"], in: folder + "/a")
        try git(["push", "-q", "origin", "main"], in: folder + "/a")
        try git(["clone", "-q", "origin.git", "b"], in: folder)
        try bibplan(["--data-dir", folder + "/b", "git-setup"])
    }

    func testTwoClonesPullEachOthersChangesAndAClashIsLeftForALaterSession() throws {
        try change("a", from: #""title": "Læselyst""#, to: #""title": "Læselyst for alle""#)
        try change("a", from: #""progress": 50"#, to: #""progress": 30"#)
        try commitAndPush("a")

        try change("b", from: #""status": "not-started""#, to: #""status": "on-track""#)
        try change("b", from: #""progress": 50"#, to: #""progress": 90"#)
        try change("b", from: #"{ "id": "v1", "name": "Åse Ørsted" }"#,
            to: #"{ "id": "v1", "name": "Åse Ørsted" }, { "id": "v2", "name": "Bo Ring" }"#)
        try git(["commit", "-q", "-am", "b"], in: folder + "/b")
        let pull = try run("/usr/bin/git", ["pull", "--no-rebase", "-q", "origin", "main"], in: folder + "/b")
        XCTAssertEqual(pull.status, 0, "git finishes the merge; the clash waits in lille.clashes.json: \(pull.output)")
        XCTAssertTrue(pull.output.contains("goals[g3].progress: ours 90 · theirs 30"), pull.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/b/lille.clashes.json"))

        let merged = try load("b")
        XCTAssertEqual(merged.goals.map(\.title), ["Læselyst for alle", "Fællesskaber", "Demokrati"], "their change")
        XCTAssertEqual(merged.goals[1].status, .onTrack, "our change")
        XCTAssertEqual(merged.volunteers.map(\.id), ["v1", "v2"], "our addition")
        XCTAssertEqual(merged.goals[2].progress, 30, "theirs in the clashing field")
        XCTAssertFalse(try String(contentsOfFile: folder + "/b/lille.json", encoding: .utf8).contains("<<<<<<<"))
        let check = try run(TmuxSession.binary.path, ["--lang", "en", "--data-dir", folder + "/b", "check"], in: folder)
        XCTAssertEqual(check.status, 1, "an open clash is reported: \(check.output)")
        XCTAssertTrue(check.output.contains("lille.clashes.json: goals[g3].progress: open clash from a git merge: ours 90 · theirs 30"),
                      check.output)
        let listed = try bibplan(["--data-dir", folder + "/b", "clashes"])
        XCTAssertTrue(listed.output.contains("goals[g3].progress: ours 90 · theirs 30"), listed.output)
        let wrong = try run(TmuxSession.binary.path, ["--data-dir", folder + "/b", "clashes", "--keep", "ours", "goals[g1].title"],
                            in: folder)
        XCTAssertEqual(wrong.status, 1, "no clash there: \(wrong.output)")

        // Settled by keeping ours, committed, pushed: the other clone pulls it cleanly.
        try bibplan(["--data-dir", folder + "/b", "clashes", "--keep", "ours", "goals[g3].progress"])
        XCTAssertEqual(try load("b").goals[2].progress, 90, "ours put back")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/b/lille.clashes.json"), "none left: the file goes")
        XCTAssertEqual(try bibplan(["--data-dir", folder + "/b", "check"]).status, 0)
        XCTAssertTrue(try bibplan(["--data-dir", folder + "/b", "clashes"]).output.contains("no open clashes"))
        try git(["add", "lille.json"], in: folder + "/b")
        try git(["commit", "-q", "-m", "settled"], in: folder + "/b")
        try git(["push", "-q", "origin", "main"], in: folder + "/b")
        try change("a", from: #""title": "Fællesskaber""#, to: #""title": "Fællesskaber i byen""#)
        try git(["commit", "-q", "-am", "a again"], in: folder + "/a")
        let clean = try run("/usr/bin/git", ["pull", "--no-rebase", "-q", "origin", "main"], in: folder + "/a")
        XCTAssertEqual(clean.status, 0, clean.output)
        let final = try load("a")
        XCTAssertEqual(final.goals.map(\.title), ["Læselyst for alle", "Fællesskaber i byen", "Demokrati"])
        XCTAssertEqual(final.goals.map(\.progress), [10, 20, 90])
        XCTAssertEqual(final.volunteers.map(\.name), ["Åse Ørsted", "Bo Ring"])
    }

    // MARK: Helpers

    private func change(_ clone: String, from old: String, to new: String) throws {
        let path = folder + "/" + clone + "/lille.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(clone): \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func commitAndPush(_ clone: String) throws {
        try git(["commit", "-q", "-am", clone], in: folder + "/" + clone)
        try git(["push", "-q", "origin", "main"], in: folder + "/" + clone)
    }

    private func load(_ clone: String) throws -> Library {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + clone + "/lille.json"))
        return try LibraryCodec.decode(Array(bytes), file: "lille.json")
    }

    private func git(_ arguments: [String], in directory: String) throws {
        let result = try run("/usr/bin/git", arguments, in: directory)
        XCTAssertEqual(result.status, 0, "git \(arguments.joined(separator: " ")): \(result.output)")
    }

    @discardableResult
    private func bibplan(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try run(TmuxSession.binary.path, ["--lang", "en"] + arguments, in: folder)
        XCTAssertEqual(result.status, 0, "bibplan \(arguments.joined(separator: " ")): \(result.output)")
        return result
    }

    /// Runs a program with git's identity and no user or system configuration, and
    /// the built bibplan first on the PATH (the merge driver calls `bibplan`).
    private func run(_ program: String, _ arguments: [String], in directory: String) throws -> (status: Int32, output: String) {
        let path = TmuxSession.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"]
            ?? "/usr/bin:/bin")
        return try ProgramRun.run(program, arguments, in: directory,
                                  environment: ["PATH": path, "HOME": folder, "LANG": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1",
                                                "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                                                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"])
    }
}
