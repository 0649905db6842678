import Foundation
import XCTest

/// Two programs on one library: a change saved in one appears in the other without a key.
final class LiveUpdateTests: TmuxTestCase {
    func testChangeInOneInstanceAppearsInTheOther() throws {
        let (first, second) = try startTwoPrograms("--library ballerup --today 2026-11-28 --lang da", readyWhen: "Ballerup")
        try first.send("1")
        try second.send("1")
        let before = try second.waitFor { $0.contains("1. Vi er et kraftcenter") }
        XCTAssertTrue(before.contains("● 1. Vi er et kraftcenter"), before)

        try first.send("s") // next status for the first goal, saved at once
        let after = try second.waitFor(seconds: 4) { $0.contains("▲ 1. Vi er et kraftcenter") }
        XCTAssertTrue(after.contains("▲ 1. Vi er et kraftcenter"), "the other instance shows the change:\n\(after)")
        XCTAssertTrue(after.contains("Opdateret med ændringer fra en anden session"), after)

        try "{\"schema\": 1,".write(toFile: dataDirectory + "/ballerup.json", atomically: false, encoding: .utf8)
        let broken = try second.waitFor(seconds: 4) { $0.contains("ugyldig") }
        XCTAssertTrue(broken.contains("Filen på disken er ugyldig"), broken)
        XCTAssertTrue(broken.contains("▲ 1. Vi er et kraftcenter"), "the last good state stays on screen:\n\(broken)")
    }
}

/// A save that meets another session's change merges instead of overwriting it.
final class MergedSaveEndToEndTests: TmuxTestCase {
    func testBothChangesSurvive() throws {
        let session = try startProgram("--library ballerup --today 2026-11-28 --lang da")
        try session.waitFor { $0.contains("Ballerup") }
        try session.send("1")
        try session.waitFor { $0.contains("● 1. Vi er et kraftcenter") }

        // Another writer changes a different goal, then this session changes the first one at once.
        let file = dataDirectory + "/ballerup.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(text.contains("\"1.2 Vi giver plads"))
        try text.replacingOccurrences(of: "\"1.2 Vi giver plads", with: "\"1.2 ÆNDRET Vi giver plads")
            .write(toFile: file, atomically: true, encoding: .utf8)
        try session.send("s")

        let screen = try session.waitFor(seconds: 4) {
            $0.contains("▲ 1. Vi er et kraftcenter") && ($0.contains("Gemt sammen") || $0.contains("Opdateret"))
        }
        XCTAssertTrue(screen.contains("▲ 1. Vi er et kraftcenter"), screen)
        usleep(300_000)
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("1.2 ÆNDRET Vi giver plads"), "the other writer's change is kept")
        let object = try JSONSerialization.jsonObject(with: Data(saved.utf8)) as? [String: Any]
        let goals = try XCTUnwrap(object?["goals"] as? [[String: Any]])
        XCTAssertEqual(goals.first?["status"] as? String, "at-risk", "this session's change is saved")
    }
}
