import XCTest
@testable import BibplanCore

/// "Now" among a day's occurrences: what is on, and what comes next.
final class NowMarksTests: XCTestCase {
    private func occurrence(_ event: Int, _ start: String, _ minutes: Int) throws -> Occurrence {
        Occurrence(eventIndex: event, start: try XCTUnwrap(LocalDateTime(iso: start)), durationMinutes: minutes)
    }

    func testOngoingAndEveryOccurrenceStartingNextAreMarked() throws {
        let day = [try occurrence(0, "2026-11-28T10:00", 180), try occurrence(1, "2026-11-28T12:00", 60),
                   try occurrence(2, "2026-11-28T13:00", 60), try occurrence(3, "2026-11-28T13:00", 30),
                   try occurrence(4, "2026-11-28T19:00", 60)]
        let marks = NowMark.marks(day, now: try XCTUnwrap(LocalDateTime(iso: "2026-11-28T12:30")))
        XCTAssertEqual(day.map { marks[$0] }, [.ongoing, .ongoing, .next, .next, nil])
    }

    func testAnOccurrenceEndsAtItsEndMinuteAndNothingIsNextAfterTheLast() throws {
        let day = [try occurrence(0, "2026-11-28T10:00", 60), try occurrence(1, "2026-11-29T09:00", 60)]
        let atEleven = NowMark.marks(day, now: try XCTUnwrap(LocalDateTime(iso: "2026-11-28T11:00")))
        XCTAssertTrue(atEleven.isEmpty, "over at 11:00, and tomorrow's is not today's next")
        let before = NowMark.marks(day, now: try XCTUnwrap(LocalDateTime(iso: "2026-11-28T09:59")))
        XCTAssertEqual(before[day[0]], .next)
        XCTAssertEqual(NowMark.next.text(.danish), "→ næste")
        XCTAssertEqual(NowMark.ongoing.text(.english), "▶ now")
    }
}
