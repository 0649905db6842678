import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// Saves run on another thread while keys keep coming: every key's change reaches
/// the file, merged with what another session saved meanwhile.
final class SaveWorkerTests: XCTestCase {
    func testKeysPressedWhileSavingAreAllSaved() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let driver = try SessionDriver(directory: folder.path)
            let before = try XCTUnwrap(try folder.library().goals.first { $0.id == "g4" })
            let other = try SessionDriver(directory: folder.path)
            let keys: [TerminalEvent] = [.key(.character("1")), .key(.character("j")), .key(.character("j")), .key(.character("j")),
                                         .key(.character("+")), .key(.character("+")), .key(.character("s")), .key(.character("+"))]
            let terminal = ScriptedTerminal(width: 80, height: 24, events: keys)
            var loop = ProgramLoop(state: driver.state, perform: driver.session.perform, clock: { nil })
            loop.saver = SaveWorker(session: driver.session)
            other.change { $0.goals[$0.goals.firstIndex { $0.id == "g4" } ?? 0].owner = "Kirsten Ørum" }
            let final = loop.run(on: terminal)
            let saved = try XCTUnwrap(try folder.library().goals.first { $0.id == "g4" })
            XCTAssertEqual(saved.progress, min(100, before.progress + 15), "three + presses")
            XCTAssertEqual(saved.status, before.status.next, "and the status change between them")
            XCTAssertEqual(saved.owner, "Kirsten Ørum", "the other session's change stays")
            XCTAssertEqual(final.index?.library.goals.first { $0.id == "g4" }, saved, "the screen shows what is on disk")
            XCTAssertFalse(final.saving)
            XCTAssertTrue(terminal.frames.contains { $0.line(0).contains("saving…") }, "the title line says a save runs")
        }
    }

    func testTheFileIsNotReloadedBetweenASavesWriteAndItsEnd() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let driver = try SessionDriver(directory: folder.path)
            var changed = driver.library
            changed.setStatus(ofGoal: "g2", .atRisk)
            let job = try XCTUnwrap(driver.session.job(for: .save(changed)))
            let result = job.run()   // on the saving thread: the file is written now
            XCTAssertNil(driver.session.checkForChanges(), "an idle tick here must not take the save's own file for another session's")
            guard case .saved = driver.session.finish(result) else { return XCTFail("saved") }
            XCTAssertNil(driver.session.checkForChanges(), "and after it the file is this session's own")
        }
    }
}
