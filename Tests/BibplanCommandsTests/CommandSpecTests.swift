@testable import BibplanCommands
import BibplanCore
import XCTest

/// The specs the parser, the usage lines and `help` are made from.
final class CommandSpecTests: XCTestCase {
    func testEveryCommandHasItsOwnSpecInHelpOrder() {
        XCTAssertEqual(CommandSpecs.all.map(\.name), CommandName.allCases)
        for name in CommandName.allCases { XCTAssertEqual(name.spec.name, name, name.rawValue) }
    }

    func testAnOptionIsTheSameKindInEveryCommand() {
        var kinds: [String: (CommandName, OptionKind)] = [:]
        for spec in CommandSpecs.all {
            XCTAssertEqual(Set(spec.options.map(\.name)).count, spec.options.count, "\(spec.name.rawValue) names an option twice")
            for option in spec.options {
                if let (other, kind) = kinds[option.name], kind != option.kind {
                    XCTFail("\(option.name): \(kind) in \(other.rawValue), \(option.kind) in \(spec.name.rawValue)")
                }
                kinds[option.name] = kinds[option.name] ?? (spec.name, option.kind)
            }
        }
        XCTAssertEqual(CommandLineParser.typedDateOptions, ["--from", "--to"])
        XCTAssertTrue(CommandLineParser.flags.isDisjoint(with: CommandLineParser.valueOptions))
    }

    func testEverySynopsisShowsEveryOption() {
        for spec in CommandSpecs.all {
            for language in [Language.danish, .english] {
                let synopsis = spec.synopsis(language).joined(separator: " ")
                for option in spec.options {
                    let label = option.label(language)
                    XCTAssertTrue(synopsis.contains(label), "\(spec.name.rawValue): \(label) in \(synopsis)")
                }
            }
        }
    }

    func testEachCommandBuildsItsOwnKindOfCommand() throws {
        let samples: [CommandName: [String]] = [
            .exportData: ["export", "ics"], .importData: ["import", "ics", "a.ics"], .rule: ["rule", "hver uge"],
            .merge: ["merge", "a", "b", "c"], .help: ["help", "agenda"],
        ]
        for name in CommandName.allCases {
            let command = try CommandLineParser.parse(samples[name] ?? [name.rawValue]).command
            XCTAssertEqual(command.name, name, name.rawValue)
        }
    }

    func testPlaceholdersAreShownInDanish() {
        XCTAssertEqual(Placeholders.shown("bibplan [OPTIONS] export ics [--from DATE] [-o FILE] [--today YYYY-MM-DD]", .danish),
                       "bibplan [TILVALG] export ics [--from DATO] [-o FIL] [--today ÅÅÅÅ-MM-DD]")
        XCTAssertEqual(Placeholders.shown("bibplan merge BASE OURS THEIRS [PATH] [--theme THEME]", .danish),
                       "bibplan merge BASE OURS THEIRS [PATH] [--theme TEMA]")
        XCTAssertEqual(Placeholders.shown("[--from DATE]", .english), "[--from DATE]")
    }

    /// Each value is checked by its option's kind, and the error names the option, the value and the command.
    func testValueErrorsNameTheOptionTheValueAndTheCommand() {
        let cases: [([String], UsageError)] = [
            (["generate", "--years", "0"], UsageError(.notANumber(option: "--years", value: "0", range: 1...100), command: .generate)),
            (["generate", "--id", "Stor"], UsageError(.notALibraryID("Stor"), command: .generate)),
            (["report", "--format", "pdf"], UsageError(.notAChoice(option: "--format", value: "pdf", choices: ["md", "html", "json"]),
                                                       command: .report)),
            (["export", "csv", "hours", "--by", "room"], UsageError(.notAChoice(option: "--by", value: "room",
                                                                                choices: ["volunteer", "group"]), command: .exportData)),
            (["export", "csv", "roster", "--delimiter", "ab"],
             UsageError(.notAChoice(option: "--delimiter", value: "ab", choices: [",", ";", "|", "tab"]), command: .exportData)),
            (["history", "--since", "i går"], UsageError(.notADate(option: "--since", value: "i går"), command: .history)),
            (["rule", "hver uge", "--count", "1001"], UsageError(.notANumber(option: "--count", value: "1001", range: 1...1000),
                                                                 command: .rule)),
        ]
        for (arguments, expected) in cases {
            XCTAssertThrowsError(try CommandLineParser.parse(arguments), arguments.joined(separator: " ")) { error in
                XCTAssertEqual(error as? UsageError, expected)
            }
        }
    }

    /// Every number is read alike: digits only, leading zeros allowed (`--count 007` was refused before the specs).
    func testNumbersAreReadAlikeInEveryCommand() throws {
        XCTAssertEqual(try CommandLineParser.parse(["rule", "hver uge", "--count", "007"]).command,
                       .rule(RuleRequest(text: "hver uge", count: 7)))
        XCTAssertEqual(try CommandLineParser.parse(["agenda", "--days", "007"]).command, .agenda(from: nil, days: 7, json: false))
        XCTAssertThrowsError(try CommandLineParser.parse(["rule", "hver uge", "--count", "99999999999999999999"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(.notANumber(option: "--count", value: "99999999999999999999", range: 1...1000),
                                                            command: .rule))
        }
    }

    func testGenerateIdNamesTheLibraryAsLibraryDoesTheLastCounting() throws {
        XCTAssertEqual(try CommandLineParser.parse(["generate", "--id", "lille"]).libraryIDs, ["lille"])
        XCTAssertEqual(try CommandLineParser.parse(["--library", "a", "generate", "--id", "lille"]).libraryIDs, ["lille"])
        XCTAssertEqual(try CommandLineParser.parse(["generate", "--id", "lille", "--library", "a"]).libraryIDs, ["a"])
    }

    func testWhoMayRunWhat() {
        let viewerRefused = CommandName.allCases.filter { !CommandRunner.allows(.viewer, $0) }
        XCTAssertEqual(viewerRefused, [.importData, .generate, .restore, .gitSetup, .remind])
        XCTAssertEqual(CommandName.allCases.filter { CommandRunner.allows(.volunteer, $0) }, [.today, .agenda, .roster, .help])
        XCTAssertTrue(CommandName.allCases.allSatisfy { CommandRunner.allows(.staff, $0) })
    }
}
