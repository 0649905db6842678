import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// Files that are not what they seem (issue 15): a FIFO or a device where a file is
/// read never hangs, and `-o` never replaces what it should not.
final class HostileFilesTests: XCTestCase {
    private func fifo(_ path: String) throws {
        XCTAssertEqual(mkfifo(path, 0o644), 0, String(cString: strerror(errno)))
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    // MARK: reading

    func testAFIFONamedAsALibraryOrAccessJSONIsRefusedAtOnce() throws {
        for (name, arguments) in [("pipe.json", ["--library", "pipe", "today"]), ("access.json", ["today"])] {
            let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
            try fifo(directory.path + "/" + name)
            let result = runBibplan(["--data-dir", directory.path] + arguments)
            XCTAssertEqual(result.status, 1, name)
            XCTAssertTrue(result.errors.contains(name + ": cannot be read"), result.errors)
            XCTAssertTrue(result.errors.contains("it is a named pipe (FIFO), not a regular file"), result.errors)
        }
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        try fifo(directory.path + "/pipe.json")
        let check = runBibplan(["--data-dir", directory.path, "check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains("pipe.json: cannot be read: it is a named pipe (FIFO), not a regular file"), check.output)
        XCTAssertTrue(check.output.contains("aeroe.json: ok"), check.output)
    }

    func testImportOfADeviceOrAFIFOIsRefused() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let pipe = directory.base + "/x.ics"
        try fifo(pipe)
        for (file, reason) in [("/dev/zero", "a character device, not a regular file"), (pipe, "a named pipe (FIFO)"), (directory.base, "a folder")] {
            let result = runBibplan(["--data-dir", directory.path, "import", "ics", file])
            XCTAssertEqual(result.status, 1, file)
            XCTAssertTrue(result.errors.contains(file + ": it is " + reason), result.errors)
        }
    }

    func testAFileLargerThanTheLimitIsRefusedUnread() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let path = directory.path + "/huge.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertEqual(truncate(path, off_t(FileReadFailure.sizeLimit + 1)), 0)
        let result = runBibplan(["--data-dir", directory.path, "--library", "huge", "today"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("huge.json: cannot be read: larger than 64 MiB"), result.errors)
        let imported = runBibplan(["--data-dir", directory.path, "--library", "aeroe", "import", "ics", path])
        XCTAssertTrue(imported.errors.contains("larger than 64 MiB"), imported.errors)
    }

    // MARK: writing

    func testOutputNeverReplacesAFileOfTheDataDirectory() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library, "aeroe.json.bak": Fixture.library])
        for name in ["aeroe.json", "aeroe.json.bak", "access.json", "aeroe.lock", "aeroe.history.jsonl", "aeroe.reminders.log"] {
            let target = directory.base + "/data/../data/" + name
            let result = runBibplan(["--data-dir", directory.path, "report", "--format", "md", "-o", target])
            XCTAssertEqual(result.status, 1, name)
            XCTAssertTrue(result.errors.contains("data directory"), result.errors)
        }
        XCTAssertEqual(try String(contentsOfFile: directory.path + "/aeroe.json", encoding: .utf8), Fixture.library)
        XCTAssertFalse(directory.exists("access.json"))
        XCTAssertEqual(runBibplan(["--data-dir", directory.path, "check"]).status, 0)
    }

    func testOutputRefusesALinkOrADevice() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let link = directory.base + "/link.md", target = directory.base + "/target.md"
        try "keep".write(toFile: target, atomically: false, encoding: .utf8)
        XCTAssertEqual(symlink(target, link), 0)
        let toDevice = directory.base + "/null.md"
        XCTAssertEqual(symlink("/dev/null", toDevice), 0)
        for (path, reason) in [(link, "a symbolic link"), (toDevice, "a symbolic link"), ("/dev/null", "a character device")] {
            let result = runBibplan(["--data-dir", directory.path, "report", "--format", "md", "-o", path])
            XCTAssertEqual(result.status, 1, path)
            XCTAssertTrue(result.errors.contains("it is \(reason); bibplan writes only to a regular file or a new name"), result.errors)
        }
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "keep")
    }

    func testOutputKeepsAnExistingModeAndMakesPrivateExportsOwnerOnly() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let existing = directory.base + "/report.md"
        try "old".write(toFile: existing, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(existing, 0o640), 0)
        XCTAssertEqual(runBibplan(["--data-dir", directory.path, "report", "--format", "md", "-o", existing]).status, 0)
        XCTAssertEqual(mode(existing), 0o640)
        XCTAssertTrue(try String(contentsOfFile: existing, encoding: .utf8).contains("Ærø Bibliotek"))

        let volunteers = directory.base + "/volunteers.csv", roster = directory.base + "/roster.csv"
        XCTAssertEqual(runBibplan(["--data-dir", directory.path, "export", "csv", "volunteers", "-o", volunteers]).status, 0)
        XCTAssertEqual(mode(volunteers), 0o600)
        XCTAssertEqual(runBibplan(["--data-dir", directory.path, "export", "csv", "roster", "-o", roster]).status, 0)
        XCTAssertEqual(mode(roster) & 0o600, 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.base).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    // MARK: standard output

    func testAFullStandardOutputFailsWithAMessage() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let full = open("/dev/full", O_WRONLY)
        XCTAssertGreaterThanOrEqual(full, 0)
        defer { close(full) }
        let errors = CapturedOutput()
        let runner = CommandRunner(environment: ["LANG": "en_US.UTF-8"], sampleLibraries: [:], today: day("2026-11-10"),
                                   output: FileDescriptorOutput(descriptor: full), errors: errors)
        XCTAssertEqual(runner.run(arguments: ["--data-dir", directory.path, "report", "--format", "html"]), 1)
        XCTAssertTrue(errors.text.contains("standard output could not be written: No space left on device"), errors.text)
    }

    func testAClosedPipeEndsQuietly() throws {
        signal(SIGPIPE, SIG_IGN)
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        close(ends[0])
        defer { close(ends[1]) }
        let output = FileDescriptorOutput(descriptor: ends[1]), errors = CapturedOutput()
        let runner = CommandRunner(environment: ["LANG": "en_US.UTF-8"], sampleLibraries: [:], today: day("2026-11-10"),
                                   output: output, errors: errors)
        XCTAssertEqual(runner.run(arguments: ["--data-dir", directory.path, "agenda", "--days", "60"]), 0)
        XCTAssertTrue(output.isClosed)
        XCTAssertEqual(errors.text, "")
    }
}
