import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// Two people and an import on one library: what one of them saved is never
/// removed by the other's save (the reproduction of issue 14, in process).
final class SharedEditingTests: XCTestCase {
    static func twoEvents(_ tag: String) -> String {
        """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//test//EN\r
        BEGIN:VEVENT\r
        UID:\(tag)-1@example.org\r
        DTSTART:20270108T190000\r
        DTEND:20270108T200000\r
        SUMMARY:Forfatteraften \(tag)\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:\(tag)-2@example.org\r
        DTSTART:20270115T170000\r
        DTEND:20270115T180000\r
        SUMMARY:Læseklub \(tag)\r
        END:VEVENT\r
        END:VCALENDAR\r

        """
    }

    private static func importedTitles(_ library: Library, _ tag: String) -> [String] {
        library.events.map(\.title).filter { $0.hasSuffix(tag) }.sorted()
    }

    func testKeepingMineAfterAnImportKeepsTheImport() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let a = try SessionDriver(directory: folder.path), b = try SessionDriver(directory: folder.path)
            let before = try XCTUnwrap(a.library.goals.first { $0.id == "g3" }).progress
            a.change { $0.changeProgress(ofGoal: "g3", by: 5) }
            let clash = b.change { $0.changeProgress(ofGoal: "g3", by: -5) }
            guard case .saveClashed(let clashes)? = clash.first else { return XCTFail("B meets A's change: \(clash)") }
            XCTAssertEqual(clashes.flatMap(\.paths), ["goals[g3].progress"])
            try folder.importEvents(Self.twoEvents("x"))
            b.press(.character("m"))
            let saved = try folder.library()
            XCTAssertEqual(Self.importedTitles(saved, "x"), ["Forfatteraften x", "Læseklub x"], "the import stays")
            XCTAssertEqual(saved.goals.first { $0.id == "g3" }?.progress, max(0, before - 5), "B chose B's value")
            XCTAssertFalse(b.state.hasUnsavedChanges)
            b.press(.character("S"))
            XCTAssertEqual(Self.importedTitles(try folder.library(), "x").count, 2, "S after that still keeps the import")
        }
    }

    func testTakingTheirsAfterAnImportKeepsBoth() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let a = try SessionDriver(directory: folder.path), b = try SessionDriver(directory: folder.path)
            a.change { $0.changeProgress(ofGoal: "g3", by: 5) }
            let aValue = try XCTUnwrap(a.library.goals.first { $0.id == "g3" }).progress
            b.change { $0.changeProgress(ofGoal: "g3", by: -5) }
            b.change { $0.setStatus(ofGoal: "g1", .atRisk) }
            try folder.importEvents(Self.twoEvents("y"))
            b.press(.character("t"))
            let saved = try folder.library()
            XCTAssertEqual(Self.importedTitles(saved, "y").count, 2)
            XCTAssertEqual(saved.goals.first { $0.id == "g3" }?.progress, aValue, "A's value, as B chose")
            XCTAssertEqual(saved.goals.first { $0.id == "g1" }?.status, .atRisk, "B's change that did not clash is saved")
            XCTAssertEqual(b.library, saved, "B's screen shows what is on disk")
        }
    }

    func testAFailedSaveThenAnImportThenSKeepsBoth() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let b = try SessionDriver(directory: folder.path)
            b.faults.fail("write", with: ENOSPC)
            let failed = b.change { $0.setStatus(ofGoal: "g2", .offTrack) }
            guard case .saveFailed(let message)? = failed.first else { return XCTFail("the write fails: \(failed)") }
            XCTAssertTrue(message.contains("No space left on device"), message)
            XCTAssertEqual(try folder.library().goals.first { $0.id == "g2" }?.status, .onTrack, "the file is unchanged")
            try folder.importEvents(Self.twoEvents("z"))
            b.watch()
            XCTAssertTrue(b.state.hasUnsavedChanges, "the screen keeps the change while the file moved on")
            b.press(.character("S"))
            let saved = try folder.library()
            XCTAssertEqual(Self.importedTitles(saved, "z").count, 2, "the import stays")
            XCTAssertEqual(saved.goals.first { $0.id == "g2" }?.status, .offTrack, "and the kept change is saved")
            XCTAssertFalse(b.state.hasUnsavedChanges)
        }
    }

    func testARenameThatFailsKeepsTheChangeAndRetriesAsAMerge() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let a = try SessionDriver(directory: folder.path), b = try SessionDriver(directory: folder.path)
            b.faults.fail("rename", with: EACCES)
            b.change { $0.changeProgress(ofGoal: "g4", by: 10) }
            a.change { $0.setStatus(ofGoal: "g4", .atRisk) }
            b.press(.character("S"))
            let saved = try folder.library()
            XCTAssertEqual(saved.goals.first { $0.id == "g4" }?.status, .atRisk, "A's status stays")
            XCTAssertEqual(saved.goals.first { $0.id == "g4" }?.progress, b.library.goals.first { $0.id == "g4" }?.progress)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
            XCTAssertEqual(leftovers, [], "no temporary file is left behind")
        }
    }

    func testAHeldLockIsAFailedSaveThatKeepsTheChange() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let b = try SessionDriver(directory: folder.path)
            b.store.lockTimeout = 0.05
            let holder = open(folder.path + "/glostrup.lock", O_RDWR | O_CREAT, 0o664)
            XCTAssertEqual(flock(holder, LOCK_EX), 0)
            let answers = b.change { $0.setStatus(ofGoal: "g2", .offTrack) }
            guard case .saveFailed(let message)? = answers.first else { return XCTFail("\(answers)") }
            XCTAssertTrue(message.contains("another bibplan"), message)
            flock(holder, LOCK_UN)
            close(holder)
            b.press(.character("S"))
            XCTAssertEqual(try folder.library().goals.first { $0.id == "g2" }?.status, .offTrack)
        }
    }

    func testAnotherSessionsSaveIsShownWhenNothingIsUnsavedHere() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let a = try SessionDriver(directory: folder.path), b = try SessionDriver(directory: folder.path)
            a.change { $0.setStatus(ofGoal: "g5", .done) }
            let seen = b.watch()
            guard case .changedOnDisk? = seen.first else { return XCTFail("\(seen)") }
            XCTAssertEqual(b.library.goals.first { $0.id == "g5" }?.status, .done)
            b.change { $0.changeProgress(ofGoal: "g5", by: -10) }
            XCTAssertEqual(try folder.library().goals.first { $0.id == "g5" }?.progress, b.library.goals.first { $0.id == "g5" }?.progress)
        }
    }

    func testAClashSaysWhoSavedTheOtherVersionAndWhen() throws {
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory()
            let a = try SessionDriver(directory: folder.path), b = try SessionDriver(directory: folder.path)
            a.store.author = ChangeAuthor(account: "helle", role: .staff)
            a.change { $0.changeProgress(ofGoal: "g3", by: 5) }
            let answers = b.change { $0.changeProgress(ofGoal: "g3", by: -5) }
            guard case .saveClashed(let clashes)? = answers.first else { return XCTFail("\(answers)") }
            let by = try XCTUnwrap(clashes.first?.theirsBy)
            XCTAssertTrue(by.hasPrefix("helle, 20"), by)
            let dialog = render(b.state).text
            XCTAssertTrue(dialog.contains("(helle, 20"), "the dialog names who saved the other version:\n" + dialog)
        }
    }
}
