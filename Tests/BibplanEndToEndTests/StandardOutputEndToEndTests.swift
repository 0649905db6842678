import Foundation
import XCTest

/// The real binary's standard output (issue 15): `| head` ends it quietly with status
/// 0, a full disk (/dev/full) ends it with status 1 and the reason.
final class StandardOutputEndToEndTests: ScratchFolderTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        directory = try scratchFolder("stdout")
        let events = (0..<20).map {
            #"{ "id": "e\#($0)", "title": "Vagt \#($0)", "start": "2026-01-01T10:00", "rrule": "FREQ=DAILY", "volunteersNeeded": 2 }"#
        }
        try #"{ "schema": 1, "id": "travl", "name": "Travl", "events": [ \#(events.joined(separator: ", ")) ] }"#
            .write(toFile: directory + "/travl.json", atomically: true, encoding: .utf8)
    }

    private let export = ["--lang", "en", "export", "csv", "roster", "--from", "2026-01-01", "--to", "2026-12-31"]

    func testAReaderThatStopsEarlyEndsTheCommandQuietly() throws {
        let process = Process()
        process.executableURL = TmuxSession.binary
        process.arguments = ["--data-dir", directory] + export
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        _ = output.fileHandleForReading.readData(ofLength: 100)
        try output.fileHandleForReading.close()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "not killed by SIGPIPE")
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(String(decoding: said, as: UTF8.self), "")
    }

    func testAFullDiskIsAFailureWithItsReason() throws {
        let process = Process()
        process.executableURL = TmuxSession.binary
        process.arguments = ["--data-dir", directory] + export
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertEqual(said, "bibplan: standard output could not be written: No space left on device\n")
    }
}
