import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A writer killed in the middle of a save: the library file is always exactly one whole
/// version (the old or the new), never a mix, never empty. `bibplan-stress --save-loop`
/// saves big and small versions in turn as fast as it can; `--verify-loop` decodes the
/// file with LibraryCodec and compares its bytes with the version it claims to be.
final class KilledSaveTests: XCTestCase {
    private var data = ""
    private var logs = ""

    override func setUpWithError() throws {
        try StressTool.requireBinary()
        data = try StressTool.scratchFolder("killed-data")
        logs = try StressTool.scratchFolder("killed-logs")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: data)
        try? FileManager.default.removeItem(atPath: logs)
    }

    /// Checks the file; returns the version it holds.
    @discardableResult
    private func verify(requireClean: Bool = false, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let outcome = try StressTool.run(["--verify-loop", "--dir", data] + (requireClean ? ["--require-clean"] : []), logs: logs)
        XCTAssertTrue(outcome.exitedCleanly, "\(context): \(outcome.output)\(outcome.errors)", file: file, line: line)
        XCTAssertEqual(outcome.fields["result"], "ok", "\(context): \(outcome.output)\(outcome.errors)", file: file, line: line)
        return try XCTUnwrap(outcome.fields["version"].flatMap(Int.init), "\(context): \(outcome.output)", file: file, line: line)
    }

    private func saveCleanly(count: Int) throws {
        let outcome = try StressTool.run(["--save-loop", "--dir", data, "--count", String(count)], logs: logs)
        XCTAssertTrue(outcome.exitedCleanly, outcome.errors)
    }

    func testKilledAtRandomMomentsTheFileIsAlwaysOneWholeVersion() throws {
        try saveCleanly(count: 2)
        var version = try verify("before the kills")
        var random = SystemRandomNumberGenerator()
        for round in 1...30 {
            let loop = try StressTool.start(["--save-loop", "--dir", data], logs: logs)
            usleep(UInt32.random(in: 20_000...250_000, using: &random))
            kill(loop.processIdentifier, SIGKILL)
            let outcome = StressTool.finish(loop, logs: logs)
            XCTAssertTrue(outcome.killed, "round \(round): the loop ended by itself: \(outcome.errors)")
            let now = try verify("after kill \(round)")
            XCTAssertGreaterThanOrEqual(now, version, "round \(round): the file went back to an older version")
            version = now
        }
        XCTAssertGreaterThan(version, 10, "the kills should have come while the loop was saving")
        try saveCleanly(count: 2)
        XCTAssertGreaterThanOrEqual(try verify(requireClean: true, "after a clean save: no temporary files left"), version + 2)
    }

    // MARK: signals and errors at exact system calls (strace)

    private static let strace = "/usr/bin/strace"

    private func requireStrace() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.strace) else { throw XCTSkip("strace is not installed") }
        let outcome = try StressTool.run(["-f", "-o", "/dev/null", "/bin/true"], program: URL(fileURLWithPath: Self.strace), logs: logs)
        guard outcome.exitedCleanly else { throw XCTSkip("strace cannot trace here (ptrace not permitted?): \(outcome.errors)") }
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
