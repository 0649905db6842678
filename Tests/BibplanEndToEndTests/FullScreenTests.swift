import Foundation
import XCTest

/// The real binary in a real terminal (tmux): first screen, panes, resize, quit, signals.
final class FullScreenTests: TmuxTestCase {
    private var pidFile = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        pidFile = scratchPath("pid")
    }

    /// The shell line for tmux: runs bibplan (its pid in `pidFile`), then reports how it ended.
    private func command(_ arguments: String) -> String {
        "sh -c 'echo $$ > \(pidFile); BIBPLAN_DATA=\(dataDirectory) exec \(TmuxSession.binary.path) \(arguments)'; "
            + "echo EXITED $?; stty -a | grep -o -- '-\\?icanon'; sleep 30"
    }

    func testOpensOnTodaysEventsMovesThroughPanesResizesAndQuitsClean() throws {
        let session = try TmuxSession(command: command("--library glostrup --today 2026-11-28 --lang da"))
        var screen = try session.waitFor { $0.contains("Krea værksted") }
        XCTAssertTrue(screen.contains("Lørdag 28. november 2026 · uge 48"), screen)
        XCTAssertTrue(screen.contains("Forfattermøde"), screen)

        try session.send("1")
        screen = try session.waitFor { $0.contains("Litteratur, viden og fællesskaber") }
        XCTAssertTrue(screen.contains("på sporet"), screen)
        try session.send("Right")
        try session.send("2")
        screen = try session.waitFor { $0.contains("Litteratur på bassinkanten") }
        try session.send("Tab", "Tab")
        screen = try session.waitFor { $0.contains("IT-caféen") }
        XCTAssertTrue(screen.contains("IT-caféen"), "Tab twice: initiatives → calendar → volunteers\n\(screen)")
        try session.send("BTab")
        screen = try session.waitFor { $0.contains("Krea værksted") }
        XCTAssertTrue(screen.contains("Krea værksted"), screen)

        try session.resize(width: 200, height: 50)
        screen = try session.waitFor { $0.contains("Vagtplan") }
        XCTAssertTrue(screen.contains("Vagtplan"), "wide layout shows the roster beside the list:\n\(screen)")
        try session.resize(width: 30, height: 8)
        screen = try session.waitFor { $0.contains("For lille") }
        XCTAssertTrue(screen.contains("For lille"), screen)
        try session.resize(width: 80, height: 24)
        try session.waitFor { $0.contains("Krea værksted") }

        try session.send("q")
        screen = try session.waitFor { $0.contains("icanon") }
        XCTAssertTrue(screen.contains("EXITED 0"), screen)
        XCTAssertTrue(screen.contains("icanon") && !screen.contains("-icanon"), "terminal restored to canonical mode:\n\(screen)")
        XCTAssertFalse(screen.contains("3 Kalender"), "the program's screen is gone after quitting:\n\(screen)")
    }

    func testHangUpAndTerminateRestoreTheTerminalAndExitQuickly() throws {
        for signal in ["HUP", "TERM"] {
            let session = try TmuxSession(command: command("--library glostrup --today 2026-11-28 --lang en"))
            try session.waitFor { $0.contains("Krea værksted") }
            let started = Date()
            let pidText = try String(contentsOfFile: pidFile, encoding: .utf8)
            let pid = try XCTUnwrap(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
            kill(pid, signal == "HUP" ? SIGHUP : SIGTERM)
            let screen = try session.waitFor(seconds: 3) { $0.contains("icanon") }
            XCTAssertTrue(screen.contains("EXITED"), "exited on SIG\(signal):\n\(screen)")
            XCTAssertLessThan(Date().timeIntervalSince(started), 2.5)
            XCTAssertTrue(screen.contains("icanon") && !screen.contains("-icanon"), screen)
        }
    }

    func testFirstRunSeedsTheSampleLibrariesAndShowsThePicker() throws {
        let session = try TmuxSession(command: command("--today 2026-11-28 --lang en"))
        let screen = try session.waitFor { $0.contains("Choose a library") }
        XCTAssertTrue(screen.contains("Glostrup Bibliotek"), screen)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dataDirectory + "/taarnby.json"))
        try session.send("Down", "Down", "Enter")
        try session.waitFor { $0.contains("Glostrup Bibliotek") && !$0.contains("Choose a library") }
        try quit(session)
    }
}
