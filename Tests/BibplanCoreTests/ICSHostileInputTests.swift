import XCTest
@testable import BibplanCore

/// Issue 15: numbers that overflow and components nested without end are located
/// errors, never a trap or a blown stack.
final class ICSHostileInputTests: XCTestCase {
    private let library = Library(id: "tom", name: "Tom")

    private func calendar(_ lines: [String]) -> [UInt8] {
        Array((["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:u", "SUMMARY:x", "DTSTART:20260101T100000"] + lines
            + ["END:VEVENT", "END:VCALENDAR", ""]).joined(separator: "\r\n").utf8)
    }

    func testOverflowingDurationsAreLocatedErrors() throws {
        let durations = ["P6405119470038038W", "P9999999999999999D", "PT153722867280912931H", "PT9223372036854775807M1M",
                         "PT9223372036854775807S1S", "P1DT9223372036854775807M", "P99999999999999999999999999W", "P15250284452471W"]
        for duration in durations {
            XCTAssertThrowsError(try ICSDuration.minutes(duration), duration) { XCTAssertEqual($0 as? ICSDuration.Failure, .tooLong, duration) }
            let read = try ICSImport.read(calendar(["DURATION:" + duration]), file: "d.ics", library: library)
            XCTAssertEqual(read.events, [], duration)
            XCTAssertEqual(read.skipped.map(\.description), ["d.ics:6: DURATION: \"\(duration)\" is longer than 100 years"])
            XCTAssertThrowsError(try ICSImport.read(calendar(["DURATION:" + duration]), file: "d.ics", library: library, strict: true))
        }
        XCTAssertEqual(try ICSDuration.minutes("P36600D"), 36600 * 1440, "a hundred years is still read, and refused as an event later")
    }

    func testNumbersInBibplanFieldsAndDatesAreRangeChecked() throws {
        let read = try ICSImport.read(calendar(["X-BIBPLAN-CAPACITY:99999999999999999999999", "X-BIBPLAN-VOLUNTEERS-NEEDED:-1",
                                                "EXDATE:99999999T999999"]), file: "n.ics", library: library)
        XCTAssertEqual(read.skipped.map(\.line), [8], "the exdate that is not a date stops the event")
        XCTAssertEqual(read.warnings.map(\.property), ["X-BIBPLAN-CAPACITY", "X-BIBPLAN-VOLUNTEERS-NEEDED"])
    }

    func testDeepNestingIsAClearErrorNotACrash() {
        let nested = "BEGIN:VCALENDAR\n" + String(repeating: "BEGIN:X\n", count: 60_000)
        do throws(ICSProblems) {
            _ = try ICSImport.read(Array(nested.utf8), file: "deep.ics", library: library)
            XCTFail("60,000 nested components accepted")
        } catch {
            XCTAssertEqual(error.problems.map(\.description), ["deep.ics:\(ICSParser.maximumDepth + 1): BEGIN: components nested more than 16 deep"])
        }
        let fine = "BEGIN:VCALENDAR\n" + String(repeating: "BEGIN:X\n", count: 15) + String(repeating: "END:X\n", count: 15) + "END:VCALENDAR\n"
        XCTAssertNoThrow(try ICSImport.read(Array(fine.utf8), file: "ok.ics", library: library, strict: true))
    }
}
