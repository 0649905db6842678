import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Runs the built `bibplan-stress` (and other programs) with output captured in files,
/// so that no pipe can fill up and stall a child.
enum StressTool {
    static var binary: URL { RequiredTool.builtProgram("bibplan-stress") }

    struct Outcome {
        let reason: Process.TerminationReason
        let status: Int32
        let output: String
        let errors: String

        var exitedCleanly: Bool { reason == .exit && status == 0 }
        var killed: Bool { reason == .uncaughtSignal && status == SIGKILL }

        /// `key=value` fields of the last line of standard output.
        var fields: [String: String] {
            let last = output.split(separator: "\n").last.map(String.init) ?? ""
            var fields: [String: String] = [:]
            for pair in last.split(separator: " ") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
            }
            return fields
        }
    }

    /// Starts `program` (the stress tool by default); its output goes to files in `logs`.
    static func start(_ arguments: [String], program: URL = binary, logs: String) throws -> Process {
        _ = FileManager.default.createFile(atPath: logs + "/stdout", contents: nil)
        _ = FileManager.default.createFile(atPath: logs + "/stderr", contents: nil)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: logs + "/stdout"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logs + "/stderr"))
        try process.run()
        return process
    }

    static func finish(_ process: Process, logs: String) -> Outcome {
        process.waitUntilExit()
        let read = { (name: String) in (try? String(contentsOfFile: logs + "/" + name, encoding: .utf8)) ?? "" }
        return Outcome(reason: process.terminationReason, status: process.terminationStatus,
                       output: read("stdout"), errors: read("stderr"))
    }

    /// Runs to the end.
    static func run(_ arguments: [String], program: URL = binary, logs: String) throws -> Outcome {
        finish(try start(arguments, program: program, logs: logs), logs: logs)
    }

    static func requireBinary(file: StaticString = #filePath, line: UInt = #line) throws {
        try RequiredTool.require(FileManager.default.isExecutableFile(atPath: binary.path),
                                 "bibplan-stress is not built at \(binary.path)", file: file, line: line)
    }
}

/// Many processes changing one library at once, some of them killed: every acknowledged
/// change is in the file, the file is valid, no temporary files are left.
final class StressTests: ScratchFolderTestCase {
    private func runStress(extra: [String]) throws -> StressTool.Outcome {
        try StressTool.requireBinary()
        let logs = try scratchFolder("stress-logs")
        let data = try scratchFolder("stress-data")
        let started = Date()
        let outcome = try StressTool.run(["--dir", data, "--processes", "4", "--changes", "25", "--timeout", "60"] + extra, logs: logs)
        // A figure, not a limit: how long it takes depends on the machine and its load
        // (the tool's own --timeout ends a run that hangs).
        print("stress \(extra.joined(separator: " ")): 4 processes × 25 changes in "
              + String(format: "%.1f s", Date().timeIntervalSince(started)) + " (the tool says \(outcome.fields["seconds"] ?? "?") s)")
        XCTAssertTrue(outcome.exitedCleanly, "status \(outcome.status)\n\(outcome.output)\n\(outcome.errors)")
        let fields = outcome.fields
        XCTAssertEqual(fields["result"], "ok", outcome.output + outcome.errors)
        XCTAssertEqual(fields["processes"], "4")
        XCTAssertEqual(fields["changes"], "25")
        XCTAssertEqual(fields["acknowledged"], "100")
        XCTAssertEqual(fields["found"], "100")
        XCTAssertEqual(fields["missing"], "0")
        XCTAssertNotNil(fields["seconds"].flatMap(Double.init))

        // What the tool claims, checked from outside: every acknowledgement file is complete,
        // and nothing temporary is left.
        let names = try FileManager.default.contentsOfDirectory(atPath: data)
        XCTAssertEqual(names.filter { $0.contains(".tmp-") }, [])
        for worker in 1...4 {
            let acked = try String(contentsOfFile: data + "/acked-\(worker).txt", encoding: .utf8)
            XCTAssertEqual(acked.split(separator: "\n").count, 25, "worker \(worker)")
            XCTAssertEqual(Set(acked.split(separator: "\n")).count, 25, "worker \(worker) acknowledged a change twice")
        }
        let library = try String(contentsOfFile: data + "/stress.json", encoding: .utf8)
        for worker in 1...4 {
            for change in [1, 25] { XCTAssertTrue(library.contains("\"w\(worker)-\(change)\""), "w\(worker)-\(change)") }
        }
        return outcome
    }

    func testFourProcessesTwentyFiveChangesEach() throws {
        let outcome = try runStress(extra: ["--seed", "1"])
        XCTAssertEqual(outcome.fields["kills"], "0")
    }

    func testFourProcessesKilledAtRandomAndRestarted() throws {
        let outcome = try runStress(extra: ["--kill-randomly"])
        let kills = try XCTUnwrap(outcome.fields["kills"].flatMap(Int.init))
        XCTAssertGreaterThan(kills, 0, "the run should have killed at least one worker")
    }

    func testBadArgumentsAreRefused() throws {
        try StressTool.requireBinary()
        let logs = try scratchFolder("stress-logs")
        let outcome = try StressTool.run(["--processes", "0", "--dir", logs], logs: logs)
        XCTAssertEqual(outcome.reason, .exit)
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.errors.contains("usage:"), outcome.errors)
    }
}
