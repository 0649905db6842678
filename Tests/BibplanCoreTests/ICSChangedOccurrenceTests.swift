import XCTest
@testable import BibplanCore

/// RECURRENCE-ID: a changed time becomes an override of its series; a cancelled one is
/// only left out; one that cannot be an override becomes its own event (issue 16).
final class ICSChangedOccurrenceTests: XCTestCase {
    private let library = Library(id: "tom", name: "Tom")

    private func read(_ events: [String]) throws -> ICSImport {
        let text = (["BEGIN:VCALENDAR"] + events + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
        return try ICSImport.read(Array(text.utf8), file: "c.ics", library: library)
    }

    private static let series = "BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:Læseklub\r\nDTSTART:20261006T170000\r\nDURATION:PT1H\r\n"
        + "RRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT"

    func testAMovedAndACancelledTime() throws {
        let moved = "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20261013T170000\r\nDTSTART:20261014T180000\r\nEND:VEVENT"
        let cancelled = "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20261020T170000\r\nDTSTART:20261020T170000\r\nSTATUS:CANCELLED\r\nEND:VEVENT"
        let result = try read([moved, Self.series, cancelled])
        XCTAssertEqual(result.events.map(\.start.iso), ["2026-10-06T17:00"], "the moved time stays in its series")
        XCTAssertEqual(result.events.first?.exdates.map(\.iso), ["2026-10-20"])
        XCTAssertEqual(result.events.first?.overrides, [OccurrenceOverride(date: Day(year: 2026, month: 10, day: 13)!,
                                                                           start: LocalDateTime(iso: "2026-10-14T18:00"))],
                       "a changed time without SUMMARY or DURATION keeps the series' title and length")
        XCTAssertEqual(result.notices.map(\.property), ["RECURRENCE-ID", "RECURRENCE-ID"])
    }

    func testAChangedTimeThatLandsOnAnotherTimeOfTheSeriesIsAnEventOfItsOwn() throws {
        let onto = "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20261013T170000\r\nDTSTART:20261020T120000\r\nEND:VEVENT"
        let result = try read([Self.series, onto])
        XCTAssertEqual(result.events.map(\.start.iso), ["2026-10-06T17:00", "2026-10-20T12:00"])
        XCTAssertEqual(result.events.first?.exdates.map(\.iso), ["2026-10-13"])
        XCTAssertEqual(result.events.first?.overrides, [])
        XCTAssertEqual(result.events.last?.id, ICSImport.eventID(forUID: "s#2026-10-13T17:00", library: "tom"))
    }

    func testTheChangedTimesOfASkippedSeriesAreSkippedWithIt() throws {
        let broken = Self.series.replacingOccurrences(of: "DTSTART:20261006T170000", with: "DTSTART:2026")
        let moved = "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20261013T170000\r\nDTSTART:20261014T180000\r\nEND:VEVENT"
        let result = try read([broken, moved])
        XCTAssertEqual(result.events, [])
        XCTAssertEqual(result.skippedEvents, 2)
        XCTAssertEqual(result.skipped.last?.message, "a changed time of the event at line 2, which is skipped")
    }

    func testAChangedTimeWithoutItsSeriesIsAnEventOfItsOwn() throws {
        let orphan = "BEGIN:VEVENT\r\nUID:o\r\nSUMMARY:Flyttet\r\nRECURRENCE-ID:20261013T170000\r\nDTSTART:20261014T180000\r\nEND:VEVENT"
        XCTAssertEqual(try read([orphan]).events.map(\.start.iso), ["2026-10-14T18:00"])
    }
}
