import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// A library small enough to reason about by hand, with Danish letters:
/// - e1 Strikkecafé: weekly on Tuesdays 14:00–16:00, needs 2 volunteers;
/// - e2 Repair café: the 2nd Saturday of each month 10:00–13:00, needs 3 (July skipped);
/// - e3 Forfatteraften: once, 2026-11-10 19:00–20:30, needs none.
/// Shifts: 10 Nov Strikkecafé fully staffed (Åse, Bjørn); 14 Nov Repair café one of three
/// (Carl); 17 Nov Strikkecafé one of two (Åse).
enum Fixture {
    static let libraryID = "aeroe"

    static let library = #"""
    {
      "schema": 1,
      "id": "aeroe",
      "name": "Ærø Bibliotek",
      "plan": { "title": "Biblioteksplan 2026", "from": "2026-01-01", "to": "2026-12-31" },
      "goals": [
        { "id": "g1", "parent": null, "title": "Læsning for alle", "status": "on-track", "progress": 40 },
        { "id": "g1.1", "parent": "g1", "title": "Læseklubber på skolerne", "status": "at-risk", "progress": 20 },
        { "id": "g1.2", "parent": "g1", "title": "Bøger til ældre", "status": "done", "progress": 100 },
        { "id": "g2", "parent": null, "title": "Fællesskab", "status": "not-started", "progress": 0 }
      ],
      "initiatives": [
        { "id": "i1", "title": "Sommerbogen", "goals": ["g1.1"], "status": "active" },
        { "id": "i2", "title": "Strikkeklub", "goals": ["g2"], "status": "planned" }
      ],
      "events": [
        { "id": "e1", "title": "Strikkecafé", "start": "2026-01-06T14:00", "durationMinutes": 120,
          "rrule": "FREQ=WEEKLY;BYDAY=TU", "location": "Store sal", "audience": "adults", "volunteersNeeded": 2 },
        { "id": "e2", "title": "Repair café", "start": "2026-01-10T10:00", "durationMinutes": 180,
          "rrule": "FREQ=MONTHLY;BYDAY=2SA", "exdates": ["2026-07-11"], "location": "Værkstedet",
          "audience": "all", "volunteersNeeded": 3 },
        { "id": "e3", "title": "Forfatteraften: Øjvind Ærlig", "start": "2026-11-10T19:00", "durationMinutes": 90,
          "location": "Salen", "audience": "adults" }
      ],
      "volunteers": [
        { "id": "v1", "name": "Åse Østergård" },
        { "id": "v2", "name": "Bjørn Ærlig" },
        { "id": "v3", "name": "Carl Hansen" }
      ],
      "shifts": [
        { "id": "s1", "event": "e1", "date": "2026-11-10", "volunteer": "v1", "role": "Vært" },
        { "id": "s2", "event": "e1", "date": "2026-11-10", "volunteer": "v2", "role": "Kaffe" },
        { "id": "s3", "event": "e2", "date": "2026-11-14", "volunteer": "v3", "role": "Reparatør" },
        { "id": "s4", "event": "e1", "date": "2026-11-17", "volunteer": "v1", "role": "Vært" }
      ]
    }
    """#

    /// Valid JSON that breaks two rules: an event's initiative and a shift's volunteer do not exist.
    static let brokenLibrary = #"""
    {
      "schema": 1,
      "id": "broken",
      "name": "Brudt Bibliotek",
      "events": [
        { "id": "e1", "title": "Læsekreds", "start": "2026-11-03T17:00", "initiative": "i9" }
      ],
      "shifts": [
        { "id": "s1", "event": "e1", "date": "2026-11-03", "volunteer": "v9" }
      ]
    }
    """#

    static func minimalLibrary(id: String, name: String) -> String {
        #"{ "schema": 1, "id": "\#(id)", "name": "\#(name)" }"#
    }
}

/// A data directory in the system's temporary folder, removed at the end of the test.
final class TemporaryDataDirectory {
    let base: String
    let path: String

    init(files: [String: String] = [:], create: Bool = true) throws {
        base = FileManager.default.temporaryDirectory.path + "/bibplan-tests-" + UUID().uuidString
        path = base + "/data"
        if create {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, text) in files { try write(name, text) }
        }
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + name) }

    deinit { try? FileManager.default.removeItem(atPath: base) }
}

/// What one run of the command line produced.
struct RunResult {
    let status: Int32
    let output: String
    let errors: String

    /// The standard output parsed as JSON (fails the test when it is not well-formed).
    func json(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(output.utf8))
        return try XCTUnwrap(value as? [String: Any], "not a JSON object: \(output)", file: file, line: line)
    }
}

/// Runs `bibplan ARGUMENTS` in-process, with the given environment and a fixed real date.
func runBibplan(_ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"],
                samples: [String: String] = [:], today: Day = day("2026-11-10")) -> RunResult {
    let output = CapturedOutput(), errors = CapturedOutput()
    let runner = CommandRunner(environment: environment, sampleLibraries: samples, today: today, output: output, errors: errors)
    let status = runner.run(arguments: arguments)
    return RunResult(status: status, output: output.text, errors: errors.text)
}

/// Runs `bibplan ARGUMENTS` in-process as the given account (access.json decides what it may do).
func runBibplan(as account: String, _ arguments: [String], today: Day = day("2026-11-10")) -> RunResult {
    let output = CapturedOutput(), errors = CapturedOutput()
    let runner = CommandRunner(environment: ["LANG": "en_US.UTF-8"], sampleLibraries: [:], today: today, output: output,
                               errors: errors, account: account)
    let status = runner.run(arguments: arguments)
    return RunResult(status: status, output: output.text, errors: errors.text)
}

func day(_ text: String) -> Day {
    Day(iso: text) ?? Day(ordinal: 0)
}

/// A test case with its own data directory, made before each test from `initialFiles()`
/// and removed after it: the one set-up the command tests share.
class DataDirectoryTestCase: XCTestCase {
    private(set) var directory: TemporaryDataDirectory?

    /// The files the data directory starts with, by name; none unless a test case says.
    func initialFiles() throws -> [String: String] { [:] }

    override func setUpWithError() throws {
        try super.setUpWithError()
        directory = try TemporaryDataDirectory(files: try initialFiles())
    }

    override func tearDown() {
        directory = nil
        super.tearDown()
    }

    var path: String { directory?.path ?? "/nonexistent" }

    /// The sample library `id` embedded in the program; a missing one fails the test, never skips it.
    func sample(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try XCTUnwrap(EmbeddedResources.sampleLibraries[id], "no embedded sample library \(id)", file: file, line: line)
    }
}

/// A test case that runs the command line against the fixture library in its own data directory.
class FixtureLibraryTestCase: DataDirectoryTestCase {
    override func initialFiles() throws -> [String: String] { ["aeroe.json": Fixture.library] }

    func run(_ arguments: [String], language: String = "en") -> RunResult {
        runBibplan(["--data-dir", path, "--lang", language] + arguments)
    }
}
