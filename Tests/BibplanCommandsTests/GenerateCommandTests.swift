import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `bibplan generate`, with small numbers so the tests stay fast.
final class GenerateCommandTests: XCTestCase {
    private static let small = ["--seed", "4", "--years", "1", "--series", "6", "--events", "12", "--volunteers", "30",
                                "--shifts", "80", "--goals", "9", "--initiatives", "5"]

    func testWritesANewLibraryIntoTheDataDirectoryAndItChecksOut() throws {
        let directory = try TemporaryDataDirectory(create: false)
        let result = runBibplan(["--data-dir", directory.path, "generate"] + Self.small)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(directory.exists("stor.json"))
        XCTAssertTrue(result.output.contains("wrote \(directory.path)/stor.json"), result.output)
        XCTAssertTrue(result.output.contains("18 events (6 series, 12 one-off;"), result.output)
        XCTAssertTrue(result.output.contains("30 volunteers, 80 shifts, 9 goals, 5 initiatives"), result.output)
        let check = runBibplan(["--data-dir", directory.path, "--library", "stor", "check"])
        XCTAssertEqual(check.status, 0, check.output + check.errors)
        let store = try LibraryStore(path: directory.path)
        let library = try store.load("stor").library
        XCTAssertEqual(library.shifts.count, 80)
        XCTAssertEqual(library.events.count, 18)
    }

    func testRefusesToOverwriteAnExistingLibrary() throws {
        let directory = try TemporaryDataDirectory(files: ["stor.json": Fixture.minimalLibrary(id: "stor", name: "Min egen")])
        let result = runBibplan(["--data-dir", directory.path, "generate"] + Self.small)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("already exists"), result.errors)
        let text = try String(contentsOfFile: directory.path + "/stor.json", encoding: .utf8)
        XCTAssertEqual(text, Fixture.minimalLibrary(id: "stor", name: "Min egen"))
    }

    func testIDAndOutputFileAndICalendar() throws {
        let directory = try TemporaryDataDirectory()
        let json = directory.path + "/ude.json", ics = directory.path + "/ude.ics"
        let result = runBibplan(["--data-dir", directory.path, "generate", "--id", "ude", "-o", json, "--ics", ics] + Self.small)
        XCTAssertEqual(result.status, 0, result.errors)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: json)))
        let library = try LibraryCodec.decode(bytes, file: "ude.json")
        XCTAssertEqual(library.id, "ude")
        let calendar = try String(contentsOfFile: ics, encoding: .utf8)
        XCTAssertTrue(calendar.hasPrefix("BEGIN:VCALENDAR\r\n"))
        XCTAssertEqual(calendar.components(separatedBy: "\r\nBEGIN:VEVENT\r\n").count - 1, 18)
        // Six series, and the two daylight-saving rules of the VTIMEZONE.
        XCTAssertEqual(calendar.components(separatedBy: "\r\nRRULE:FREQ=YEARLY;BYMONTH=").count - 1, 2)
        XCTAssertEqual(calendar.components(separatedBy: "\r\nRRULE:").count - 1, 6 + 2)
        XCTAssertTrue(calendar.contains("UID:e1@ude.bibplan\r\n"))
        XCTAssertTrue(result.output.contains("wrote \(ics) (iCalendar)"), result.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: json + ".tmp-\(getpid())"))
    }

    func testSameSeedSameFileOtherSeedOtherFile() throws {
        let first = runBibplan(["generate", "-o", "-"] + Self.small)
        let again = runBibplan(["generate", "-o", "-"] + Self.small)
        let other = runBibplan(["generate", "-o", "-", "--seed", "5"] + Self.small.dropFirst(2))
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertTrue(first.output.hasPrefix("{\n  \"schema\": 1,\n  \"id\": \"stor\""))
        XCTAssertEqual(first.output, again.output)
        XCTAssertNotEqual(first.output, other.output)
        // With the data on standard output, the report goes to standard error.
        XCTAssertTrue(first.errors.contains("18 events"), first.errors)
    }

    func testParsesEveryOption() throws {
        let invocation = try CommandLineParser.parse(["generate", "--seed", "9", "--years", "2", "--series", "3", "--events", "4",
                                                      "--volunteers", "5", "--shifts", "6", "--goals", "7", "--initiatives", "8",
                                                      "--id", "demo", "-o", "/tmp/x.json", "--ics=/tmp/x.ics"])
        XCTAssertEqual(invocation.libraryID, "demo")
        let expected = LibraryGenerator.Options(seed: 9, years: 2, series: 3, events: 4, volunteers: 5, shifts: 6, goals: 7, initiatives: 8)
        XCTAssertEqual(invocation.command, .generate(GenerateRequest(options: expected, output: "/tmp/x.json", ics: "/tmp/x.ics")))
        XCTAssertEqual(try CommandLineParser.parse(["generate"]).command, .generate(GenerateRequest()))
    }

    func testBadUsage() {
        for arguments in [["generate", "--shifts", "many"], ["generate", "--years", "0"], ["generate", "--id", "Stor Bib"],
                          ["generate", "--json"], ["today", "--seed", "3"], ["generate", "--events"]] {
            let result = runBibplan(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.errors)")
            XCTAssertFalse(result.errors.isEmpty)
        }
        XCTAssertTrue(runBibplan(["generate", "--years", "0"]).errors.contains("--years needs a number from 1 to 100"))
    }

    func testHelpNamesTheOptions() {
        let help = runBibplan(["help", "generate"])
        XCTAssertEqual(help.status, 0)
        for option in ["--seed N", "--years N", "--series N", "--events N", "--volunteers N", "--shifts N", "--goals N",
                       "--initiatives N", "--id ID", "-o FILE", "--ics FILE"] {
            XCTAssertTrue(help.output.contains(option), option)
        }
    }
}
