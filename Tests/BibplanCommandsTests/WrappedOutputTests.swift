import BibplanCommands
import BibplanCore
import XCTest

/// `help` and `goals` wrap to the terminal's width, or 80 columns when not writing to one; `--json` is untouched.
final class WrappedOutputTests: XCTestCase {
    private let longTitle = "Læseklubber på alle skolerne i kommunen med bøger, forfatterbesøg og en fælles afslutning"
        + " i biblioteket hvert forår"

    private func run(_ arguments: [String], columns: Int?) throws -> String {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library.replacingOccurrences(of: "Læseklubber på skolerne",
                                                                                                         with: longTitle)])
        let output = CapturedOutput(columns: columns), errors = CapturedOutput()
        let runner = CommandRunner(environment: ["LANG": "da_DK.UTF-8"], sampleLibraries: [:], today: day("2026-11-10"),
                                   output: output, errors: errors)
        XCTAssertEqual(runner.run(arguments: ["--data-dir", directory.path] + arguments), 0, errors.text)
        return output.text
    }

    func testHelpWrapsTo80ColumnsWithoutATerminalAndToTheTerminalsWidth() throws {
        for (columns, width) in [(nil, 80), (60, 60)] as [(Int?, Int)] {
            let text = try run(["help"], columns: columns)
            XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.count <= width }, text)
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(words.contains("planperioderne side om side"), "nothing is lost: " + text)
        }
    }

    func testGoalsWrapUnderTheTitleColumnAndJSONIsUntouched() throws {
        let text = try run(["goals"], columns: nil)
        let lines = text.split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 }, text)
        let first = try XCTUnwrap(lines.firstIndex { $0.contains("Læseklubber på alle") })
        let column = try XCTUnwrap(lines[first].range(of: "Læseklubber")).lowerBound
        let hang = lines[first].distance(from: lines[first].startIndex, to: column)
        XCTAssertTrue(lines[first + 1].hasPrefix(String(repeating: " ", count: hang)) && lines[first + 1].dropFirst(hang).first != " ",
                      "the title's second line hangs under it:\n" + text)
        XCTAssertTrue(text.contains("forår"))
        XCTAssertTrue(try run(["goals", "--json"], columns: 40).contains(longTitle))
    }
}
