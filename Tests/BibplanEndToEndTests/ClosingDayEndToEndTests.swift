import Foundation
import XCTest

/// The real binary in tmux: walking the calendar onto a closed day shows why it is closed.
final class ClosingDayEndToEndTests: XCTestCase {
    private var dataDirectory = ""

    override func setUpWithError() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        dataDirectory = NSTemporaryDirectory() + "bibplan-e2e-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }

    func testAClosedDaysHeaderAndItsFlaggedOccurrence() throws {
        let command = "BIBPLAN_DATA=\(dataDirectory) \(TmuxSession.binary.path) --library glostrup --today 2028-12-22 --lang da; "
            + "echo EXITED $?; sleep 30"
        let session = try TmuxSession(command: command)
        var screen = try session.waitFor { $0.contains("Fredag 22. december 2028") }
        XCTAssertTrue(screen.contains("Selvbetjening 7–22"), "an ordinary Friday gives Glostrup's hours:\n\(screen)")
        try session.send("l", "l", "l")
        screen = try session.waitFor { $0.contains("Mandag 25. december 2028") }
        XCTAssertTrue(screen.contains("Mandag 25. december 2028 · uge 52 · Lukket: juledag"), screen)
        XCTAssertTrue(screen.contains("10:00–12:00  D Samtalecafé på da"), screen)
        XCTAssertTrue(screen.contains("⚠ lukket: juledag"), screen)
        try session.send("v", "v")
        screen = try session.waitFor { $0.contains("December 2028") }
        XCTAssertTrue(screen.contains("25*") && screen.contains("26*"), "the month marks both Christmas days:\n\(screen)")
        try session.send("q")
        XCTAssertTrue(try session.waitFor { $0.contains("EXITED") }.contains("EXITED 0"))
    }
}
