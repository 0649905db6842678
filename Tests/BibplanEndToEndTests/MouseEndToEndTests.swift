import Foundation
import XCTest

/// The mouse in a real terminal (tmux, which speaks SGR 1006 as xterm and SSH sessions do):
/// reporting on while the program runs and off after it, never with `--no-mouse`, and
/// mouse reports (whole, split or broken) never typed as keys.
final class MouseEndToEndTests: TmuxTestCase {
    private func mouseMode(_ session: TmuxSession) throws -> String {
        try session.run(["display-message", "-p", "-t", session.name, "#{mouse_standard_flag}#{mouse_sgr_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func typeRaw(_ session: TmuxSession, _ text: String) throws {
        try session.run(["send-keys", "-t", session.name, "-l", text])
    }

    func testReportingIsOnWhileRunningAndReportsAreNeverTyped() throws {
        let session = try startProgram("--library glostrup --today 2026-11-28 --lang en")
        try session.waitFor { $0.contains("Krea værksted") }
        XCTAssertEqual(try mouseMode(session), "11", "press/release (1000) and SGR (1006) are on")

        try typeRaw(session, "\u{1B}[<0;10;5M\u{1B}[<0;10;5m\u{1B}[<65;10;8M\u{1B}[<64;10;8M")
        try typeRaw(session, "\u{1B}[<0;12")
        usleep(30_000)
        try typeRaw(session, ";7M")
        try typeRaw(session, "\u{1B}[<0;;;M\u{1B}[1;5A")
        usleep(300_000)
        // A stray byte would show "The key M does nothing here", or '[' would go back a week.
        var screen = try session.waitFor { $0.contains("Krea værksted") }
        XCTAssertFalse(screen.contains("does nothing here"), "no byte of a report became a key:\n\(screen)")
        XCTAssertTrue(screen.contains("28 November 2026") || screen.contains("November 28"), screen)
        try session.send("1")
        screen = try session.waitFor { $0.contains("Litteratur, viden og fællesskaber") }

        try session.send("q")
        try session.waitFor { $0.contains("EXITED 0") }
        XCTAssertEqual(try mouseMode(session), "00", "reporting off again for the shell")
    }

    func testNoMouseLeavesTheMouseToTheTerminal() throws {
        let session = try startProgram("--no-mouse --library glostrup --today 2026-11-28 --lang en")
        try session.waitFor { $0.contains("Krea værksted") }
        XCTAssertEqual(try mouseMode(session), "00")
        try session.send("q")
        try session.waitFor { $0.contains("EXITED 0") }
    }

    /// TERM=dumb: no full-screen program, so no mouse reporting either (the README's promise).
    func testADumbTerminalGetsNoMouseAndIsToldWhatToUse() throws {
        let session = try TmuxSession(command: programLine("--library glostrup --today 2026-11-28 --lang en", prefix: "TERM=dumb "))
        let screen = try session.waitFor { $0.contains("EXITED") }
        XCTAssertTrue(screen.contains("cannot show the full-screen program"), screen)
        XCTAssertTrue(screen.contains("EXITED 2"), screen)
        XCTAssertEqual(try mouseMode(session), "00")
    }

    /// A recorded click (press and release, SGR 1006, 1-based) on the goals tab, then on the
    /// goals list's second row: the pane opens, and the details below show that goal.
    func testAClickOpensAPaneAndAnotherSelectsARow() throws {
        let session = try startProgram("--library glostrup --today 2026-11-28 --lang en")
        try session.waitFor { $0.contains("Krea værksted") }
        // " 1 Goals │": the tab line is screen row 2, "Goals" from column 5.
        try typeRaw(session, "\u{1B}[<0;5;2M\u{1B}[<0;5;2m")
        let goals = try session.waitFor { $0.contains("Litteratur, viden og fællesskaber") }
        let lines = goals.components(separatedBy: "\n")
        // The list's second row is screen row 4; its title starts after the tree's marks and the status symbol.
        let words = lines[3].split(separator: Character(" ")).map(String.init).drop { $0.count <= 1 }.prefix(2).joined(separator: " ")
        XCTAssertFalse(words.isEmpty, goals)
        XCTAssertFalse(lines.dropFirst(4).contains { $0.hasPrefix(words) }, "the details show another goal first:\n\(goals)")
        try typeRaw(session, "\u{1B}[<0;12;4M\u{1B}[<0;12;4m")
        let selected = try session.waitFor { $0.components(separatedBy: "\n").dropFirst(4).contains { $0.hasPrefix(words) } }
        XCTAssertFalse(selected.contains("does nothing here"), selected)
        try session.send("q")
        try session.waitFor { $0.contains("EXITED 0") }
    }
}
