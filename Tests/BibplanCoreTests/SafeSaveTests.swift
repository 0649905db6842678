import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BibplanCore

/// Saving: the backup, conflicts, modes, stale temporary files, the lock, and failures
/// that must leave the old file exactly as it was.
final class SafeSaveTests: FolderTestCase {
    private var store: LibraryStore!

    override func setUpWithError() throws {
        try super.setUpWithError()
        store = try StoreFixture.store(folder)
    }

    override func tearDown() {
        store = nil
        super.tearDown()
    }

    /// Saves the first version of `glostrup` and returns its fingerprint.
    private func seed(volunteers: Int = 1) throws -> Fingerprint {
        try store.save(StoreFixture.library(volunteers: volunteers), over: nil)
    }

    private func elapsed(_ since: Date) -> Double { Date().timeIntervalSince(since) }

    // MARK: backup

    func testSaveKeepsThePreviousVersionAsTheBackup() throws {
        var fingerprint = try seed()
        for count in 2...4 {
            let previous = folder.bytes("glostrup.json")
            fingerprint = try store.save(StoreFixture.library(volunteers: count), over: fingerprint)
            XCTAssertEqual(folder.bytes("glostrup.json.bak"), previous, "after version \(count)")
            XCTAssertEqual(folder.bytes("glostrup.json"), LibraryCodec.encode(StoreFixture.library(volunteers: count)))
        }
        XCTAssertEqual(folder.status("glostrup.json")?.st_nlink, 1, "the library file is not shared with the backup")
        XCTAssertEqual(folder.temporaries(), [])
    }

    // MARK: conflicts

