import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Issue 14's reproduction, as people would do it: two programs clash on goal 3, an
/// import lands meanwhile, one person keeps their version and presses S. The
/// imported events stay.
final class SharedEditingEndToEndTests: XCTestCase {
    func testAClashChoiceAndSAfterAnImportKeepTheImport() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = NSTemporaryDirectory() + "bibplan-shared-e2e-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let binary = TmuxSession.binary.path
        let line = "'\(binary)' --data-dir \(directory) --library glostrup --today 2026-11-28 --lang da; sleep 30"
        let a = try TmuxSession(command: line)
        try a.waitFor { $0.contains("Glostrup") }
        let b = try TmuxSession(command: line)
        try b.waitFor { $0.contains("Glostrup") }
        for session in [a, b] {
            try session.send("1")
            try session.send("j")
            try session.send("j")
            try session.waitFor { $0.contains("Demokrati og samskabelse\nStatus") }
        }
        // B is held still while A saves, so B's "-" is read before B looks at the file again:
        // the two changes meet as they do when pressed at the same moment.
        let programB = try SharedEditingFixture.program(in: b)
        kill(programB, SIGSTOP)
        try a.send("+")
        usleep(500_000)
        try b.send("-")
        kill(programB, SIGCONT)
        let clash = try b.waitFor(seconds: 4) { $0.contains("goals[g3].progress: din ") }
        XCTAssertTrue(clash.contains("den anden"), clash)

        let ics = directory + "/to-arrangementer.ics"
        try SharedEditingFixture.twoEvents.write(toFile: ics, atomically: true, encoding: .utf8)
        let imported = try SharedEditingFixture.run(binary, ["--data-dir", directory, "--library", "glostrup", "import", "ics", ics])
        XCTAssertTrue(imported.contains("2 new"), imported)

        try b.send("m")
        usleep(500_000)
        try b.send("S")
        usleep(500_000)
        let saved = try String(contentsOfFile: directory + "/glostrup.json", encoding: .utf8)
        XCTAssertTrue(saved.contains("Forfatteraften i januar"), "the first imported event stays")
        XCTAssertTrue(saved.contains("Læseklub i januar"), "the second imported event stays")
        let check = try SharedEditingFixture.run(binary, ["--data-dir", directory, "check"])
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

    /// The bibplan process inside a tmux session (the child of the pane's shell).
    static func program(in session: TmuxSession) throws -> pid_t {
        let shell = try session.run(["list-panes", "-t", session.name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) else { throw Missing.program(shell) }
        return pid
    }

    enum Missing: Error { case program(String) }

    /// Runs the binary to its end; standard output and error together.
    static func run(_ binary: String, _ arguments: [String]) throws -> String {
        try ProgramRun.run(binary, arguments).output
    }
}
