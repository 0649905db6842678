import Foundation
import XCTest

/// A damaged library with a good backup: the program says so at start and restores it when asked.
final class RecoveryPromptTests: XCTestCase {
    func testOfferedRestoreOpensTheProgram() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = NSTemporaryDirectory() + "bibplan-recover-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let binary = TmuxSession.binary.path
        let seed = try TmuxSession(command: "'\(binary)' --data-dir \(directory) --library ballerup today > /dev/null 2>&1; sleep 30")
        let library = directory + "/ballerup.json"
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: library) { usleep(50_000) }
        _ = seed
        try FileManager.default.copyItem(atPath: library, toPath: library + ".bak")
        try "{\"schema\": 1, \"id\": \"ball".write(toFile: library, atomically: true, encoding: .utf8)

        let session = try TmuxSession(command: "'\(binary)' --data-dir \(directory) --library ballerup --today 2026-11-28 --lang da; sleep 30")
        let prompt = try session.waitFor { $0.contains("[j/N]") }
        XCTAssertTrue(prompt.contains("ballerup.json:1:"), "the problem is shown first:\n\(prompt)")
        XCTAssertTrue(prompt.contains("en gyldig tidligere udgave findes i ballerup.json.bak"), prompt)
        try session.send("j", "Enter")
        let screen = try session.waitFor { $0.contains("3 Kalender") }
        XCTAssertTrue(screen.contains("Ballerup"), screen)
        XCTAssertTrue(FileManager.default.fileExists(atPath: library + ".damaged"))
    }
}
