import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Issue 14's reproduction, as people would do it: two programs clash on goal 3, an
/// import lands meanwhile, one person keeps their version and presses S. The
/// imported events stay.
final class SharedEditingEndToEndTests: TmuxTestCase {
    func testAClashChoiceAndSAfterAnImportKeepTheImport() throws {
        let (a, b) = try startTwoPrograms("--library glostrup --today 2026-11-28 --lang da", readyWhen: "Glostrup")
        for session in [a, b] {
            try session.send("1")
            try session.send("j")
            try session.send("j")
            try session.waitFor { $0.contains("Demokrati og samskabelse\nStatus") }
        }
        // Both press while the library's lock is held elsewhere, so both saves start from
        // the same version: whichever writes second meets the other's change.
        let holder = open(dataDirectory + "/glostrup.lock", O_RDWR | O_CREAT, 0o664)
        XCTAssertEqual(flock(holder, LOCK_EX), 0)
        try a.send("+")
        try b.send("-")
        usleep(300_000)
        flock(holder, LOCK_UN)
        close(holder)
        var clashing: TmuxSession?
        for _ in 0..<40 where clashing == nil {
            usleep(100_000)
            clashing = try [a, b].first { try $0.capture().contains("goals[g3].progress: din ") }
        }
        let screens = try a.capture() + "\n" + b.capture()
        let chooser = try XCTUnwrap(clashing, "one of the two meets the other's change:\n" + screens)
        XCTAssertTrue(try chooser.capture().contains("den anden"))

        let ics = dataDirectory + "/to-arrangementer.ics"
        try SharedEditingFixture.twoEvents.write(toFile: ics, atomically: true, encoding: .utf8)
        let imported = try runProgram(["--data-dir", dataDirectory, "--library", "glostrup", "import", "ics", ics])
        XCTAssertTrue(imported.contains("2 new"), imported)

        try chooser.send("m")
        usleep(500_000)
        try chooser.send("S")
        usleep(500_000)
        let saved = try String(contentsOfFile: dataDirectory + "/glostrup.json", encoding: .utf8)
        XCTAssertTrue(saved.contains("Forfatteraften i januar"), "the first imported event stays")
        XCTAssertTrue(saved.contains("Læseklub i januar"), "the second imported event stays")
        let check = try runProgram(["--data-dir", dataDirectory, "check"])
        XCTAssertFalse(check.contains("error"), check)
    }
}

enum SharedEditingFixture {
    static let twoEvents = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        "BEGIN:VEVENT", "UID:januar-1@example.org", "DTSTART:20270108T190000", "DTEND:20270108T200000",
        "SUMMARY:Forfatteraften i januar", "END:VEVENT",
        "BEGIN:VEVENT", "UID:januar-2@example.org", "DTSTART:20270115T170000", "DTEND:20270115T180000",
        "SUMMARY:Læseklub i januar", "END:VEVENT", "END:VCALENDAR", "",
    ].joined(separator: "\r\n")
}
