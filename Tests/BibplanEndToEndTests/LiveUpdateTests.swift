import Foundation
import XCTest

/// Two programs on one library: a change saved in one appears in the other without a key.
final class LiveUpdateTests: XCTestCase {
    func testChangeInOneInstanceAppearsInTheOther() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = NSTemporaryDirectory() + "bibplan-live-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let line = "'\(TmuxSession.binary.path)' --data-dir \(directory) --library ballerup --today 2026-11-28 --lang da; sleep 30"
        let first = try TmuxSession(command: line)
        try first.waitFor { $0.contains("Ballerup") }
        let second = try TmuxSession(command: line)
        try first.send("2")
        try second.send("2")
        let before = try second.waitFor { $0.contains("1. Vi er et kraftcenter") }
        XCTAssertTrue(before.contains("● 1. Vi er et kraftcenter"), before)

        try first.send("s") // next status for the first goal, saved at once
        let after = try second.waitFor(seconds: 4) { $0.contains("▲ 1. Vi er et kraftcenter") }
        XCTAssertTrue(after.contains("▲ 1. Vi er et kraftcenter"), "the other instance shows the change:\n\(after)")
        XCTAssertTrue(after.contains("Opdateret med ændringer fra en anden session"), after)

        try "{\"schema\": 1,".write(toFile: directory + "/ballerup.json", atomically: false, encoding: .utf8)
        let broken = try second.waitFor(seconds: 4) { $0.contains("ugyldig") }
        XCTAssertTrue(broken.contains("Filen på disken er ugyldig"), broken)
        XCTAssertTrue(broken.contains("▲ 1. Vi er et kraftcenter"), "the last good state stays on screen:\n\(broken)")
    }
}
