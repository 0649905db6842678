import BibplanCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A planner's session in the real program: a goal, a recurring event typed in words,
/// a volunteer on a shift, two undos, and the file that remains; and a save that fails.
final class PlanningSessionTests: TmuxTestCase {
    override func tearDown() {
        chmod(dataDirectory, 0o755)
        super.tearDown()
    }

    private var libraryFile: String { dataDirectory + "/glostrup.json" }

    /// The shell line for tmux, in the data folder (where `r` writes the report);
    /// `prefix` runs the program as another user when set.
    private func command(prefix: String = "") -> String {
        "cd \(dataDirectory) 2>/dev/null; " + programLine("--library glostrup --today 2026-11-28 --lang da", prefix: prefix)
    }

    private func library() throws -> Library {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: libraryFile)))
        return try LibraryCodec.decode(bytes, file: libraryFile)
    }

    private func type(_ session: TmuxSession, _ text: String) throws { try session.send("-l", text) }

    func testPlannerSessionLeavesExactlyTheExpectedFile() throws {
        var session = try TmuxSession(command: command())
        try session.waitFor { $0.contains("Krea værksted") }
        let original = try library()

        try session.send("1", "N")
        try type(session, "Læsning for alle på Østerbro")
        try session.send("Enter", "s", "+", "+")
        var screen = try session.waitFor { $0.contains("Læsning for alle på Østerbro") && $0.contains("10 %") }
        XCTAssertTrue(screen.contains("på sporet"), screen)

        try session.send("3", "n")
        try type(session, "Strikkecafé for begyndere")
        for text in ["2/12", "19", "120", "hver uge om onsdag", "Salen"] {   // date, time, length, repeats, place
            try session.send("Tab")
            try type(session, text)
        }
        screen = try session.waitFor { $0.contains("Forstået som: hver uge om onsdag") && $0.contains("Salen") }
        XCTAssertTrue(screen.contains("Næste: ons 2/12, ons 9/12, ons 16/12"), screen)
        try session.send("Enter")
        screen = try session.waitFor { $0.contains("Onsdag 2. december 2026") && $0.contains("Strikkecafé for begyndere") }

        try session.send("Enter", "a")
        try type(session, "Kirsten")
        try session.send("Enter")
        screen = try session.waitFor { $0.contains("• Kirsten Blæsbjerg") }
        try session.send("Escape", "]")
        // At 80 columns its title is cut to the title column every row shares.
        screen = try session.waitFor { $0.contains("Onsdag 9. december 2026") && $0.contains("Strikkecafé for be") }

        try session.send("u", "u")
        screen = try session.waitFor { $0.contains("Onsdag 9. december 2026") && !$0.contains("Strikkecafé for be") }
        try quit(session)

        var expected = original
        let goalID = original.nextID(prefix: "g", among: original.goals.map(\.id))
        expected.goals.append(Goal(id: goalID, title: "Læsning for alle på Østerbro", status: .onTrack, progress: 10))
        XCTAssertEqual(try library(), expected, "the goal stays; the event and the shift were undone")

        session = try TmuxSession(command: command())
        try session.waitFor { $0.contains("Krea værksted") }
        try session.send("1")
        screen = try session.waitFor { $0.contains("Læsning for alle på Østerbro") }
        XCTAssertTrue(screen.contains("Læsning for alle på Østerbro"), screen)
        try session.send("r")
        screen = try session.waitFor { $0.contains("Rapporten er skrevet") }
        let report = dataDirectory + "/glostrup-opfoelgning-2026-01-01-2027-12-31.md"
        XCTAssertTrue(try String(contentsOfFile: report, encoding: .utf8).contains("Læsning for alle på Østerbro"), screen)
        try session.send("q")
    }

    /// The data folder is read-only: the change stays in the program, marked not saved,
    /// the file is untouched; once the folder is writable again, S saves it.
    func testSaveIntoAReadOnlyFolderKeepsTheChangeAndTheFile() throws {
        var session = try TmuxSession(command: command())
        try session.waitFor { $0.contains("Krea værksted") }
        try quit(session)
        let before = try Data(contentsOf: URL(fileURLWithPath: libraryFile))
        // Root writes anywhere: the program then runs as nobody, which may only read.
        let prefix = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        XCTAssertEqual(chmod(dataDirectory, 0o555), 0)

        session = try TmuxSession(command: command(prefix: prefix))
        try session.waitFor { $0.contains("Krea værksted") }
        try session.send("1", "s")
        var screen = try session.waitFor { $0.contains("[ikke gemt]") }
        XCTAssertTrue(screen.contains("Ikke gemt, din ændring er bevaret"), screen)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: libraryFile)), before, "the file is untouched")

        try session.send("q")
        screen = try session.waitFor { $0.contains("Afslut uden at gemme?") }
        try session.send("Escape")
        XCTAssertEqual(chmod(dataDirectory, 0o777), 0)
        try session.send("S")
        screen = try session.waitFor { !$0.contains("[ikke gemt]") }
        XCTAssertFalse(screen.contains("[ikke gemt]"), screen)
        try quit(session)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: libraryFile)), before)
        XCTAssertEqual(try library().goals.first?.status, .atRisk, "the first goal's status moved on from on-track")
    }
}
