import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// `bibplan rule`, dates typed as in the forms, and `roster --volunteer` by name.
final class RuleCommandTests: DataDirectoryTestCase {
    override func initialFiles() throws -> [String: String] {
        ["glostrup.json": try sample("glostrup")]
    }

    private func run(_ arguments: [String]) -> RunResult {
        runBibplan(["--data-dir", path, "--today", "2026-11-23"] + arguments)
    }

    func testARhythmInWordsGivesWordsRuleAndDates() {
        let result = run(["--lang", "da", "rule", "anden", "lørdag", "i", "måneden", "--count", "3"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, """
        2. lørdag i hver måned
        RRULE:FREQ=MONTHLY;BYDAY=2SA
        2026-12-12  lørdag 12. december 2026
        2027-01-09  lørdag 9. januar 2027
        2027-02-13  lørdag 13. februar 2027

        """)
    }

    func testJSONHasTheTextWordsRuleAndDates() throws {
        let result = run(["--lang", "da", "rule", "sidste hverdag i måneden", "--from", "1/1", "--count", "4", "--json"])
        XCTAssertEqual(result.status, 0, result.errors)
        let json = try result.json()
        XCTAssertEqual(json["text"] as? String, "sidste hverdag i måneden")
        XCTAssertEqual(json["words"] as? String, "sidste hverdag i hver måned")
        XCTAssertEqual(json["rrule"] as? String, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
        XCTAssertEqual(json["dates"] as? [String], ["2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30"])
        XCTAssertEqual(Set(json.keys), ["text", "words", "rrule", "onClosingDay", "dates"])
        XCTAssertTrue(json["onClosingDay"] is NSNull, "only words that move times off closed days give earlier or later")
    }

    func testOnceHasNoRule() throws {
        let json = try run(["rule", "once", "--from", "i morgen", "--json"]).json()
        XCTAssertTrue(json["rrule"] is NSNull)
        XCTAssertEqual(json["dates"] as? [String], ["2026-11-24"])
    }

    func testWordsThatDoNotReadExitOneWithPhrasingsThatDo() {
        let result = run(["--lang", "en", "rule", "twice a month"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors, "bibplan: rule: «twice a month» says how often, not on which days; "
                       + "try «the 1st and 3rd Tuesday of the month», «every other week» or «once a month»\n")
        XCTAssertEqual(run(["rule"]).status, 2)
        XCTAssertEqual(run(["rule", "hver uge", "--count", "0"]).status, 2)
        XCTAssertEqual(run(["rule", "hver uge", "--count", "1001"]).status, 2)
    }

    func testTheRuleCommandIsInTheHelp() {
        let help = run(["help", "rule"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.hasPrefix("usage: bibplan [OPTIONS] rule TEXT [--from DATE] [--count N] [--json]\n"), help.output)
        XCTAssertTrue(run(["help"]).output.contains("  rule "))
    }

    /// Today is Monday 23 November 2026.
    func testFromTakesDatesAsTheFormsDo() throws {
        let cases: [(String, String)] = [
            ("1/12", "2026-12-01"), ("1.12.2026", "2026-12-01"), ("1. december", "2026-12-01"), ("1 December", "2026-12-01"),
            ("i dag", "2026-11-23"), ("i morgen", "2026-11-24"), ("today", "2026-11-23"), ("tomorrow", "2026-11-24"),
            ("mandag", "2026-11-23"), ("fredag", "2026-11-27"), ("Sunday", "2026-11-29"), ("2026-12-01", "2026-12-01"),
            ("1/11", "2027-11-01"),
        ]
        for (typed, iso) in cases {
            let result = run(["--library", "glostrup", "agenda", "--from", typed, "--days", "1", "--json"])
            XCTAssertEqual(result.status, 0, "\(typed): \(result.errors)")
            XCTAssertEqual(try result.json()["from"] as? String, iso, typed)
        }
        // --today counts wherever it stands, also after --from.
        let pinned = runBibplan(["--data-dir", path, "agenda", "--from", "i morgen", "--today", "2027-01-01", "--library", "glostrup", "--json"])
        XCTAssertEqual(try pinned.json()["from"] as? String, "2027-01-02")
        let exported = run(["--library", "glostrup", "export", "ics", "--from", "1. december", "--to", "31/12"])
        XCTAssertEqual(exported.status, 0, exported.errors)
        XCTAssertTrue(exported.output.contains("DTSTART;TZID=Europe/Copenhagen:20261203T100000"), "IT-café's first Thursday in December")
        let wrong = run(["--library", "glostrup", "agenda", "--from", "31/2"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.errors.hasPrefix("bibplan: --from: \"31/2\" is not a date (e.g. 2026-12-01, 1/12"), wrong.errors)
    }

    func testRosterTakesAVolunteersNameOrAUniquePartOfIt() throws {
        for wanted in ["v1", "Birthe Søgaard", "birthe", "SØGAARD", "Birt"] {
            let result = run(["--library", "glostrup", "roster", "--volunteer", wanted, "--json"])
            XCTAssertEqual(result.status, 0, "\(wanted): \(result.errors)")
            XCTAssertEqual((try result.json()["volunteer"] as? [String: Any])?["id"] as? String, "v1", wanted)
        }
        let several = run(["--library", "glostrup", "roster", "--volunteer", "gård"])
        XCTAssertEqual(several.status, 2)
        XCTAssertTrue(several.errors.hasPrefix("""
        bibplan: --volunteer: "gård" matches several volunteers; give the id or more of the name:
          v5 Mads Østergård
          v17 Hanne Vestergård
          v31 Mikkel Dalsgård

        """), several.errors)
        let none = run(["--library", "glostrup", "roster", "--volunteer", "Zebulon"])
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.errors.hasPrefix("bibplan: --volunteer: no volunteer with id or name \"Zebulon\" in glostrup\n"), none.errors)
    }
}

/// The parser's side: `rule`'s words and `--count`, and typed dates resolved from the real day or `--today`.
final class TypedArgumentParserTests: XCTestCase {
    private let monday = Day(year: 2026, month: 11, day: 23)!

    func testRuleTakesItsWordsAndCount() throws {
        XCTAssertEqual(try CommandLineParser.parse(["rule", "hver", "uge", "--count", "3"]).command,
                       .rule(RuleRequest(text: "hver uge", count: 3)))
        XCTAssertEqual(try CommandLineParser.parse(["rule", "hverdage", "--json", "--from", "2027-01-04"]).command,
                       .rule(RuleRequest(text: "hverdage", from: Day(year: 2027, month: 1, day: 4), json: true)))
        for bad in [["rule"], ["rule", "hver uge", "--count", "-1"], ["rule", "hver uge", "--count", "x"], ["agenda", "--count", "3"]] {
            XCTAssertThrowsError(try CommandLineParser.parse(bad), bad.joined(separator: " "))
        }
    }

    func testTypedDatesNeedADayToCountFrom() throws {
        XCTAssertEqual(try CommandLineParser.parse(["agenda", "--from", "1/12"], today: monday).command,
                       .agenda(from: Day(year: 2026, month: 12, day: 1), days: 7, json: false))
        XCTAssertEqual(try CommandLineParser.parse(["agenda", "--from", "fredag", "--today", "2027-01-01"], today: monday).command,
                       .agenda(from: Day(year: 2027, month: 1, day: 1), days: 7, json: false))
        XCTAssertThrowsError(try CommandLineParser.parse(["agenda", "--from", "1/12"]), "without a day to count from only ISO dates")
        XCTAssertThrowsError(try CommandLineParser.parse(["--today", "i morgen", "agenda"], today: monday), "--today stays ISO")
    }
}
