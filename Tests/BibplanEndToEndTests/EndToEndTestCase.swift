import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// What the end-to-end tests need from the machine: the programs built beside the test
/// runner, tmux, strace. A missing one skips the test here, with the reason; in CI
/// (`CI=true`) it fails the test, so that no check stops running unnoticed.
enum RequiredTool {
    static var inContinuousIntegration: Bool {
        ["true", "1"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")
    }

    /// A program of this package, in the same build folder as the test runner.
    static func builtProgram(_ name: String) -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent(name)
    }

    /// Returns when `available`; otherwise skips the test, or fails it in CI.
    static func require(_ available: Bool, _ reason: @autoclosure () -> String,
                        file: StaticString = #filePath, line: UInt = #line) throws {
        guard !available else { return }
        let message = reason()
        guard inContinuousIntegration else {
            throw XCTSkip(message + " (skipped here; with CI=true this fails)")
        }
        XCTFail(message + " (CI=true: a check that cannot run is a failure)", file: file, line: line)
        throw Missing(reason: message)
    }

    struct Missing: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }
}

/// The base of the tests that run the built programs: folders from `scratchFolder` are
/// removed after each test.
class ScratchFolderTestCase: XCTestCase {
    private var scratchFolders: [String] = []

    /// A fresh folder under the temporary directory, removed after the test.
    func scratchFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "bibplan-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        scratchFolders.append(path)
        return path
    }

    /// A path under the temporary directory that does not exist yet, removed after the test.
    func scratchPath(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "bibplan-\(name)-\(UUID().uuidString)"
        scratchFolders.append(path)
        return path
    }

    override func tearDown() {
        for folder in scratchFolders { try? FileManager.default.removeItem(atPath: folder) }
        scratchFolders = []
        super.tearDown()
    }
}

/// The base of the tests that drive the real `bibplan` in tmux: tmux is required (see
/// `RequiredTool`), and each test has its own data folder, not yet created (the program
/// seeds it with the sample libraries on its first run), removed after the test.
class TmuxTestCase: ScratchFolderTestCase {
    private(set) var dataDirectory = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        try RequiredTool.require(TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux)")
        dataDirectory = scratchPath("e2e")
    }

    /// The shell line for tmux: bibplan on this test's data folder with `arguments`
    /// (after `prefix`, such as a command that changes the user), then how it ended,
    /// and a pause that keeps the last screen to be read.
    func programLine(_ arguments: String, prefix: String = "") -> String {
        "BIBPLAN_DATA=\(dataDirectory) \(prefix)'\(TmuxSession.binary.path)' \(arguments); echo EXITED $?; sleep 30"
    }

    /// bibplan on this test's data folder in a new tmux session.
    func startProgram(_ arguments: String) throws -> TmuxSession {
        try TmuxSession(command: programLine(arguments))
    }

    /// Two programs on this test's data folder, each shown once its screen holds `ready`;
    /// the second starts after the first has seeded the folder.
    func startTwoPrograms(_ arguments: String, readyWhen ready: String) throws -> (TmuxSession, TmuxSession) {
        let first = try startProgram(arguments)
        try first.waitFor { $0.contains(ready) }
        let second = try startProgram(arguments)
        try second.waitFor { $0.contains(ready) }
        return (first, second)
    }

    /// Presses q and checks that the program ended with status 0.
    func quit(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("q")
        let screen = try session.waitFor(file: file, line: line) { $0.contains("EXITED") }
        XCTAssertTrue(screen.contains("EXITED 0"), screen, file: file, line: line)
    }

    /// Runs bibplan (not in tmux) to its end; standard output and error together.
    func runProgram(_ arguments: [String]) throws -> String {
        try ProgramRun.run(TmuxSession.binary.path, arguments).output
    }
}
