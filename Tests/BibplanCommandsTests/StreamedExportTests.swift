import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `export csv roster` is written as it is made (issue 15): in pieces, never held
/// whole, stopped by a reader that goes away, and the same in a file.
final class StreamedExportTests: XCTestCase {
    /// Twenty daily events needing two volunteers each: 14,600 rows over a year.
    private static var busyLibrary: String {
        let events = (0..<20).map { number in
            #"{ "id": "e\#(number)", "title": "Vagt \#(number)", "start": "2026-01-01T10:00", "rrule": "FREQ=DAILY", "volunteersNeeded": 2 }"#
        }
        return #"{ "schema": 1, "id": "travl", "name": "Travl", "events": [ \#(events.joined(separator: ", ")) ] }"#
    }

    /// Counts the pieces written; says the reader went away after `closeAfter` of them.
    private final class CountingOutput: OutputSink {
        var pieces: [Int] = []
        var text = ""
        let closeAfter: Int?
        init(closeAfter: Int? = nil) { self.closeAfter = closeAfter }
        func write(_ text: String) { pieces.append(text.utf8.count); self.text += text }
        var isClosed: Bool { closeAfter.map { pieces.count >= $0 } ?? false }
    }

    private func export(_ directory: TemporaryDataDirectory, to output: CountingOutput, extra: [String] = []) -> Int32 {
        let runner = CommandRunner(environment: ["LANG": "en_US.UTF-8"], sampleLibraries: [:], today: day("2026-01-01"),
                                   output: output, errors: CapturedOutput())
        return runner.run(arguments: ["--data-dir", directory.path, "export", "csv", "roster", "--from", "2026-01-01", "--to", "2026-12-31"] + extra)
    }

    func testAYearOfRosterIsWrittenInPiecesAndTheFileIsTheSame() throws {
        let directory = try TemporaryDataDirectory(files: ["travl.json": Self.busyLibrary])
        let output = CountingOutput()
        XCTAssertEqual(export(directory, to: output), 0)
        XCTAssertEqual(output.text.components(separatedBy: "\r\n").count - 2, 365 * 20 * 2)
        XCTAssertGreaterThanOrEqual(output.pieces.count, 10, "about 64 KB at a time")
        XCTAssertLessThan(output.pieces.max() ?? 0, 1 << 17)

        let path = directory.base + "/roster.csv"
        let said = CountingOutput()
        XCTAssertEqual(export(directory, to: said, extra: ["-o", path]), 0)
        XCTAssertEqual(said.text, "bibplan: wrote \(path): 14600 rows (CSV)\n")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(output.text.utf8))
    }

    func testAReaderThatGoesAwayStopsTheExport() throws {
        let directory = try TemporaryDataDirectory(files: ["travl.json": Self.busyLibrary])
        let output = CountingOutput(closeAfter: 1)
        XCTAssertEqual(export(directory, to: output), 0)
        XCTAssertEqual(output.pieces.count, 1)
        XCTAssertTrue(output.text.hasPrefix("\u{FEFF}date,start,end,event,"))
    }
}
