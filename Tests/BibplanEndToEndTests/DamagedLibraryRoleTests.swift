import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// The full-screen program started on a damaged library with a good backup, for each
/// role of access.json (issue 15): only staff may put the backup back; a volunteer
/// sees no problem list, whose lines name other volunteers.
final class DamagedLibraryRoleTests: ScratchFolderTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        directory = try scratchFolder("roles")
        let good = #"{ "schema": 1, "id": "lille", "name": "Lille", "volunteers": [ { "id": "v1", "name": "Åse" } ] }"#
        try good.write(toFile: directory + "/lille.json.bak", atomically: true, encoding: .utf8)
        let damaged = #"{ "schema": 1, "id": "lille", "name": "Lille", "volunteers": [ { "id": "v1", "name": "Åse" }, "#
            + #"{ "id": "v-hemmelig", "name": "B", "phone": 7 } ] }"#
        try damaged.write(toFile: directory + "/lille.json", atomically: true, encoding: .utf8)
    }

    private func account() throws -> String {
        try XCTUnwrap(getpwuid(getuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } })
    }

    /// Runs the program (stdin not a terminal) as the given role; returns status and standard error.
    private func start(as role: String) throws -> (Int32, String) {
        let user = try account()
        let entry = role == "volunteer" ? #"{ "user": "\#(user)", "role": "volunteer", "library": "lille", "volunteer": "v1" }"#
            : #"{ "user": "\#(user)", "role": "\#(role)" }"#
        try #"{ "users": [ \#(entry) ] }"#.write(toFile: directory + "/access.json", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = TmuxSession.binary
        process.arguments = ["--data-dir", directory, "--library", "lille", "--lang", "en"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    func testStaffSeeTheProblemsAndHowToRestore() throws {
        let (status, errors) = try start(as: "staff")
        XCTAssertEqual(status, 1)
        XCTAssertTrue(errors.contains("lille.json:1:"), errors)
        XCTAssertTrue(errors.contains("v-hemmelig") || errors.contains("phone"), errors)
        XCTAssertTrue(errors.contains("Restore it with: bibplan --library lille restore"), errors)
    }

    func testAViewerIsToldToAskStaff() throws {
        let (status, errors) = try start(as: "viewer")
        XCTAssertEqual(status, 1)
        XCTAssertTrue(errors.contains("Only staff can put it back; ask staff to."), errors)
        XCTAssertFalse(errors.contains("Restore it"), errors)
    }

    func testAVolunteerSeesOnlyThatThereIsAProblem() throws {
        let (status, errors) = try start(as: "volunteer")
        XCTAssertEqual(status, 1)
        XCTAssertEqual(errors, "bibplan: the library lille has a problem and cannot be shown now; staff have been told\n")
        XCTAssertEqual(try String(contentsOfFile: directory + "/lille.json", encoding: .utf8).contains("v-hemmelig"), true, "unchanged")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/lille.json.damaged"))
    }
}
