import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A writer killed in the middle of a save: the library file is always exactly one whole
/// version (the old or the new), never a mix, never empty. `bibplan-stress --save-loop`
/// saves big and small versions in turn as fast as it can; `--verify-loop` decodes the
/// file with LibraryCodec and compares its bytes with the version it claims to be.
final class KilledSaveTests: ScratchFolderTestCase {
    private var data = ""
    private var logs = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        try StressTool.requireBinary()
        data = try scratchFolder("killed-data")
        logs = try scratchFolder("killed-logs")
    }

    /// Checks the file; returns the version it holds.
    @discardableResult
    private func verify(requireClean: Bool = false, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        try verifyCounting(requireClean: requireClean, context, file: file, line: line).version
    }

    /// Checks the file; returns the version it holds and how many temporary files lie beside it.
    private func verifyCounting(requireClean: Bool = false, _ context: String, file: StaticString = #filePath,
                                line: UInt = #line) throws -> (version: Int, temporaries: Int) {
        let outcome = try StressTool.run(["--verify-loop", "--dir", data] + (requireClean ? ["--require-clean"] : []), logs: logs)
        XCTAssertTrue(outcome.exitedCleanly, "\(context): \(outcome.output)\(outcome.errors)", file: file, line: line)
        XCTAssertEqual(outcome.fields["result"], "ok", "\(context): \(outcome.output)\(outcome.errors)", file: file, line: line)
        let version = try XCTUnwrap(outcome.fields["version"].flatMap(Int.init), "\(context): \(outcome.output)", file: file, line: line)
        return (version, outcome.fields["temporaries"].flatMap(Int.init) ?? 0)
    }

    private func saveCleanly(count: Int) throws {
        let outcome = try StressTool.run(["--save-loop", "--dir", data, "--count", String(count)], logs: logs)
        XCTAssertTrue(outcome.exitedCleanly, outcome.errors)
    }

    /// At least 30 kills, and on until 10 of them came while the loop was saving (it had
    /// finished a save since it started, and saves back to back): on a loaded machine the
    /// loop starts slowly and a kill may come before its first save. Bounded in rounds and time.
    func testKilledAtRandomMomentsTheFileIsAlwaysOneWholeVersion() throws {
        try saveCleanly(count: 2)
        var version = try verify("before the kills")
        var random = SystemRandomNumberGenerator()
        let started = Date()
        var rounds = 0, whileSaving = 0, midWrite = 0
        while rounds < 30 || whileSaving < 10, rounds < 300, Date().timeIntervalSince(started) < 120 {
            rounds += 1
            let loop = try StressTool.start(["--save-loop", "--dir", data], logs: logs)
            usleep(UInt32.random(in: 20_000...250_000, using: &random))
            kill(loop.processIdentifier, SIGKILL)
            let outcome = StressTool.finish(loop, logs: logs)
            XCTAssertTrue(outcome.killed, "round \(rounds): the loop ended by itself: \(outcome.errors)")
            let (now, temporaries) = try verifyCounting("after kill \(rounds)")
            XCTAssertGreaterThanOrEqual(now, version, "round \(rounds): the file went back to an older version")
            if now > version { whileSaving += 1 }
            if now > version, temporaries > 0 { midWrite += 1 }
            version = now
        }
        print("killed saves: \(rounds) kills in " + String(format: "%.1f s", Date().timeIntervalSince(started))
              + ", \(whileSaving) while the loop was saving, \(midWrite) of them in the middle of a write; version \(version)")
        XCTAssertGreaterThanOrEqual(whileSaving, 10, "the kills should have come while the loop was saving (\(rounds) kills)")
        XCTAssertGreaterThan(version, 10, "the kills should have come while the loop was saving")
        try saveCleanly(count: 2)
        XCTAssertGreaterThanOrEqual(try verify(requireClean: true, "after a clean save: no temporary files left"), version + 2)
    }

    // MARK: signals and errors at exact system calls (strace)

    private static let strace = "/usr/bin/strace"

    private func requireStrace() throws {
        try RequiredTool.require(FileManager.default.isExecutableFile(atPath: Self.strace),
                                 "strace is not installed (apt-get install strace)")
        let outcome = try StressTool.run(["-f", "-o", "/dev/null", "/bin/true"], program: URL(fileURLWithPath: Self.strace), logs: logs)
        try RequiredTool.require(outcome.exitedCleanly, "strace cannot trace here (ptrace not permitted?): \(outcome.errors)")
    }

    /// Runs the save loop under strace with `inject`, for at most `count` saves.
    private func saveLoopUnderStrace(trace: String, inject: String, count: Int) throws -> StressTool.Outcome {
        try StressTool.run(["-f", "-qq", "-o", "/dev/null", "-e", "trace=" + trace, "-e", "inject=" + trace + ":" + inject,
                            StressTool.binary.path, "--save-loop", "--dir", data, "--count", String(count)],
                           program: URL(fileURLWithPath: Self.strace), logs: logs)
    }

    func testKilledAtEachFsyncAndRenameTheFileIsOneWholeVersion() throws {
        try requireStrace()
        try saveCleanly(count: 1)
        var version = try verify("before")
        // Per save: fsync of the temporary file, then of the folder; rename of the backup's
        // staging link, then of the temporary file over the library. `when` counts from the start.
        let cases = [("fsync", 1), ("fsync", 2), ("fsync", 3), ("fsync", 4),
                     ("rename,renameat,renameat2", 1), ("rename,renameat,renameat2", 2),
                     ("rename,renameat,renameat2", 3), ("rename,renameat,renameat2", 4)]
        for (calls, when) in cases {
            let context = "SIGKILL at \(calls) #\(when)"
            let outcome = try saveLoopUnderStrace(trace: calls, inject: "signal=KILL:when=\(when)", count: 4)
            XCTAssertFalse(outcome.exitedCleanly, "\(context): the loop was not killed: \(outcome.errors)")
            let now = try verify(context)
            XCTAssertGreaterThanOrEqual(now, version, context)
            XCTAssertLessThanOrEqual(now, version + when / 2, "\(context): more saves than could have happened")
            version = now
        }
        try saveCleanly(count: 1)
        XCTAssertEqual(try verify(requireClean: true, "the next save removes what the killed ones left"), version + 1)
    }

    func testAFailingWriteOrSyncKeepsTheOldFileAndReportsTheStep() throws {
        try requireStrace()
        try saveCleanly(count: 1)
        let version = try verify("before")
        let cases = [("write", "ENOSPC", "save failed (write)"), ("fsync", "EIO", "save failed (sync)")]
        for (call, error, message) in cases {
            let outcome = try saveLoopUnderStrace(trace: call, inject: "error=\(error):when=1", count: 1)
            XCTAssertEqual(outcome.reason, .exit, call)
            XCTAssertEqual(outcome.status, 3, "\(call) failing with \(error) must fail the save: \(outcome.errors)")
            XCTAssertTrue(outcome.errors.contains(message), outcome.errors)
            XCTAssertTrue(outcome.errors.contains("unchanged"), outcome.errors)
            XCTAssertEqual(try verify(requireClean: true, "\(call) \(error): no rename, no temporary file"), version)
        }
    }
}
