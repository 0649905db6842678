import BibplanCore
import XCTest

/// Rooms and their conflicts, capacity and registrations, cancelled occurrences that
/// stay visible, and moves that carry their shifts.
final class WorkingDayTests: XCTestCase {
    private func day(_ text: String) throws -> Day { try XCTUnwrap(Day(iso: text)) }
    private func time(_ text: String) throws -> LocalDateTime { try XCTUnwrap(LocalDateTime(iso: text)) }

    private func library() throws -> Library {
        Library(id: "test", name: "Test", rooms: [Room(name: "Salen", capacity: 20), Room(name: "Caféen")],
                categories: [Category(id: "boern", name: "Børn & læseglæde", colour: .yellow)], events: [
            Event(id: "e1", title: "Strikkecafé", start: try time("2026-11-25T14:00"), durationMinutes: 120, rrule: "FREQ=WEEKLY;BYDAY=WE",
                  room: "Salen", registrations: [Registration(date: try day("2026-11-25"), count: 23)]),
            Event(id: "e2", title: "Forfattermøde", start: try time("2026-11-25T15:30"), durationMinutes: 60, room: "Salen", category: "boern"),
            Event(id: "e3", title: "Lektiecafé", start: try time("2026-11-25T14:00"), capacity: 10, room: "Caféen",
                  registrations: [Registration(date: try day("2026-11-25"), count: 10)]),
            Event(id: "e4", title: "Sen quiz", start: try time("2026-11-25T16:30"), room: "Salen"),
        ], volunteers: [Volunteer(id: "v1", name: "Karen")], shifts: [
            Shift(id: "s1", event: "e1", date: try day("2026-12-02"), volunteer: "v1"),
        ])
    }

    private func occurrence(_ id: String, _ index: LibraryIndex, on text: String) throws -> Occurrence {
        try XCTUnwrap(index.occurrences(on: try day(text)).first { index.event(of: $0).id == id })
    }

    func testTwoOccurrencesInOneRoomAtOverlappingTimesAreFlagged() throws {
        let index = LibraryIndex(try library())
        let strik = try occurrence("e1", index, on: "2026-11-25")
        let author = try occurrence("e2", index, on: "2026-11-25")
        XCTAssertEqual(index.roomConflict(of: strik), author)
        XCTAssertEqual(index.roomConflict(of: author), strik)
        XCTAssertNil(index.roomConflict(of: try occurrence("e4", index, on: "2026-11-25")), "16:30 starts as the 15:30–16:30 ends")
        XCTAssertNil(index.roomConflict(of: try occurrence("e3", index, on: "2026-11-25")), "another room")
        XCTAssertNil(index.roomConflict(of: try occurrence("e1", index, on: "2026-12-02")))
    }

    func testCapacityComesFromTheRoomUnlessTheEventHasItsOwn() throws {
        let index = LibraryIndex(try library())
        let strik = try occurrence("e1", index, on: "2026-11-25")
        XCTAssertEqual(index.capacity(of: strik), 20)
        XCTAssertEqual(Attendance(registered: index.registered(for: strik), capacity: index.capacity(of: strik)), .waitingList(3))
        let lektie = try occurrence("e3", index, on: "2026-11-25")
        XCTAssertEqual(Attendance(registered: index.registered(for: lektie), capacity: index.capacity(of: lektie)), .full(capacity: 10))
        XCTAssertNil(index.registered(for: try occurrence("e2", index, on: "2026-11-25")), "nobody entered any")
        var library = try library()
        library.changeRegistrations(event: "e1", on: try day("2026-12-02"), by: 1)
        library.changeRegistrations(event: "e1", on: try day("2026-12-02"), by: 1)
        library.changeRegistrations(event: "e1", on: try day("2026-11-25"), by: -30)
        XCTAssertEqual(library.events[0].registrations, [Registration(date: try day("2026-12-02"), count: 2)])
    }

    func testACancelledTimeStaysVisibleWithItsReasonAndReleasesItsShifts() throws {
        var library = try library()
        library.cancelOccurrence(event: "e1", on: try day("2026-12-02"), reason: "Salen males")
        let index = LibraryIndex(library)
        XCTAssertTrue(index.occurrences(on: try day("2026-12-02")).isEmpty, "not an occurrence any more")
        let cancelled = index.cancelledOccurrences(in: DayRange(try day("2026-12-01"), try day("2026-12-31")))
        XCTAssertEqual(cancelled.map(\.start.iso), ["2026-12-02T14:00"])
        XCTAssertEqual(index.cancellation(of: cancelled[0])?.reason, "Salen males")
        XCTAssertTrue(library.shifts.isEmpty)
        XCTAssertTrue(LibraryValidator.problems(in: library, file: "test.json").isEmpty)
        let decoded = try LibraryCodec.decode(LibraryCodec.encode(library), file: "test.json")
        XCTAssertEqual(decoded.events[0].cancellations, [Cancellation(date: try day("2026-12-02"), reason: "Salen males")])
    }

    func testMovingATimeCarriesItsShifts() throws {
        var library = try library()
        let events = library.events.count
        library.moveOccurrence(event: "e1", on: try day("2026-12-02"), to: try time("2026-12-03T14:00"))
        XCTAssertEqual(library.events.count, events, "the time stays in its series: no new event")
        XCTAssertEqual(library.events[0].overrides, [OccurrenceOverride(date: try day("2026-12-02"), start: try time("2026-12-03T14:00"))])
        XCTAssertEqual(library.shifts.map(\.event), ["e1"])
        XCTAssertEqual(library.shifts.map(\.date), [try day("2026-12-03")])
        XCTAssertTrue(LibraryValidator.problems(in: library, file: "test.json").isEmpty)
        let moved = try XCTUnwrap(LibraryIndex(library).occurrence(of: library.shifts[0]))
        XCTAssertEqual(moved.movedFrom?.iso, "2026-12-02T14:00")
    }

    func testRoomsAndCategoriesMustResolve() throws {
        var library = try library()
        library.events[1].room = "Kælderen"
        library.events[1].category = "voksne"
        library.events[0].registrations.append(Registration(date: try day("2026-11-26"), count: 1))
        let problems = LibraryValidator.problems(in: library, file: "test.json").map { "\($0.path): \($0.message)" }
        XCTAssertEqual(problems.sorted(), [
            "events[0].registrations[1].date: 2026-11-26 is not a day of this event",
            "events[1].category: no category \"voksne\"",
            "events[1].room: no room \"Kælderen\" in rooms",
        ])
    }
}
