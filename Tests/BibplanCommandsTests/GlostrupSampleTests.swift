import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// The real sample library: `today` shows exactly what the index holds for a day.
final class GlostrupSampleTests: XCTestCase {
    private func glostrupText() throws -> String {
        try XCTUnwrap(EmbeddedResources.sampleLibraries["glostrup"], "glostrup.json is not among the embedded samples")
    }

    /// 2026-11-28 is the last Saturday of November (the Repair café is on the 2nd, the 14th).
    func testTodayListsTheIndexsEventsForTheLastSaturdayOfNovember() throws {
        let text = try glostrupText()
        let library = try LibraryCodec.decode(Array(text.utf8), file: "glostrup.json")
        let index = LibraryIndex(library)
        let saturday = day("2026-11-28")
        let expected = index.occurrences(on: saturday).map { index.event(of: $0).title }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertFalse(expected.contains("Repair café"))
        XCTAssertTrue(index.occurrences(on: day("2026-11-14")).map { index.event(of: $0).title }.contains("Repair café"))

        let directory = try TemporaryDataDirectory(files: ["glostrup.json": text, "aeroe.json": Fixture.library])
        let arguments = ["--data-dir", directory.path, "--library", "glostrup", "--today", "2026-11-28"]
        let json = runBibplan(arguments + ["today", "--json"])
        XCTAssertEqual(json.status, 0, json.errors)
        let occurrences = try XCTUnwrap(try json.json()["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.map { $0["title"] as? String }, expected)

        let plain = runBibplan(arguments + ["today", "--lang", "da"])
        XCTAssertTrue(plain.output.hasPrefix("Glostrup Bibliotek: lørdag 28. november 2026\n"), plain.output)
        let titleLines = plain.output.split(separator: "\n").filter { $0.first?.isNumber == true }
        XCTAssertEqual(titleLines.count, expected.count)
        for (line, title) in zip(titleLines, expected) { XCTAssertTrue(line.contains(title), "\(line) lacks \(title)") }
    }

    func testTheSampleLibraryChecksClean() throws {
        let directory = try TemporaryDataDirectory(files: ["glostrup.json": try glostrupText()])
        let result = runBibplan(["--data-dir", directory.path, "check"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.hasPrefix("glostrup.json: ok ("), result.output)
    }
}
