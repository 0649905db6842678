import BibplanCommands
import BibplanCore
import XCTest

final class CommandLineParserTests: XCTestCase {
    private func parse(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> Invocation? {
        do throws(UsageError) {
            return try CommandLineParser.parse(arguments)
        } catch {
            XCTFail("\(arguments) failed: \(error.message)", file: file, line: line)
            return nil
        }
    }

    private func failure(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> UsageError? {
        do throws(UsageError) {
            let invocation = try CommandLineParser.parse(arguments)
            XCTFail("\(arguments) parsed as \(invocation)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Good

    func testNoArgumentsIsTheInteractiveProgram() {
        XCTAssertEqual(parse([]), Invocation(command: .interactive))
    }

    func testNoMouseTurnsTheMouseOffAndTakesNoValue() {
        XCTAssertEqual(parse([])?.mouse, true)
        XCTAssertEqual(parse(["--no-mouse"])?.mouse, false)
        XCTAssertEqual(parse(["--library", "glostrup", "--no-mouse"])?.command, .interactive)
        XCTAssertEqual(parse(["today", "--no-mouse"])?.mouse, false, "a global option, harmless to a plain command")
        XCTAssertNotNil(failure(["--no-mouse=yes"]))
        XCTAssertTrue(UsageText.help(nil, .english).contains("--no-mouse"))
    }

    func testGlobalOptionsBeforeAndAfterTheCommand() {
        let expected = Invocation(dataDirectory: "/srv/bib", libraryID: "glostrup", today: day("2026-11-28"),
                                  language: .danish, command: .today(json: true))
        XCTAssertEqual(parse(["--data-dir", "/srv/bib", "--library", "glostrup", "today", "--json", "--today", "2026-11-28", "--lang", "da"]), expected)
        XCTAssertEqual(parse(["today", "--lang=da", "--json", "--data-dir=/srv/bib", "--today", "2026-11-28", "--library", "glostrup"]), expected)
    }

    func testGlobalOptionsWithoutACommand() {
        XCTAssertEqual(parse(["--library", "ballerup", "--lang", "en"]),
                       Invocation(libraryID: "ballerup", language: .english, command: .interactive))
    }

    func testAgendaDefaultsAndOptions() {
        XCTAssertEqual(parse(["agenda"])?.command, .agenda(from: nil, days: 7, json: false))
        XCTAssertEqual(parse(["agenda", "--from", "2026-12-01", "--days", "14", "--json"])?.command,
                       .agenda(from: day("2026-12-01"), days: 14, json: true))
        XCTAssertEqual(parse(["agenda", "--days=1"])?.command, .agenda(from: nil, days: 1, json: false))
        XCTAssertEqual(parse(["agenda", "--days", "366"])?.command, .agenda(from: nil, days: 366, json: false))
    }

    func testCommandOptionsMayStandBeforeTheCommand() {
        XCTAssertEqual(parse(["--json", "goals"])?.command, .goals(json: true))
    }

    func testRosterDefaultsToTwentyEightDays() {
        XCTAssertEqual(parse(["roster"])?.command, .roster(volunteer: nil, from: nil, days: 28, json: false))
        XCTAssertEqual(parse(["roster", "--volunteer", "v12", "--from", "2027-01-04", "--days", "7"])?.command,
                       .roster(volunteer: "v12", from: day("2027-01-04"), days: 7, json: false))
    }

    func testCheckAndGoals() {
        XCTAssertEqual(parse(["check"])?.command, .check(json: false))
        XCTAssertEqual(parse(["check", "--json"])?.command, .check(json: true))
        XCTAssertEqual(parse(["goals"])?.command, .goals(json: false))
    }

    func testHelpForms() {
        XCTAssertEqual(parse(["help"])?.command, .help(nil))
        XCTAssertEqual(parse(["--help"])?.command, .help(nil))
        XCTAssertEqual(parse(["-h"])?.command, .help(nil))
        XCTAssertEqual(parse(["help", "agenda"])?.command, .help(.agenda))
        XCTAssertEqual(parse(["agenda", "--help"])?.command, .help(.agenda))
        XCTAssertEqual(parse(["roster", "-h", "--lang", "da"]), Invocation(language: .danish, command: .help(.roster)))
    }

    func testDoubleDashEndsOptions() {
        XCTAssertEqual(failure(["today", "--", "--json"])?.message, "unexpected argument \"--json\" for today")
    }

    // MARK: Bad

    func testUnknownOptionNamesTheCommand() {
        XCTAssertEqual(failure(["agenda", "--foo"])?.message, "unknown option --foo for agenda")
        XCTAssertEqual(failure(["--foo", "agenda"])?.message, "unknown option --foo for agenda")
        XCTAssertEqual(failure(["today", "--days", "3"])?.message, "unknown option --days for today")
        XCTAssertEqual(failure(["--json"])?.message, "unknown option --json")
        XCTAssertEqual(failure(["today", "-x"])?.command, .today)
    }

    func testDaysMustBeANumberInRange() {
        for value in ["x", "0", "367", "-3", "7.5", "+7"] {
            XCTAssertEqual(failure(["agenda", "--days", value])?.message, "--days needs a number from 1 to 366, got \"\(value)\"")
        }
    }

    func testDatesMustBeRealDates() {
        XCTAssertEqual(failure(["--today", "2026-13-01"])?.message, "--today: \"2026-13-01\" is not a date (YYYY-MM-DD)")
        XCTAssertEqual(failure(["agenda", "--from", "2026-02-30"])?.message, "--from: \"2026-02-30\" is not a date (e.g. 2026-12-01, 1/12, 1.12.2026, 1 December, today, tomorrow, Monday)")
        XCTAssertEqual(failure(["agenda", "--from", "28/11/2026"])?.message, "--from: \"28/11/2026\" is not a date (e.g. 2026-12-01, 1/12, 1.12.2026, 1 December, today, tomorrow, Monday)")
    }

    func testLanguageAndLibraryAreChecked() {
        XCTAssertEqual(failure(["--lang", "fr"])?.message, "--lang needs da or en, got \"fr\"")
        XCTAssertEqual(failure(["--library", "../etc", "today"])?.message,
                       "--library: \"../etc\" is not a library id (lowercase letters, digits and '-')")
        XCTAssertEqual(failure(["--library", "Glostrup"])?.message,
                       "--library: \"Glostrup\" is not a library id (lowercase letters, digits and '-')")
    }

    func testMissingAndUnwantedValues() {
        XCTAssertEqual(failure(["agenda", "--from"])?.message, "--from needs a value")
        XCTAssertEqual(failure(["--data-dir", "--json", "today"])?.message, "--data-dir needs a value")
        XCTAssertEqual(failure(["roster", "--volunteer="])?.message, "--volunteer needs a value")
        XCTAssertEqual(failure(["today", "--json=yes"])?.message, "--json takes no value")
    }

    func testUnknownCommandsAndStrayWords() {
        XCTAssertEqual(failure(["frobnicate"])?.message, "unknown command \"frobnicate\"")
        XCTAssertEqual(failure(["help", "nope"])?.message, "unknown command \"nope\"")
        XCTAssertEqual(failure(["today", "tomorrow"])?.message, "unexpected argument \"tomorrow\" for today")
        XCTAssertEqual(failure(["help", "today", "agenda"])?.message, "unexpected argument \"agenda\" for help")
    }

    func testErrorsRememberTheCommandForItsUsageLine() {
        XCTAssertEqual(failure(["agenda", "--days", "x"])?.command, .agenda)
        XCTAssertEqual(failure(["--lang", "fr", "roster"])?.command, .roster)
        XCTAssertNil(failure(["frobnicate"])?.command)
    }

    func testMessagesInDanish() {
        XCTAssertEqual(failure(["agenda", "--foo"])?.message(.danish), "ukendt tilvalg --foo til agenda")
        XCTAssertEqual(failure(["agenda", "--days", "x"])?.message(.danish), "--days skal være et tal fra 1 til 366, fik \"x\"")
        XCTAssertEqual(failure(["--today", "2026-13-01"])?.message(.danish), "--today: \"2026-13-01\" er ikke en dato (ÅÅÅÅ-MM-DD)")
    }

    func testRequestedLanguageIsFoundEvenWhenParsingFails() {
        XCTAssertEqual(CommandLineParser.requestedLanguage(in: ["agenda", "--days", "x", "--lang", "da"]), .danish)
        XCTAssertEqual(CommandLineParser.requestedLanguage(in: ["--lang=en"]), .english)
        XCTAssertNil(CommandLineParser.requestedLanguage(in: ["--lang", "fr"]))
    }

    func testUsageLines() {
        XCTAssertEqual(UsageText.usageLine(.agenda, .english), "usage: bibplan [OPTIONS] agenda [--from DATE] [--days N] [--json]")
        XCTAssertEqual(UsageText.usageLine(.roster, .danish), "brug: bibplan [TILVALG] roster [--volunteer ID] [--from DATO] [--days N] [--json]")
        XCTAssertTrue(UsageText.usageLine(nil, .english).hasPrefix("usage: bibplan [--data-dir DIR] [--library ID]"))
    }
}

/// `--library a,b,c`.
final class LibraryListParserTests: XCTestCase {
    private func parse(_ arguments: [String]) throws -> Invocation { try CommandLineParser.parse(arguments) }

    func testSeveralLibrariesEachOnceInTheOrderGiven() throws {
        let invocation = try parse(["--library", "glostrup,ballerup,glostrup", "agenda"])
        XCTAssertEqual(invocation.libraryIDs, ["glostrup", "ballerup"])
        XCTAssertEqual(try parse(["--library=taarnby", "today"]).libraryIDs, ["taarnby"])
        XCTAssertEqual(try parse(["--library", "taarnby", "today"]).libraryID, "taarnby")
        XCTAssertEqual(try parse(["overview"]).libraryIDs, [])
    }

    func testEachPartMustBeALibraryID() {
        for (value, bad) in [("glostrup,Ballerup", "Ballerup"), ("glostrup,", ""), (",glostrup", ""), ("a,b c", "b c")] {
            XCTAssertThrowsError(try parse(["--library", value, "agenda"]), value) { error in
                XCTAssertEqual(error as? UsageError, UsageError(.notALibraryID(bad), command: .agenda))
            }
        }
    }

    func testOverviewThemeNamesOneThemeInEitherLanguage() throws {
        XCTAssertEqual(try parse(["overview", "--theme", "digitalisering"]).command, .overview(json: false, theme: .digitalisation))
        XCTAssertEqual(try parse(["overview", "--theme=Digital literacy", "--json"]).command, .overview(json: true, theme: .digitalLiteracy))
        XCTAssertThrowsError(try parse(["overview", "--theme", "digital"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(.notAChoice(option: "--theme", value: "digital",
                                                                        choices: ["digital-literacy", "digitalisation"]), command: .overview))
        }
        XCTAssertThrowsError(try parse(["goals", "--theme", "reading"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(.unknownOption("--theme"), command: .goals))
        }
    }

    func testReportAllAndOverview() throws {
        XCTAssertEqual(try parse(["report", "--all", "--format", "html"]).command, .report(ReportRequest(format: .html, all: true)))
        XCTAssertEqual(try parse(["overview", "--json"]).command, .overview(json: true, theme: nil))
        XCTAssertThrowsError(try parse(["goals", "--all"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(.unknownOption("--all"), command: .goals))
        }
    }
}
