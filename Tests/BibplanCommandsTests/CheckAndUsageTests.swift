import BibplanCommands
import BibplanCore
import XCTest

final class CheckAndUsageTests: XCTestCase {
    func testCheckReportsEveryLibrary() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library, "broken.json": Fixture.brokenLibrary])
        let result = runBibplan(["--data-dir", directory.path, "check"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, """
        aeroe.json: ok (4 goals, 2 initiatives, 3 events, 3 volunteers, 4 shifts)
        broken.json:6:84: events[0].initiative: no initiative "i9"
        broken.json:9:69: shifts[0].volunteer: no volunteer "v9"

        """)
    }

    func testCheckOfOneGoodLibrary() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library, "broken.json": Fixture.brokenLibrary])
        let result = runBibplan(["--data-dir", directory.path, "--library", "aeroe", "--lang", "da", "check"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, "aeroe.json: ok (4 mål, 2 initiativer, 3 arrangementer, 3 frivillige, 4 vagter)\n")
    }

    func testCheckGivesLineAndColumnForBrokenJSON() throws {
        let directory = try TemporaryDataDirectory(files: ["cut.json": "{\n  \"schema\": 1,\n  \"id\": \"cut\",\n"])
        let result = runBibplan(["--data-dir", directory.path, "check"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.output.hasPrefix("cut.json:4:1: "), result.output)
    }

    func testCheckJSON() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library, "broken.json": Fixture.brokenLibrary])
        let result = runBibplan(["--data-dir", directory.path, "check", "--json"])
        XCTAssertEqual(result.status, 1)
        let libraries = try XCTUnwrap(try result.json()["libraries"] as? [[String: Any]])
        XCTAssertEqual(libraries.map { $0["id"] as? String }, ["aeroe", "broken"])
        XCTAssertEqual(libraries.map { $0["ok"] as? Bool }, [true, false])
        let problems = try XCTUnwrap(libraries[1]["problems"] as? [[String: Any]])
        XCTAssertEqual(problems.map { $0["path"] as? String }, ["events[0].initiative", "shifts[0].volunteer"])
        XCTAssertEqual(problems.map { $0["file"] as? String }, ["broken.json", "broken.json"])
        XCTAssertEqual(problems.map { $0["line"] as? Int }, [6, 9], "references carry their line too")
        XCTAssertEqual(problems[0]["message"] as? String, "no initiative \"i9\"")
    }

    func testABrokenLibraryStopsOtherCommandsWithEveryProblem() throws {
        let directory = try TemporaryDataDirectory(files: ["broken.json": Fixture.brokenLibrary])
        let result = runBibplan(["--data-dir", directory.path, "today"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors, """
        broken.json:6:84: events[0].initiative: no initiative "i9"
        broken.json:9:69: shifts[0].volunteer: no volunteer "v9"

        """)
    }

    func testSeveralLibrariesNeedLibraryOption() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library, "broken.json": Fixture.brokenLibrary])
        for command in ["today", "agenda", "roster", "goals"] {
            let result = runBibplan(["--data-dir", directory.path, command])
            XCTAssertEqual(result.status, 2, command)
            XCTAssertTrue(result.errors.hasPrefix(
                "bibplan: several libraries in \(directory.path) (aeroe, broken): choose one with --library\nusage: bibplan [OPTIONS] \(command) "), result.errors)
        }
        XCTAssertEqual(runBibplan(["--data-dir", directory.path, "--library", "aeroe", "today"]).status, 0)
    }

    func testAnUnknownLibraryIsBadUsage() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let result = runBibplan(["--data-dir", directory.path, "--library", "nowhere", "today"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.hasPrefix("bibplan: no library \"nowhere\" in \(directory.path) (there are: aeroe)\n"), result.errors)
    }

    func testBadArgumentsGiveTheMessageAndTheUsageLine() {
        let result = runBibplan(["agenda", "--days", "x"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors, """
        bibplan: --days needs a number from 1 to 366, got "x"
        usage: bibplan [OPTIONS] agenda [--from DATE] [--days N] [--json]

        """)
    }

    func testBadArgumentsInDanishEvenWhenLangComesLater() {
        let result = runBibplan(["agenda", "--foo", "--lang", "da"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.errors, "bibplan: ukendt tilvalg --foo til agenda\nbrug: bibplan [TILVALG] agenda [--from DATO] [--days N] [--json]\n")
        let fromEnvironment = runBibplan(["frobnicate"], environment: ["LANG": "da_DK.UTF-8"])
        XCTAssertTrue(fromEnvironment.errors.hasPrefix("bibplan: ukendt kommando \"frobnicate\"\nbrug: bibplan [--data-dir MAPPE]"))
    }

    func testHelpGoesToStandardOutput() {
        let overview = runBibplan(["--help"])
        XCTAssertEqual(overview.status, 0)
        XCTAssertTrue(overview.output.hasPrefix("usage: bibplan [--data-dir DIR]"))
        for command in CommandName.allCases { XCTAssertTrue(overview.output.contains("  \(command.rawValue) "), command.rawValue) }
        let agenda = runBibplan(["agenda", "--help", "--lang", "da"])
        XCTAssertEqual(agenda.status, 0)
        XCTAssertTrue(agenda.output.hasPrefix("brug: bibplan [TILVALG] agenda [--from DATO] [--days N] [--json]\n"))
        XCTAssertTrue(agenda.output.contains("--days N"))
    }

    func testNoCommandWithoutAFullScreenProgramIsBadUsage() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let result = runBibplan(["--data-dir", directory.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.hasPrefix("bibplan: the full-screen program is not available here"))
    }

    func testNoCommandStartsTheFullScreenProgramWithTheChosenLibrary() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        var seen: InteractiveContext?
        let runner = CommandRunner(environment: [:], sampleLibraries: [:], today: day("2026-11-10"),
                                   output: CapturedOutput(), errors: CapturedOutput()) { context in
            seen = context
            return 0
        }
        XCTAssertEqual(runner.run(arguments: ["--data-dir", directory.path, "--lang", "da", "--today", "2026-12-24"]), 0)
        XCTAssertEqual(seen?.libraryID, "aeroe")
        XCTAssertEqual(seen?.libraryIDs, ["aeroe"])
        XCTAssertEqual(seen?.language, .danish)
        XCTAssertEqual(seen?.today, day("2026-12-24"))
        XCTAssertEqual(seen?.isTodayPinned, true)
    }

    func testControlCharactersInDataNeverReachTheTerminal() throws {
        let hostile = Fixture.library.replacingOccurrences(of: "\"Strikkecafé\"", with: "\"Strikke\\u001b]52;c;ZXZpbA==\\u0007café\\u202e\"")
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": hostile])
        let text = runBibplan(["--data-dir", directory.path, "today"]).output
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, text)
        XCTAssertTrue(text.contains("Strikke␛]52;c;ZXZpbA==␇café\u{FFFD}"), text)
        let json = try runBibplan(["--data-dir", directory.path, "today", "--json"]).json()
        let occurrences = try XCTUnwrap(json["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.first?["title"] as? String, "Strikke\u{1B}]52;c;ZXZpbA==\u{07}café\u{202E}")
    }
}
