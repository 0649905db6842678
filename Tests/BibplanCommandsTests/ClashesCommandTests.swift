import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `bibplan clashes [--keep ours|theirs PATH]` over `<id>.clashes.json`, and `check` reporting them.
final class ClashesCommandTests: XCTestCase {
    private var folder: TemporaryDataDirectory?

    override func setUpWithError() throws {
        let theirs = try LibraryCodec.decode(Array(Fixture.library.utf8), file: "aeroe.json")
        var ours = theirs
        ours.goals[0].progress = 30
        let clash = ThreeWayMerge.Clash(kind: "goals", id: ours.goals[0].id, fields: ["progress"], deleted: false,
                                        values: [("progress", "30", "\(theirs.goals[0].progress)")])
        let open = OpenClashes(library: "aeroe", merges: [OpenClashes.Merge(time: "2026-12-03T14:20:05Z", by: "helle",
                                                                            clashes: [clash], ours: ours)])
        folder = try TemporaryDataDirectory(files: [
            "aeroe.json": Fixture.library,
            "aeroe.clashes.json": String(decoding: open.encode(), as: UTF8.self),
            "access.json": #"{ "users": [ { "user": "helle", "role": "staff" }, { "user": "skranke", "role": "viewer" } ] }"#,
        ])
    }

    override func tearDown() { folder = nil }

    private var data: [String] { ["--data-dir", folder?.path ?? "/nonexistent"] }

    func testListedCheckedAndSettledByStaff() throws {
        let path = "goals[g1].progress"
        let listed = runBibplan(as: "helle", data + ["clashes"])
        XCTAssertEqual(listed.status, 0, listed.errors)
        XCTAssertTrue(listed.output.contains("\(path): ours 30 · theirs 40 (helle, 2026-12-03T14:20:05Z)"), listed.output)
        let check = runBibplan(as: "helle", data + ["check"])
        XCTAssertEqual(check.status, 1, "an open clash needs a person")
        XCTAssertTrue(check.output.contains("aeroe.clashes.json: \(path): open clash from a git merge: ours 30 · theirs 40"), check.output)

        let viewer = runBibplan(as: "skranke", data + ["clashes", "--keep", "ours", path])
        XCTAssertNotEqual(viewer.status, 0, "a viewer changes nothing")
        XCTAssertEqual(runBibplan(as: "skranke", data + ["clashes"]).status, 0, "but may look")

        let settled = runBibplan(as: "helle", data + ["clashes", "--keep", "ours", path])
        XCTAssertEqual(settled.status, 0, settled.errors)
        XCTAssertTrue(settled.output.contains("ours kept; 0 clashes left"), settled.output)
        let library = try LibraryCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: folder?.path ?? "")
            .appendingPathComponent("aeroe.json"))), file: "aeroe.json")
        XCTAssertEqual(library.goals[0].progress, 30)
        let history = try LibraryStore(path: folder?.path ?? "").history("aeroe").records
        XCTAssertEqual(history.last.map { [$0.account, $0.path, $0.new ?? ""] }, ["helle", path, "30"], "a save like any other")
        XCTAssertFalse(FileManager.default.fileExists(atPath: (folder?.path ?? "") + "/aeroe.clashes.json"))
        XCTAssertEqual(runBibplan(as: "helle", data + ["check"]).status, 0)
        let again = runBibplan(as: "helle", data + ["clashes", "--keep", "theirs", path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.contains("no open clash at \(path)"), again.errors)
    }

    func testABrokenClashFileIsAProblemNotACrash() throws {
        try folder?.write("aeroe.clashes.json", "{ \"schema\": 1, \"library\": \"aeroe\", \"merges\": [ { \"time\": 5 } ] }")
        let check = runBibplan(as: "helle", data + ["check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains("aeroe.clashes.json"), check.output)
        XCTAssertEqual(runBibplan(as: "helle", data + ["clashes"]).status, 1)
    }
}
