import XCTest
@testable import BibplanCore

/// `openingHours`, `closingDays` and an event's `onClosingDay` in schema 1: read,
/// written back, and every mistake named with line, column and JSON path.
final class OpeningHoursSchemaTests: XCTestCase {
    private func document(_ extra: String, event: String = "") -> String {
        """
        {
          "schema": 1,
          "id": "glostrup",
          "name": "Glostrup Bibliotek",
          "timeZone": "Europe/Copenhagen",
        \(extra)
          "events": [
            { "id": "e1", "title": "Læseklub", "start": "2026-12-03T19:00", "durationMinutes": 90, "rrule": "FREQ=WEEKLY"\(event) }
          ]
        }
        """
    }

    private func problems(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do throws(LibraryLoadError) {
            _ = try LibraryCodec.decode(Array(text.utf8), file: "glostrup.json")
            XCTFail("expected problems", file: file, line: line)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    func testHoursAndClosingDaysAreReadAndWrittenBack() throws {
        let text = document("""
          "openingHours": {
            "staffed": { "mon": "10-19", "tue": "10-12, 13-19", "sat": "10–14" },
            "selfService": { "mon": "7-22", "sun": "7:30-22" },
            "publicHolidays": "open"
          },
          "closingDays": [
            { "from": "2026-12-24", "to": "2026-12-26", "reason": "jul" },
            { "from": "2027-01-04" }
          ],
        """, event: #", "onClosingDay": "skip""#)
        let library = try LibraryCodec.decode(Array(text.utf8), file: "glostrup.json")
        let hours = try XCTUnwrap(library.openingHours)
        XCTAssertEqual(hours.staffed[.tuesday], [ClockSpan(from: 600, to: 720), ClockSpan(from: 780, to: 1140)])
        XCTAssertEqual(hours.staffed[.saturday], [ClockSpan(from: 600, to: 840)], "an en dash is read as well")
        XCTAssertEqual(hours.selfService[.sunday], [ClockSpan(from: 450, to: 1320)])
        XCTAssertEqual(hours.staffed[.wednesday], [], "a day left out is closed")
        XCTAssertEqual(hours.publicHolidays, .open)
        XCTAssertEqual(library.closingDays.map(\.range.days.count), [3, 1])
        XCTAssertEqual(library.closingDays.map(\.reason), ["jul", ""])
        XCTAssertEqual(library.events[0].onClosingDay, .skip)

        let written = String(decoding: LibraryCodec.encode(library), as: UTF8.self)
        XCTAssertTrue(written.contains(#""staffed": { "mon": "10-19", "tue": "10-12, 13-19", "sat": "10-14" }"#), written)
        XCTAssertTrue(written.contains(#"{ "from": "2027-01-04" }"#), written)
        XCTAssertTrue(written.contains(#""onClosingDay": "skip""#), written)
        XCTAssertEqual(try LibraryCodec.decode(LibraryCodec.encode(library), file: "again.json"), library)
    }

    func testAFileWithoutTheNewFieldsIsWrittenWithoutThem() throws {
        let library = try LibraryCodec.decode(Array(document("").utf8), file: "glostrup.json")
        XCTAssertNil(library.openingHours)
        XCTAssertEqual(library.events[0].onClosingDay, .flag)
        let written = String(decoding: LibraryCodec.encode(library), as: UTF8.self)
        for key in ["openingHours", "closingDays", "onClosingDay", "publicHolidays"] { XCTAssertFalse(written.contains(key), key) }
    }

    func testBadHoursAreNamedWithLineColumnAndPath() {
        let found = problems(document("""
          "openingHours": {
            "staffed": { "mon": "10-25", "tue": "19-10", "wed": "10-12, 11-13", "man": "10-19", "thu": 10 },
            "selfService": { "fri": "kl. 7 til 22" },
            "publicHolidays": "sometimes"
          },
        """))
        XCTAssertEqual(found, [
            #"glostrup.json:7:25: openingHours.staffed.mon: "10-25" is not opening hours (from-to in hours 0–24, e.g. "10-19", "7:30-22", "10-12, 13-19")"#,
            #"glostrup.json:7:41: openingHours.staffed.tue: "19-10" is not opening hours (from-to in hours 0–24, e.g. "10-19", "7:30-22", "10-12, 13-19")"#,
            "glostrup.json:7:57: openingHours.staffed.wed: 11-13 begins before 10-12 ends (spans in order, not overlapping)",
            #"glostrup.json:7:79: openingHours.staffed.man: unknown key "man""#,
            "glostrup.json:7:96: openingHours.staffed.thu: expected a string, found a number",
            #"glostrup.json:8:29: openingHours.selfService.fri: "kl. 7 til 22" is not opening hours (from-to in hours 0–24, e.g. "10-19", "7:30-22", "10-12, 13-19")"#,
            #"glostrup.json:9:23: openingHours.publicHolidays: "sometimes" is not one of "closed" or "open""#,
        ])
    }

    func testBadClosingDaysAndRuleAreNamed() {
        let found = problems(document("""
          "closingDays": [
            { "from": "2026-12-26", "to": "2026-12-24", "reason": "jul" },
            { "to": "2026-12-31" },
            { "from": "2026-02-30" }
          ],
        """, event: #", "onClosingDay": "omit""#))
        XCTAssertEqual(found.count, 4, found.joined(separator: "\n"))
        XCTAssertEqual(found[0], "glostrup.json:7:35: closingDays[0].to: 2026-12-24 is before from 2026-12-26")
        XCTAssertEqual(found[1], #"glostrup.json:8:5: closingDays[1]: missing "from""#)
        XCTAssertEqual(found[2], #"glostrup.json:9:15: closingDays[2].from: "2026-02-30" is not a date (YYYY-MM-DD)"#)
        let choices = #""flag", "skip", "hold", "earlier" or "later""#
        XCTAssertTrue(found[3].hasSuffix(#"events[0].onClosingDay: "omit" is not one of "# + choices), found[3])
    }
}
