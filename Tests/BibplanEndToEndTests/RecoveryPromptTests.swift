import Foundation
import XCTest

/// A damaged library with a good backup: the program says so at start and restores it when asked.
final class RecoveryPromptTests: TmuxTestCase {
    func testOfferedRestoreOpensTheProgram() throws {
        _ = try runProgram(["--data-dir", dataDirectory, "--library", "ballerup", "today"])
        let library = dataDirectory + "/ballerup.json"
        XCTAssertTrue(FileManager.default.fileExists(atPath: library), "the first run seeds the samples")
        try FileManager.default.copyItem(atPath: library, toPath: library + ".bak")
        try "{\"schema\": 1, \"id\": \"ball".write(toFile: library, atomically: true, encoding: .utf8)

        let session = try startProgram("--library ballerup --today 2026-11-28 --lang da")
        let prompt = try session.waitFor { $0.contains("[j/N]") }
        XCTAssertTrue(prompt.contains("ballerup.json:1:"), "the problem is shown first:\n\(prompt)")
        XCTAssertTrue(prompt.contains("en gyldig tidligere udgave findes i ballerup.json.bak"), prompt)
        try session.send("j", "Enter")
        let screen = try session.waitFor { $0.contains("3 Kalender") }
        XCTAssertTrue(screen.contains("Ballerup"), screen)
        XCTAssertTrue(FileManager.default.fileExists(atPath: library + ".damaged"))
    }
}
