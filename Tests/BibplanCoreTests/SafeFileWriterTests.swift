import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BibplanCore

/// The file replacer on its own: the new bytes by a rename, the old file's mode kept,
/// the previous version as a backup, and on every failure the old file as it was and
/// no temporary file left.
final class SafeFileWriterTests: StoreDirectoryTestCase {
    private let old = Array("den gamle udgave\n".utf8)
    private let new = Array("den nye udgave, æøå\n".utf8)

    private func writer(failing step: String? = nil, with error: Int32 = ENOSPC) -> SafeFileWriter {
        let faults = StoreFaults()
        if let step { faults.fail(step, with: error) }
        return SafeFileWriter(directory: directory, faults: faults)
    }

    func testANewFileGetsItsBytesAndNothingElseIsLeft() throws {
        try writer().replace("lille.json", with: new).get()
        XCTAssertEqual(folder.bytes("lille.json"), new)
        XCTAssertEqual(folder.entries(), ["lille.json"])
    }

    func testAnExistingFileIsReplacedByARenameKeepingItsMode() throws {
        for mode: mode_t in [0o600, 0o640, 0o664, 0o755] {
            try folder.write("lille.json", old)
            XCTAssertEqual(chmod(folder.file("lille.json"), mode), 0)
            let inode = folder.status("lille.json")?.st_ino
            try writer().replace("lille.json", with: new).get()
            XCTAssertEqual(folder.bytes("lille.json"), new)
            XCTAssertEqual(folder.mode("lille.json"), mode, String(mode, radix: 8))
            XCTAssertNotEqual(folder.status("lille.json")?.st_ino, inode, "a new file renamed over, never rewritten in place")
            XCTAssertEqual(folder.temporaries(), [])
        }
    }

    func testThePreviousVersionBecomesTheBackup() throws {
        try writer().replace("lille.json", with: old, backup: "lille.json.bak").get()
        XCTAssertEqual(folder.entries(), ["lille.json"], "no backup of a file that did not exist")
        try writer().replace("lille.json", with: new, backup: "lille.json.bak").get()
        XCTAssertEqual(folder.bytes("lille.json.bak"), old)
        XCTAssertEqual(folder.bytes("lille.json"), new)
        XCTAssertEqual(folder.entries(), ["lille.json", "lille.json.bak"])
    }

    func testAFailureAtEachStepLeavesTheOldFileAndNoTemporaryFile() throws {
        try folder.write("lille.json", old)
        XCTAssertEqual(chmod(folder.file("lille.json"), 0o640), 0)
        for (step, error) in [("write", ENOSPC), ("sync", EIO), ("rename", EXDEV)] {
            let result = writer(failing: step, with: error).replace("lille.json", with: new, backup: "lille.json.bak")
            XCTAssertEqual(result.failure, .write(file: "lille.json", step: step, reason: String(cString: strerror(error))), step)
            XCTAssertEqual(folder.bytes("lille.json"), old, step)
            XCTAssertEqual(folder.mode("lille.json"), 0o640, step)
            XCTAssertEqual(folder.temporaries(), [], step)
        }
    }

    func testASymbolicLinkIsNeverWrittenThrough() throws {
        try Data(old).write(to: URL(fileURLWithPath: folder.root + "/target"))
        XCTAssertEqual(symlink(folder.root + "/target", folder.file("lille.json")), 0)
        let result = writer().replace("lille.json", with: new)
        XCTAssertEqual(result.failure, .write(file: "lille.json", step: "check",
                                              reason: "it is a symbolic link, which bibplan never writes through"))
        XCTAssertTrue(folder.isSymlink("lille.json"))
        XCTAssertEqual(StoreFolder.bytes(atPath: folder.root + "/target"), old)
        XCTAssertEqual(folder.temporaries(), [])
    }

    func testAnInvalidFolderDescriptorFailsAtTheTemporaryFile() throws {
        let closed = SafeFileWriter(directory: -1, faults: nil)
        let result = closed.replace("lille.json", with: new)
        XCTAssertEqual(result.failure, .write(file: "lille.json", step: "create a temporary file",
                                              reason: String(cString: strerror(EBADF))))
    }

    func testStaleTemporariesOfThatFileAloneAreRemoved() throws {
        for name in [".lille.json.tmp-1-2", ".lille.json.tmp-3-4", ".andet.json.tmp-1-2", "lille.json", ".lille.json.bak.tmp-5-6"] {
            try folder.write(name, old)
        }
        writer().removeStaleTemporaries(for: "lille.json")
        XCTAssertEqual(folder.entries(), [".andet.json.tmp-1-2", ".lille.json.bak.tmp-5-6", "lille.json"])
        writer().removeStaleTemporaries(for: "lille.json.bak")
        XCTAssertEqual(folder.entries(), [".andet.json.tmp-1-2", "lille.json"])
    }
}
