import Foundation
import XCTest

/// The real binary in tmux: walking the calendar onto a closed day shows why it is closed.
final class ClosingDayEndToEndTests: TmuxTestCase {
    func testAClosedDaysHeaderAndItsFlaggedOccurrence() throws {
        let session = try startProgram("--library glostrup --today 2028-12-22 --lang da")
        // Each wait is for the whole of what is checked: a capture can fall between two writes of one frame.
        var screen = try session.waitFor { $0.contains("Fredag 22. december 2028") && $0.contains("Selvbetjening 7–22") }
        XCTAssertTrue(screen.contains("Selvbetjening 7–22"), "an ordinary Friday gives Glostrup's hours:\n\(screen)")
        try session.send("l", "l", "l")
        screen = try session.waitFor {
            $0.contains("Mandag 25. december 2028 · uge 52 · Lukket: juledag") && $0.contains("⚠ lukket: juledag")
                && $0.contains("10:00–12:00  D Samtalecafé på da")
        }
        XCTAssertTrue(screen.contains("Mandag 25. december 2028 · uge 52 · Lukket: juledag"), screen)
        XCTAssertTrue(screen.contains("10:00–12:00  D Samtalecafé på da"), screen)
        XCTAssertTrue(screen.contains("⚠ lukket: juledag"), screen)
        try session.send("v", "v")
        screen = try session.waitFor { $0.contains("December 2028") && $0.contains("25*") && $0.contains("26*") }
        XCTAssertTrue(screen.contains("25*") && screen.contains("26*"), "the month marks both Christmas days:\n\(screen)")
        try quit(session)
    }
}
