import Foundation
import XCTest

/// The overview across libraries in the real program: open it, find a theme's goal
/// of another library, and go into that library at that goal.
final class OverviewEndToEndTests: TmuxTestCase {
    func testFromTheOverviewIntoAnotherLibrarysGoal() throws {
        let session = try startProgram("--library glostrup --today 2026-11-28 --lang da")
        try session.waitFor { $0.contains("Krea værksted") }
        try session.send("5")
        var screen = try session.waitFor { $0.contains("Tårnby Kommunebiblioteker") }
        XCTAssertTrue(screen.contains("Mål: 23 på sporet, 1 i fare, 2 ikke startet"), screen)
        try session.send("v", "/")
        try session.send("-l", "kraftcenter")
        try session.send("Enter")
        screen = try session.waitFor { $0.contains("kraftcenter") && !$0.contains("Litteratur på bassinkanten") }
        XCTAssertFalse(screen.contains("Litteratur på bassinkanten"), "the search narrows the themes:\n\(screen)")
        try session.send("Enter")
        screen = try session.waitFor { $0.hasPrefix(" Ballerup Bibliotekerne") && $0.contains("kraftcenter for læsning") }
        XCTAssertTrue(screen.hasPrefix(" Ballerup Bibliotekerne"), "the title line names the library now open:\n\(screen)")
        XCTAssertTrue(screen.contains("1. Vi er et kraftcenter for læsning"), screen)
        try quit(session)
    }
}
