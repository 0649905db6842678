import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// The command line under access.json: roles from the account, every refusal said, and a
/// volunteer's output (text and JSON) without anything private about other volunteers.
final class AccessCommandTests: DataDirectoryTestCase {
    static let access = """
    { "users": [
      { "user": "helle", "role": "staff" },
      { "user": "mads", "role": "staff", "libraries": ["aeroe"] },
      { "user": "skranke", "role": "viewer" },
      { "user": "aase", "role": "volunteer", "library": "aeroe", "volunteer": "v1" },
      { "user": "ghost", "role": "volunteer", "library": "aeroe", "volunteer": "v99" }
    ] }
    """

    /// The fixture with contact data and notes on everyone, and sign-up on.
    static var library: String {
        Fixture.library
            .replacingOccurrences(of: #"{ "id": "v2", "name": "Bjørn Ærlig" }"#,
                                  with: #"{ "id": "v2", "name": "Bjørn Ærlig", "phone": "+45 22 22 22 22", "email": "bjorn@example.dk", "notes": "HEMMELIG" }"#)
            .replacingOccurrences(of: #"{ "id": "v3", "name": "Carl Hansen" }"#,
                                  with: #"{ "id": "v3", "name": "Carl Hansen", "phone": "+45 33 33 33 33", "email": "carl@example.dk", "notes": "Carl-note" }"#)
            .replacingOccurrences(of: #""name": "Ærø Bibliotek","#, with: #""name": "Ærø Bibliotek", "volunteerSignup": true,"#)
    }

    static let secrets = ["Ærlig", "Hansen", "+45 22", "+45 33", "bjorn@", "carl@", "HEMMELIG", "Carl-note", "\"v2\"", "\"v3\""]

    override func initialFiles() throws -> [String: String] {
        ["aeroe.json": Self.library, "other.json": Fixture.minimalLibrary(id: "other", name: "Andet"),
         "access.json": Self.access]
    }

    private func run(as user: String, _ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"]) -> RunResult {
        let output = CapturedOutput(), errors = CapturedOutput()
        let runner = CommandRunner(environment: environment, sampleLibraries: [:], today: day("2026-11-10"), output: output, errors: errors,
                                   account: user)
        let status = runner.run(arguments: ["--data-dir", path] + arguments)
        return RunResult(status: status, output: output.text, errors: errors.text)
    }

    private func assertNoSecrets(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for secret in Self.secrets { XCTAssertFalse(text.contains(secret), "\(secret) leaked:\n\(text)", file: file, line: line) }
    }

    func testHelpListsOnlyTheCommandsTheAccountMayRun() {
        let commands = { (text: String) in
            text.components(separatedBy: "\n").compactMap { line -> String? in
                // A command's line starts two spaces in; a wrapped description hangs further in.
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first else { return nil }
                return String(word).hasPrefix("-") ? nil : String(word)
            }
        }
        XCTAssertEqual(commands(run(as: "aase", ["help"]).output), ["today", "agenda", "roster", "help"])
        let viewer = commands(run(as: "skranke", ["help"]).output)
        XCTAssertTrue(viewer.contains("overview") && viewer.contains("export"), "\(viewer)")
        XCTAssertFalse(viewer.contains("import") || viewer.contains("restore") || viewer.contains("generate"), "\(viewer)")
        XCTAssertEqual(commands(run(as: "helle", ["help"]).output).count, CommandName.allCases.count)
        XCTAssertEqual(run(as: "skranke", ["overview"]).status, 0, "a viewer reads the overview")
    }

    func testAnUnlistedAccountIsRefusedWithStatusOne() {
        let result = run(as: "mallory", ["today"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors, "bibplan: the account \"mallory\" is not listed in \(path)/access.json; ask the library's administrator\n")
        XCTAssertTrue(run(as: "mallory", ["--lang", "da", "today"]).errors.contains("står ikke i"))
    }

    func testAMalformedAccessFileStopsEveryoneWithItsPlace() throws {
        try directory?.write("access.json", "{ \"users\": [\n  { \"user\": \"helle\", \"role\": \"admin\" }\n] }")
        let result = run(as: "helle", ["today"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.errors, "access.json:2:30: users[0].role: \"admin\" is not one of staff, viewer, volunteer\n")
        try directory?.write("access.json", "")
        XCTAssertEqual(run(as: "helle", ["goals"]).status, 1)
    }

    func testAVolunteersRosterShowsOwnShiftsAndFirstNamesOnly() {
        let result = run(as: "aase", ["roster", "--from", "2026-11-01", "--days", "30"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("Ærø Bibliotek, Åse Østergård: shifts"), result.output)
        XCTAssertTrue(result.output.contains("Strikkecafé"), result.output)
        XCTAssertTrue(result.output.contains("With: Bjørn (Kaffe)"), result.output)
        XCTAssertTrue(result.output.contains("Open slots in your groups"), result.output)
        assertNoSecrets(result.output)
    }

    func testAVolunteersJSONCarriesNoOtherVolunteersFields() throws {
        for command in [["roster", "--json", "--from", "2026-11-01"], ["today", "--json"], ["agenda", "--json", "--from", "2026-11-01", "--days", "30"]] {
            let result = run(as: "aase", command)
            XCTAssertEqual(result.status, 0, result.errors)
            let json = try result.json()
            XCTAssertEqual(json["library"] as? String, "aeroe")
            XCTAssertEqual((json["volunteer"] as? [String: Any])?["id"] as? String, "v1")
            assertNoSecrets(result.output)
        }
        let roster = try run(as: "aase", ["roster", "--json", "--from", "2026-11-01"]).json()
        let shifts = try XCTUnwrap(roster["shifts"] as? [[String: Any]])
        let first = try XCTUnwrap(shifts.first)
        XCTAssertEqual(Set(first.keys), ["id", "role", "event", "title", "date", "start", "end", "location", "missing", "roster", "mayWithdraw"])
        let names = (first["roster"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        XCTAssertEqual(names, ["Åse", "Bjørn"])
        XCTAssertEqual(Set((first["roster"] as? [[String: Any]] ?? []).flatMap(\.keys)), ["name", "role"])
    }

    func testAVolunteerRunsNothingElse() {
        for command in [["goals"], ["check"], ["export", "csv", "volunteers"], ["export", "ics"], ["report"], ["restore"],
                        ["import", "ics", "/etc/passwd"], ["generate", "--seed", "1"]] {
            let result = run(as: "aase", command)
            XCTAssertEqual(result.status, 1, "\(command): \(result.output)")
            XCTAssertTrue(result.errors.contains("not allowed for the role volunteer"), result.errors)
            XCTAssertEqual(result.output, "")
        }
        let other = run(as: "aase", ["--library", "other", "today"])
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.errors.contains("may not open the library other"), other.errors)
        let someoneElse = run(as: "aase", ["roster", "--volunteer", "v2", "--json"])
        XCTAssertEqual(someoneElse.status, 1)
        XCTAssertEqual(someoneElse.output, "")
        XCTAssertEqual(run(as: "aase", ["roster", "--volunteer", "v1"]).status, 0)
    }

    func testAVolunteerIDThatIsNotInTheLibraryIsSaid() {
        let result = run(as: "ghost", ["today"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("v99, who is not in aeroe.json"), result.errors)
    }

    func testTheViewerReadsEverythingAndChangesNothing() {
        XCTAssertEqual(run(as: "skranke", ["--library", "aeroe", "goals"]).status, 0)
        let volunteers = run(as: "skranke", ["--library", "aeroe", "export", "csv", "volunteers"])
        XCTAssertTrue(volunteers.output.contains("+45 22 22 22 22"), "the counter sees everything")
        for command in [["import", "ics", "x.ics"], ["restore"], ["generate"]] {
            let result = run(as: "skranke", ["--library", "aeroe"] + command)
            XCTAssertEqual(result.status, 1, "\(command)")
            XCTAssertTrue(result.errors.contains("not allowed for the role viewer"), result.errors)
        }
    }

    func testStaffLimitedToLibrariesSeeOnlyThose() throws {
        let check = try run(as: "mads", ["check", "--json"]).json()
        XCTAssertEqual((check["libraries"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["aeroe"])
        XCTAssertEqual(run(as: "mads", ["today"]).status, 0, "the one library allowed is chosen")
        XCTAssertEqual(run(as: "mads", ["--library", "other", "goals"]).status, 1)
        let helle = try run(as: "helle", ["check", "--json"]).json()
        XCTAssertEqual((helle["libraries"] as? [[String: Any]])?.count, 2)
    }

    func testACommandFromAnSSHClientIsNeverRun() {
        let result = run(as: "aase", [], environment: ["SSH_ORIGINAL_COMMAND": "cat /etc/passwd"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.errors, "bibplan: this account runs bibplan only; the command \"cat /etc/passwd\" was not run (log in without one: ssh -t)\n")
    }

    func testWithoutAccessJSONTheAccountIsStaff() throws {
        try FileManager.default.removeItem(atPath: path + "/access.json")
        XCTAssertEqual(run(as: "anyone", ["--library", "aeroe", "export", "csv", "volunteers"]).status, 0)
    }
}

/// Commands across libraries under access.json: a staff member limited to some
/// libraries sees only those in the overview, the combined agenda and report --all.
final class AccessAcrossLibrariesTests: DataDirectoryTestCase {
    override func initialFiles() throws -> [String: String] {
        ["aeroe.json": Fixture.library,
         "other.json": Fixture.minimalLibrary(id: "other", name: "Andet"),
         "access.json": AccessCommandTests.access]
    }

    private func run(as user: String, _ arguments: [String]) -> RunResult {
        runBibplan(as: user, ["--data-dir", path] + arguments)
    }

    func testAStaffMemberLimitedToOneLibrarySeesOnlyIt() {
        let limited = run(as: "mads", ["overview"])
        XCTAssertEqual(limited.status, 0, limited.errors)
        XCTAssertTrue(limited.output.contains("Ærø Bibliotek"), limited.output)
        XCTAssertFalse(limited.output.contains("Andet"), limited.output)
        let everyone = run(as: "helle", ["overview"])
        XCTAssertTrue(everyone.output.contains("Ærø Bibliotek") && everyone.output.contains("Andet"), everyone.output)
        let refused = run(as: "mads", ["--library", "aeroe,other", "agenda"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.errors.contains("other"), refused.errors)
        let report = run(as: "mads", ["report", "--all"])
        XCTAssertEqual(report.status, 0, report.errors)
        XCTAssertFalse(report.output.contains("Andet"), report.output)
    }
}

/// A volunteer whose library cannot be loaded (issue 15): the problem list names
/// other volunteers' ids and keys, so the volunteer is told only that there is one.
final class VolunteerDamagedLibraryTests: XCTestCase {
    func testAVolunteerSeesOnlyThatTheLibraryHasAProblem() throws {
        let damaged = AccessCommandTests.library.replacingOccurrences(of: #""email": "carl@example.dk""#, with: #""email": 7"#)
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": damaged, "access.json": AccessCommandTests.access])
        for command in [["today"], ["roster"], ["agenda", "--json"]] {
            let output = CapturedOutput(), errors = CapturedOutput()
            let runner = CommandRunner(environment: ["LANG": "en_US.UTF-8"], sampleLibraries: [:], today: day("2026-11-10"),
                                       output: output, errors: errors, account: "aase")
            XCTAssertEqual(runner.run(arguments: ["--data-dir", directory.path] + command), 1)
            XCTAssertEqual(errors.text, "bibplan: the library aeroe has a problem and cannot be shown now; staff have been told\n")
            XCTAssertEqual(output.text, "")
        }
        let output = CapturedOutput()
        let staff = CommandRunner(environment: ["LANG": "en_US.UTF-8"], sampleLibraries: [:], today: day("2026-11-10"),
                                  output: output, errors: CapturedOutput(), account: "helle")
        XCTAssertEqual(staff.run(arguments: ["--data-dir", directory.path, "check"]), 1)
        XCTAssertTrue(output.text.contains("volunteers[2].email"), output.text)
    }
}
