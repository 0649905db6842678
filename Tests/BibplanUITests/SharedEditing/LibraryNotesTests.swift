@testable import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// The notes read beside a library: who changed an item last, in its details (never for a
/// volunteer), and the clashes a git merge left, settled one at a time in a dialog.
final class LibraryNotesTests: XCTestCase {
    private func moment(_ text: String) throws -> Date { try XCTUnwrap(ISO8601DateFormatter().date(from: text)) }

    func testTheDetailsSayWhoChangedAnItemLastButNeverToAVolunteer() throws {
        var state = try Fixtures.state(width: 160, height: 40, language: .english)
        let index = try XCTUnwrap(state.index)
        let goal = state.goals.rows(index, search: nil)[0].goal
        let initiative = state.initiatives.rows(index, search: nil)[0]
        let event = index.event(of: state.calendar.occurrences(index, search: nil)[0])
        let volunteer = try XCTUnwrap(state.volunteers.entries(index, search: nil).first?.volunteer)
        let entities = ["goals[\(goal.id)]", "initiatives[\(initiative.id)]", "events[\(event.id)]", "volunteers[\(volunteer.id)]"]
        let records = entities.map { ChangeRecord(time: "2026-11-26T09:00:00Z", account: "helle", role: "staff", change: .changed,
                                                  entity: $0, field: "title", old: "a", new: "b") }
        _ = update(&state, .notesLoaded(LibraryNotes(changes: LastChanges(records), readAt: try moment("2026-11-28T10:00:00Z"))))
        for pane in [Pane.goals, .initiatives, .calendar, .volunteers] {
            state.pane = pane
            let text = render(state).text
            XCTAssertTrue(text.contains("Last change:") && text.contains("changed by helle 2 days ago"), "\(pane):\n\(text)")
        }
        // While the clock is followed it counts from the clock, and speaks the person's language.
        state.now = LocalDateTime(day: try XCTUnwrap(Day(iso: "2026-11-29")), minutes: 600)
        state.language = .danish
        XCTAssertTrue(render(state).text.contains("Senest:  ændret af helle for 3 dage siden"), render(state).text)

        state.role = .volunteer(VolunteerSession(volunteerID: volunteer.id, now: LocalDateTime(day: state.today, minutes: 600)))
        XCTAssertEqual(state.lastChangeText(kind: "goals", id: goal.id), "")
        XCTAssertFalse(render(state).text.contains("helle"), render(state).text)
        _ = update(&state, .notesLoaded(LibraryNotes(changes: LastChanges(records))))
        XCTAssertEqual(state.notes.changes.count, 0, "a volunteer keeps none of it")
    }

    func testASaveReadsTheHistoryAgain() throws {
        try MainActor.assumeIsolated { try Self.saveReadsTheHistoryAgain() }
    }

    func testASessionSettlesAClashFileTheCoreWrote() throws {
        try MainActor.assumeIsolated { try Self.sessionSettlesAClashFile() }
    }

    @MainActor
    private static func saveReadsTheHistoryAgain() throws {
        let directory = try SampleDirectory()
        let driver = try SessionDriver(directory: directory.path)
        driver.store.author = ChangeAuthor(account: "helle", role: .staff)
        let goal = try XCTUnwrap(driver.library.goals.first)
        driver.change { $0.goals[0].progress = goal.progress == 55 ? 56 : 55 }
        XCTAssertEqual(driver.state.notes.changes.last(kind: "goals", id: goal.id)?.account, "helle")
        driver.state.pane = .goals
        XCTAssertEqual(driver.state.lastChangeText(kind: "goals", id: goal.id), "changed by helle just now")
    }