    func testTwoSessionsLoadASavesThenBSavesIsAConflictAndAsChangeSurvives() throws {
        let original = try seed()
        let sessionA = try store.load("glostrup")
        let sessionB = try store.load("glostrup")
        var changedByA = sessionA.library
        changedByA.vision = "A"
        try store.save(changedByA, over: sessionA.fingerprint)
        let bytesAfterA = folder.bytes("glostrup.json")
        let backupAfterA = folder.bytes("glostrup.json.bak")

        var changedByB = sessionB.library
        changedByB.vision = "B"
        XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.save(changedByB, over: sessionB.fingerprint) },
                       .conflict(file: "glostrup.json"))
        XCTAssertEqual(folder.bytes("glostrup.json"), bytesAfterA)
        XCTAssertEqual(folder.bytes("glostrup.json.bak"), backupAfterA)
        XCTAssertEqual(try store.load("glostrup").library.vision, "A")
        XCTAssertEqual(sessionB.fingerprint, original)
        XCTAssertEqual(folder.temporaries(), [])
    }

    func testSaveOverAFileChangedOnDiskIsAConflictAndLeavesItsBytes() throws {
        _ = try seed()
        let loaded = try store.load("glostrup")
        // Someone edits the file by hand: same length, one byte different.
        var edited = try XCTUnwrap(folder.bytes("glostrup.json"))
        let position = try XCTUnwrap(edited.firstIndex(of: UInt8(ascii: "M")))
        edited[position] = UInt8(ascii: "N")
        try folder.write("glostrup.json", edited)
        var library = loaded.library
        library.vision = "mine"
        XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.save(library, over: loaded.fingerprint) },
                       .conflict(file: "glostrup.json"))
        XCTAssertEqual(folder.bytes("glostrup.json"), edited)
        XCTAssertNil(folder.bytes("glostrup.json.bak"))
    }

    func testSaveWithoutAFingerprintOverAnExistingFileIsAConflict() throws {
        _ = try seed()
        let before = folder.bytes("glostrup.json")
        XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.save(StoreFixture.library(volunteers: 9), over: nil) },
                       .conflict(file: "glostrup.json"))
        XCTAssertEqual(folder.bytes("glostrup.json"), before)
    }

    func testSaveOverAFingerprintWhenTheFileIsGoneIsAConflict() throws {
        let fingerprint = try seed()
        XCTAssertEqual(unlink(folder.file("glostrup.json")), 0)
        XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.save(StoreFixture.library(volunteers: 2), over: fingerprint) },
                       .conflict(file: "glostrup.json"))
        XCTAssertNil(folder.bytes("glostrup.json"))
    }

    func testAnInvalidLibraryIsNeverWritten() throws {
        let fingerprint = try seed()
        let before = folder.bytes("glostrup.json")
        var broken = StoreFixture.library(volunteers: 2)
        broken.volunteers[1].id = broken.volunteers[0].id
        let error = StoreFixture.error { () throws(StoreError) in try store.save(broken, over: fingerprint) }
        guard case .write(let file, let step, _) = error else { return XCTFail("expected a write error, got \(String(describing: error))") }
        XCTAssertEqual(file, "glostrup.json")
        XCTAssertEqual(step, "check before writing")
        XCTAssertEqual(folder.bytes("glostrup.json"), before)
    }

    // MARK: mode and group

    func testTheFileModeIsKeptAcrossSavesWhateverTheUmask() throws {
        var fingerprint = try seed()
        let saved = umask(0o077)
        defer { umask(saved) }
        for (round, mode) in [mode_t(0o640), 0o660, 0o600, 0o664, 0o640].enumerated() {
            XCTAssertEqual(chmod(folder.file("glostrup.json"), mode), 0)
            fingerprint = try store.save(StoreFixture.library(volunteers: round + 2), over: fingerprint)
            XCTAssertEqual(folder.mode("glostrup.json"), mode, String(mode, radix: 8))
            XCTAssertEqual(folder.mode("glostrup.json.bak"), mode, "the backup is the old file itself")
        }
    }

    func testTheGroupIsKeptAcrossSaves() throws {
        var fingerprint = try seed()
        let group: gid_t = 4242
        guard chown(folder.file("glostrup.json"), getuid(), group) == 0 else {
            throw XCTSkip("cannot give the file another group without privilege")
        }
        XCTAssertEqual(chmod(folder.file("glostrup.json"), 0o660), 0)
        fingerprint = try store.save(StoreFixture.library(volunteers: 2), over: fingerprint)
        XCTAssertEqual(folder.status("glostrup.json")?.st_gid, group)
        XCTAssertEqual(folder.mode("glostrup.json"), 0o660)
        try store.save(StoreFixture.library(volunteers: 3), over: fingerprint)
        XCTAssertEqual(folder.status("glostrup.json")?.st_gid, group)
    }

    // MARK: stale temporary files

    func testStaleTemporaryFilesAreRemovedByTheNextSave() throws {
        let fingerprint = try seed()
        try folder.write(".glostrup.json.tmp-123-456", "half a libr")
        try folder.write(".glostrup.json.bak.tmp-123-456", "an old backup staged")
        // Another library's temporary file may belong to a save in progress under its own lock.
        try folder.write(".ballerup.json.tmp-123-456", "not ours")
        try store.save(StoreFixture.library(volunteers: 2), over: fingerprint)
        XCTAssertEqual(folder.temporaries(), [".ballerup.json.tmp-123-456"])
    }

    /// A save killed after the backup was kept but before the rename leaves the library
    /// file and its backup as two names of one file; the next save must still leave no
    /// temporary name behind (renaming one link onto another of the same file does nothing).
    func testASaveAfterOneKilledBetweenBackupAndRenameLeavesNoTemporaryFiles() throws {
        let fingerprint = try seed()
        let before = folder.bytes("glostrup.json")
        XCTAssertEqual(link(folder.file("glostrup.json"), folder.file("glostrup.json.bak")), 0)
        try store.save(StoreFixture.library(volunteers: 2), over: fingerprint)
        XCTAssertEqual(folder.temporaries(), [])
        XCTAssertEqual(folder.bytes("glostrup.json.bak"), before)
        XCTAssertEqual(folder.bytes("glostrup.json"), LibraryCodec.encode(StoreFixture.library(volunteers: 2)))
    }

    // MARK: the lock

    func testASaveWhileTheLockIsHeldGivesUpWithLocked() throws {
        let fingerprint = try seed()
        let before = folder.bytes("glostrup.json")
        let holder = open(folder.file("glostrup.lock"), O_RDWR | O_CREAT, 0o664)
        XCTAssertGreaterThanOrEqual(holder, 0)
        defer { close(holder) }
        XCTAssertEqual(flock(holder, LOCK_EX), 0)
        store.lockTimeout = 0.3
        let started = Date()
        let error = StoreFixture.error { () throws(StoreError) in try store.save(StoreFixture.library(volunteers: 2), over: fingerprint) }
        let waited = elapsed(started)
        guard case .locked(let file, _) = error else { return XCTFail("expected locked, got \(String(describing: error))") }
        XCTAssertEqual(file, "glostrup.lock")
        XCTAssertGreaterThanOrEqual(waited, 0.25)
        XCTAssertLessThan(waited, 1.0)
        XCTAssertEqual(folder.bytes("glostrup.json"), before)
        XCTAssertEqual(folder.temporaries(), [])

        XCTAssertEqual(flock(holder, LOCK_UN), 0)
        XCTAssertNoThrow(try store.save(StoreFixture.library(volunteers: 2), over: fingerprint), "free again")
    }

    func testTheLockHoldsWhileTheLibraryFileIsRenamed() throws {
        let fingerprint = try seed()
        let before = folder.bytes("glostrup.json")
        let holder = open(folder.file("glostrup.lock"), O_RDWR | O_CREAT, 0o664)
        XCTAssertGreaterThanOrEqual(holder, 0)
        XCTAssertEqual(flock(holder, LOCK_EX), 0)

        let outcome = SaveOutcome()
        store.lockTimeout = 10
        let store = try XCTUnwrap(self.store)
        let library = StoreFixture.library(volunteers: 2)
        Thread.detachNewThread {
            do throws(StoreError) {
                outcome.finish(.success(try store.save(library, over: fingerprint)))
            } catch {
                outcome.finish(.failure(error))
            }
        }
        usleep(200_000)
        // Another process moves the library file away and back, as an editor might.
        XCTAssertEqual(rename(folder.file("glostrup.json"), folder.file("moved.json")), 0)
        XCTAssertEqual(rename(folder.file("moved.json"), folder.file("glostrup.json")), 0)
        usleep(300_000)
        XCTAssertNil(outcome.result, "the save must still be waiting for the lock")
        XCTAssertEqual(folder.bytes("glostrup.json"), before)

        close(holder)
        XCTAssertTrue(outcome.wait(seconds: 10), "the save goes ahead once the lock is free")
        guard case .success(let saved)? = outcome.result else { return XCTFail("expected a save, got \(String(describing: outcome.result))") }
        XCTAssertEqual(saved, Fingerprint(of: LibraryCodec.encode(library)))
        XCTAssertEqual(folder.bytes("glostrup.json"), LibraryCodec.encode(library))
        XCTAssertEqual(folder.bytes("glostrup.json.bak"), before)
    }

    // MARK: failures leave the old file

    func testASaveIntoAReadOnlyDirectoryFailsAndChangesNothing() throws {
        let fingerprint = try seed()
        let before = folder.bytes("glostrup.json")
        if getuid() == 0 {
            // Root ignores permission bits; an immutable directory stops root too.
            guard StoreFolder.run("/usr/bin/chattr", ["+i", folder.path]) == 0 else {
                throw XCTSkip("running as root and cannot make the directory immutable (chattr +i)")
            }
            folder.immutable = true
        } else {
            XCTAssertEqual(chmod(folder.path, 0o555), 0)
        }
        XCTAssertNotEqual(access(folder.path, W_OK), 0, "the directory is read-only")
        let error = StoreFixture.error { () throws(StoreError) in try store.save(StoreFixture.library(volunteers: 2), over: fingerprint) }
        guard case .write(let file, let step, let reason) = error else { return XCTFail("expected a write error, got \(String(describing: error))") }
        XCTAssertEqual(file, "glostrup.json")
        XCTAssertEqual(step, "create a temporary file")
        XCTAssertFalse(reason.isEmpty)
        XCTAssertTrue(String(describing: error).contains("unchanged"))

        if folder.immutable {
            XCTAssertEqual(StoreFolder.run("/usr/bin/chattr", ["-i", folder.path]), 0)
            folder.immutable = false
        } else {
            XCTAssertEqual(chmod(folder.path, 0o755), 0)
        }
        XCTAssertEqual(folder.bytes("glostrup.json"), before)
        XCTAssertEqual(folder.temporaries(), [])
        XCTAssertNoThrow(try store.save(StoreFixture.library(volunteers: 2), over: fingerprint), "the change was kept and saves later")
    }

    func testAFailingBackupLeavesTheFileByteIdenticalAndNoTemporaryFiles() throws {
        let fingerprint = try seed()
        let before = folder.bytes("glostrup.json")
        // A directory where the backup goes: renaming the old version onto it fails (as root too).
        XCTAssertEqual(mkdir(folder.file("glostrup.json.bak"), 0o755), 0)
        try folder.write("glostrup.json.bak/keep", "x")
        let changed = StoreFixture.library(volunteers: 2)
        let error = StoreFixture.error { () throws(StoreError) in try store.save(changed, over: fingerprint) }
        guard case .write(let file, let step, let reason) = error else { return XCTFail("expected a write error, got \(String(describing: error))") }
        XCTAssertEqual(file, "glostrup.json.bak")
        XCTAssertEqual(step, "keep the previous version")
        XCTAssertFalse(reason.isEmpty)
        XCTAssertEqual(folder.bytes("glostrup.json"), before)
        XCTAssertEqual(folder.status("glostrup.json")?.st_nlink, 1)
        XCTAssertEqual(folder.temporaries(), [])

        try FileManager.default.removeItem(atPath: folder.file("glostrup.json.bak"))
        XCTAssertNoThrow(try store.save(changed, over: fingerprint), "the same change saves once the obstacle is gone")
        XCTAssertEqual(folder.bytes("glostrup.json.bak"), before)
    }
}

/// The result of a save on another thread.
private final class SaveOutcome: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSCondition()
    private var stored: Result<Fingerprint, StoreError>?

    var result: Result<Fingerprint, StoreError>? { lock.withLock { stored } }

    func finish(_ result: Result<Fingerprint, StoreError>) {
        lock.withLock {
            stored = result
            lock.broadcast()
        }
    }

    /// True when the save ended within `seconds`.
    func wait(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        lock.lock()
        defer { lock.unlock() }
        while stored == nil {
            if !lock.wait(until: deadline) { return stored != nil }
        }
        return true
    }
}
