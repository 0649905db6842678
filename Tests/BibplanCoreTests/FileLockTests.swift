import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BibplanCore

/// The save lock on its own: an exclusive `flock` on a side file, waited for up to a
/// timeout, whoever holds it (another process, or another descriptor in this one).
final class FileLockTests: StoreDirectoryTestCase {
    private func acquire(timeout: Double) -> Result<FileLock, StoreError> {
        FileLock.acquire(in: directory, name: "lille.lock", timeout: timeout)
    }

    /// Takes the lock through a descriptor of its own, as another process would.
    private func holdElsewhere() -> Int32 {
        let holder = open(folder.file("lille.lock"), O_RDWR | O_CREAT, 0o664)
        XCTAssertGreaterThanOrEqual(holder, 0)
        XCTAssertEqual(flock(holder, LOCK_EX | LOCK_NB), 0)
        return holder
    }

    func testAFreeLockIsHadAtOnceAndItsFileStaysAfterRelease() throws {
        let started = Date()
        let lock = try acquire(timeout: 5).get()
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertEqual(folder.status("lille.lock").map { $0.st_mode & S_IFMT }, S_IFREG)
        lock.release()
        XCTAssertEqual(folder.entries(), ["lille.lock"], "the side file is never removed or renamed")
        try acquire(timeout: 0).get().release()
    }

    func testWhileHeldASecondAcquireInThisProcessTimesOut() throws {
        let first = try acquire(timeout: 1).get()
        let started = Date()
        let second = acquire(timeout: 0.2)
        let waited = Date().timeIntervalSince(started)
        XCTAssertEqual(second.failure, .locked(file: "lille.lock", seconds: 0))
        XCTAssertGreaterThanOrEqual(waited, 0.2, "it waited the whole timeout")
        first.release()
        try acquire(timeout: 0).get().release()
    }

    func testALockHeldByAnotherDescriptorTimesOutWithTheSecondsWaited() {
        let holder = holdElsewhere()
        defer { close(holder) }
        let started = Date()
        XCTAssertEqual(acquire(timeout: 1).failure, .locked(file: "lille.lock", seconds: 1))
        let waited = Date().timeIntervalSince(started)
        XCTAssertGreaterThanOrEqual(waited, 1)
        XCTAssertLessThan(waited, 10)
    }

    func testTheWaitEndsWhenTheHolderLetsGo() throws {
        let holder = holdElsewhere()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { close(holder) }
        let started = Date()
        let lock = try acquire(timeout: 10).get()
        let waited = Date().timeIntervalSince(started)
        XCTAssertGreaterThanOrEqual(waited, 0.15)
        XCTAssertLessThan(waited, 5, "taken soon after the holder let go, not at the timeout")
        lock.release()
    }

    func testALockFileThatIsASymbolicLinkIsNeverOpened() throws {
        XCTAssertEqual(symlink(folder.root + "/elsewhere", folder.file("lille.lock")), 0)
        guard case .failure(.write(let file, let step, _)) = acquire(timeout: 0) else {
            return XCTFail("a symbolic link was followed")
        }
        XCTAssertEqual([file, step], ["lille.lock", "open the lock file"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.root + "/elsewhere"))
    }
}
