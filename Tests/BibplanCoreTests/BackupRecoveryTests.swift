@testable import BibplanCore
import Foundation
import XCTest

/// A damaged or lost library file with a good `<id>.json.bak` beside it.
final class BackupRecoveryTests: FolderTestCase {

    private func storeWithTwoVersions() throws -> (LibraryStore, Library) {
        let store = try LibraryStore(path: folder.path)
        var library = Library(id: "lille", name: "Lille Bibliotek", goals: [Goal(id: "g1", title: "Læselyst")])
        let first = try store.save(library, over: nil)
        library.goals.append(Goal(id: "g2", title: "Fællesskaber"))
        try store.save(library, over: first)
        return (store, library)
    }

    func testDamagedFileIsRestoredFromTheBackupAndKeptAside() throws {
        let (store, _) = try storeWithTwoVersions()
        let damaged = Data("{\"schema\": 1, \"id\": \"lil".utf8)
        try damaged.write(to: URL(fileURLWithPath: folder.path + "/lille.json"))
        XCTAssertThrowsError(try store.load("lille"))
        let backup = try store.loadBackup("lille")
        XCTAssertEqual(backup.library.goals.map(\.id), ["g1"], "the backup is the previous version")
        try store.restoreBackup("lille")
        XCTAssertEqual(try store.load("lille").library.goals.map(\.id), ["g1"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/lille.json.damaged")), damaged)
    }

    func testMissingFileWithBackupIsFoundAndRestored() throws {
        let (store, _) = try storeWithTwoVersions()
        try FileManager.default.removeItem(atPath: folder.path + "/lille.json")
        XCTAssertEqual(store.libraryIDs(), [])
        XCTAssertEqual(store.backupsWithoutLibrary(), ["lille"])
        try store.restoreBackup("lille")
        XCTAssertEqual(store.libraryIDs(), ["lille"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/lille.json.damaged"))
    }

    func testBrokenBackupIsNotRestored() throws {
        let (store, library) = try storeWithTwoVersions()
        try Data("not json".utf8).write(to: URL(fileURLWithPath: folder.path + "/lille.json.bak"))
        XCTAssertThrowsError(try store.restoreBackup("lille")) { error in
            guard case StoreError.load = error else { return XCTFail("expected a load error, got \(error)") }
        }
        XCTAssertEqual(try store.load("lille").library, library, "the library file is untouched")
    }
}

/// The roster queries the panes and commands stand on.
final class RosterQueryTests: XCTestCase {
    func testUnfilledSlotsAndShiftsOfAnOccurrence() throws {
        let day = try XCTUnwrap(Day(iso: "2026-11-10"))
        let library = Library(id: "lille", name: "Lille",
                              events: [Event(id: "e1", title: "Lektiecafé", start: LocalDateTime(day: day, minutes: 900), rrule: "FREQ=WEEKLY", volunteersNeeded: 2),
                                       Event(id: "e2", title: "Foredrag", start: LocalDateTime(day: day, minutes: 1140))],
                              volunteers: [Volunteer(id: "v1", name: "Åse Ørsted")],
                              shifts: [Shift(id: "s1", event: "e1", date: day, volunteer: "v1")])
        let index = LibraryIndex(library)
        let unfilled = index.unfilled(in: DayRange(day, day.adding(days: 7)))
        XCTAssertEqual(unfilled.map { $0.occurrence.day.iso }, ["2026-11-10", "2026-11-17"])
        XCTAssertEqual(unfilled.map(\.missing), [1, 2])
        XCTAssertEqual(index.shifts(of: unfilled[0].occurrence).map(\.volunteer), ["v1"])
        XCTAssertEqual(index.shifts(ofVolunteer: "v1").map(\.id), ["s1"])
    }
}
