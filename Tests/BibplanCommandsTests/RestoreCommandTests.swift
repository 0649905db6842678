@testable import BibplanCommands
import BibplanCore
import XCTest

/// `check` pointing at a good backup, and `restore` putting it back.
final class RestoreCommandTests: XCTestCase {
    func testCheckNamesTheBackupAndRestorePutsItBack() throws {
        let good = Fixture.minimalLibrary(id: "lille", name: "Lille Bibliotek")
        let data = try TemporaryDataDirectory(files: ["lille.json": "{\"schema\": 1, \"id\": ", "lille.json.bak": good])
        let check = runBibplan(["--data-dir", data.path, "check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains("lille.json:1:21: unexpected end of file"), check.output)
        XCTAssertTrue(check.output.contains("lille.json.bak: valid previous version (0 goals"), check.output)
        XCTAssertTrue(check.output.contains("restore with: bibplan --library lille restore"), check.output)

        let restore = runBibplan(["--data-dir", data.path, "--library", "lille", "restore"])
        XCTAssertEqual(restore.status, 0, restore.errors)
        XCTAssertTrue(restore.output.hasPrefix("lille.json: restored from lille.json.bak"))
        XCTAssertTrue(data.exists("lille.json.damaged"))
        XCTAssertEqual(runBibplan(["--data-dir", data.path, "check"]).status, 0)
    }

    func testRestoreWithoutAGoodBackupChangesNothing() throws {
        let data = try TemporaryDataDirectory(files: ["lille.json": "{", "lille.json.bak": "also broken"])
        let restore = runBibplan(["--data-dir", data.path, "--library", "lille", "restore"])
        XCTAssertEqual(restore.status, 1)
        XCTAssertTrue(restore.errors.contains("lille.json.bak"), restore.errors)
        XCTAssertFalse(data.exists("lille.json.damaged"))
        XCTAssertEqual(runBibplan(["--data-dir", data.path, "restore"]).status, 2, "restore needs --library")
    }

    func testRestoreRefusesAValidLibraryUnlessForced() throws {
        let mine = Fixture.minimalLibrary(id: "lille", name: "Nyere"), old = Fixture.minimalLibrary(id: "lille", name: "Ældre")
        let data = try TemporaryDataDirectory(files: ["lille.json": mine, "lille.json.bak": old])
        let refused = runBibplan(["--data-dir", data.path, "--library", "lille", "restore"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("lille.json: the library is valid, so the backup was not put back (restore --force"), refused.errors)
        XCTAssertEqual(try String(contentsOfFile: data.path + "/lille.json", encoding: .utf8), mine)
        XCTAssertFalse(data.exists("lille.json.damaged"))

        let forced = runBibplan(["--data-dir", data.path, "--library", "lille", "restore", "--force"])
        XCTAssertEqual(forced.status, 0, forced.errors)
        XCTAssertEqual(try String(contentsOfFile: data.path + "/lille.json.damaged", encoding: .utf8), mine)
        XCTAssertTrue(try String(contentsOfFile: data.path + "/lille.json", encoding: .utf8).contains("Ældre"))
    }

    func testAnEarlierDamagedFileIsNeverOverwritten() throws {
        let good = Fixture.minimalLibrary(id: "lille", name: "Lille Bibliotek")
        let data = try TemporaryDataDirectory(files: ["lille.json": "first damage", "lille.json.bak": good])
        for (number, damage) in ["first damage", "second damage", "third damage"].enumerated() {
            try data.write("lille.json", damage)
            let restore = runBibplan(["--data-dir", data.path, "--library", "lille", "restore"])
            XCTAssertEqual(restore.status, 0, restore.errors)
            let name = number == 0 ? "lille.json.damaged" : "lille.json.damaged.\(number + 1)"
            XCTAssertEqual(try String(contentsOfFile: data.path + "/" + name, encoding: .utf8), damage)
        }
        XCTAssertEqual(try String(contentsOfFile: data.path + "/lille.json.damaged", encoding: .utf8), "first damage")
    }
}
