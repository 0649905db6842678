@testable import BibplanCore
import Foundation
import XCTest

/// A damaged or lost library file with a good `<id>.json.bak` beside it.
final class BackupRecoveryTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "bibplan-recovery-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func storeWithTwoVersions() throws -> (LibraryStore, Library) {
        let store = try LibraryStore(path: folder)
        var library = Library(id: "lille", name: "Lille Bibliotek", goals: [Goal(id: "g1", title: "Læselyst")])
        let first = try store.save(library, over: nil)
        library.goals.append(Goal(id: "g2", title: "Fællesskaber"))
        try store.save(library, over: first)
        return (store, library)
    }

    func testDamagedFileIsRestoredFromTheBackupAndKeptAside() throws {
        let (store, _) = try storeWithTwoVersions()
        let damaged = Data("{\"schema\": 1, \"id\": \"lil".utf8)
        try damaged.write(to: URL(fileURLWithPath: folder + "/lille.json"))
        XCTAssertThrowsError(try store.load("lille"))
        let backup = try store.loadBackup("lille")
        XCTAssertEqual(backup.library.goals.map(\.id), ["g1"], "the backup is the previous version")
        try store.restoreBackup("lille")
        XCTAssertEqual(try store.load("lille").library.goals.map(\.id), ["g1"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/lille.json.damaged")), damaged)
    }

    func testMissingFileWithBackupIsFoundAndRestored() throws {
        let (store, _) = try storeWithTwoVersions()
        try FileManager.default.removeItem(atPath: folder + "/lille.json")
        XCTAssertEqual(store.libraryIDs(), [])
        XCTAssertEqual(store.backupsWithoutLibrary(), ["lille"])
        try store.restoreBackup("lille")
        XCTAssertEqual(store.libraryIDs(), ["lille"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/lille.json.damaged"))
    }

    func testBrokenBackupIsNotRestored() throws {
        let (store, library) = try storeWithTwoVersions()
        try Data("not json".utf8).write(to: URL(fileURLWithPath: folder + "/lille.json.bak"))
        XCTAssertThrowsError(try store.restoreBackup("lille")) { error in
            guard case StoreError.load = error else { return XCTFail("expected a load error, got \(error)") }
        }
        XCTAssertEqual(try store.load("lille").library, library, "the library file is untouched")
    }
}