    func testOpenClashesAreMarkedSaidAndSettledOneAtATime() throws {
        var state = try Fixtures.state(language: .english)
        let clashes = [GitClash(path: "goals[g1].progress", ours: "30", theirs: "90"),
                       GitClash(path: "goals[g2]", ours: "changed", theirs: "deleted")]
        _ = update(&state, .notesLoaded(LibraryNotes(clashes: clashes)))
        XCTAssertEqual(state.message, "A git merge left 2 things changed in two places: K shows them")
        XCTAssertTrue(render(state).line(0).contains("[git: 2 changed in two places]"), render(state).line(0))

        Fixtures.press(Fixtures.key(for: .showGitClashes, in: .global), &state)
        XCTAssertEqual(state.overlay, .gitClashes(ListPosition()))
        let screen = render(state).text
        for text in ["goals[g1].progress", "goals[g2]", "Mine:", "30", "Theirs:", "90", "m keep my version", "t take theirs"] {
            XCTAssertTrue(screen.contains(text), "\(text):\n\(screen)")
        }
        Fixtures.press([.down], &state)
        XCTAssertEqual(Fixtures.pressReturningEffects(Fixtures.key(for: .keepMine, in: .dialog(.gitClashes)), &state),
                       [.settleGitClash(path: "goals[g2]", keepMine: true)])
        XCTAssertNotNil(state.overlay, "the dialog waits for the answer")
        _ = update(&state, .gitClashSettled(LibraryNotes(clashes: [clashes[0]]), reloaded: nil, path: "goals[g2]", keptMine: true))
        XCTAssertEqual(state.message, "Settled: goals[g2] (kept mine) · 1 left")
        XCTAssertEqual(state.overlay, .gitClashes(ListPosition()), "on the one left")

        let button = try XCTUnwrap(render(state).lines.firstIndex { $0.contains("t take theirs") })
        let column = try XCTUnwrap(render(state).line(button).range(of: "t take theirs")).lowerBound
        let x = render(state).line(button).distance(from: render(state).line(button).startIndex, to: column)
        XCTAssertEqual(update(&state, .mouse(MouseEvent(.press(.left), column: x + 2, row: button))),
                       [.settleGitClash(path: "goals[g1].progress", keepMine: false)], "its keys are buttons too")
        _ = update(&state, .gitClashSettled(LibraryNotes(), reloaded: nil, path: "goals[g1].progress", keptMine: false))
        XCTAssertNil(state.overlay)
        XCTAssertFalse(render(state).line(0).contains("git:"))

        state.role = .viewer
        _ = update(&state, .notesLoaded(LibraryNotes(clashes: clashes)))
        XCTAssertFalse(render(state).line(0).contains("git:"), "a viewer settles nothing")
        Fixtures.press(Fixtures.key(for: .showGitClashes, in: .global), &state)
        XCTAssertNil(state.overlay)
    }

    @MainActor
    private static func sessionSettlesAClashFile() throws {
        let directory = try SampleDirectory()
        let store = try LibraryStore(path: directory.path)
        let theirs = try store.load("glostrup").library
        var ours = theirs
        let goal = theirs.goals[0]
        ours.goals[0].progress = goal.progress == 30 ? 31 : 30
        let clash = ThreeWayMerge.Clash(kind: "goals", id: goal.id, fields: ["progress"], deleted: false,
                                        values: [("progress", "\(ours.goals[0].progress)", "\(goal.progress)")])
        let open = OpenClashes(library: "glostrup", merges: [OpenClashes.Merge(time: "2026-12-03T14:20:05Z", by: "helle",
                                                                               clashes: [clash], ours: ours)])
        let file = directory.path + "/" + OpenClashes.fileName("glostrup")
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data(open.encode())))

        let driver = try SessionDriver(directory: directory.path)
        driver.run([.loadNotes])
        XCTAssertEqual(driver.state.notes.clashes, [GitClash(path: "goals[\(goal.id)].progress", ours: "\(ours.goals[0].progress)",
                                                             theirs: "\(goal.progress)")])
        for key in Fixtures.key(for: .showGitClashes, in: .global) { driver.press(key) }
        let answers = Fixtures.key(for: .keepMine, in: .dialog(.gitClashes)).flatMap { driver.press($0) }
        XCTAssertTrue(answers.contains { if case .gitClashSettled = $0 { true } else { false } }, "\(answers)")
        XCTAssertEqual(driver.state.index?.library.goals[0].progress, ours.goals[0].progress, "the screen shows mine kept")
        XCTAssertEqual(try directory.library().goals[0].progress, ours.goals[0].progress, "and so does the file")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file), "the last clash settled takes the file away")
        XCTAssertNil(driver.state.overlay)
        XCTAssertTrue(driver.state.notes.clashes.isEmpty)
        XCTAssertNil(try store.openClashes("glostrup"))
    }
}
