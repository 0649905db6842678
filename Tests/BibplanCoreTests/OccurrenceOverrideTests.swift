import BibplanCore
import XCTest

/// One time of a series changed on its own: read and written in the file, checked,
/// and expanded where it now takes place.
final class OccurrenceOverrideTests: XCTestCase {
    private func day(_ text: String) throws -> Day { try XCTUnwrap(Day(iso: text)) }
    private func time(_ text: String) throws -> LocalDateTime { try XCTUnwrap(LocalDateTime(iso: text)) }

    /// Repair café on Saturdays at 10:00; 12/12 moved to Sunday 13/12 14:00, 19/12 retitled in another room.
    private func library() throws -> Library {
        var event = Event(id: "e1", title: "Repair café", start: try time("2026-12-05T10:00"), durationMinutes: 180,
                          rrule: "FREQ=WEEKLY;BYDAY=SA", room: "Salen")
        event.overrides = [
            OccurrenceOverride(date: try day("2026-12-12"), start: try time("2026-12-13T14:00"), durationMinutes: 90),
            OccurrenceOverride(date: try day("2026-12-19"), title: "Repair café: juleudgave", room: "Caféen"),
        ]
        return Library(id: "test", name: "Test", rooms: [Room(name: "Salen"), Room(name: "Caféen")], events: [event],
                       volunteers: [Volunteer(id: "v1", name: "Karen")],
                       shifts: [Shift(id: "s1", event: "e1", date: try day("2026-12-13"), volunteer: "v1")])
    }

    private func problems(_ library: Library) -> [String] {
        LibraryValidator.problems(in: library, file: "test.json").map { "\($0.path): \($0.message)" }.sorted()
    }

    func testAMovedTimeTakesPlaceAtItsNewStartAndNotOnItsOwnDay() throws {
        let index = LibraryIndex(try library())
        let december = DayRange(try day("2026-12-01"), try day("2026-12-31"))
        let times = index.occurrences(in: december).map { "\($0.start.iso)–\($0.end.clock)" }
        XCTAssertEqual(times, ["2026-12-05T10:00–13:00", "2026-12-13T14:00–15:30", "2026-12-19T10:00–13:00", "2026-12-26T10:00–13:00"])
        let moved = try XCTUnwrap(index.occurrences(on: try day("2026-12-13")).first)
        XCTAssertEqual(moved.movedFrom?.iso, "2026-12-12T10:00")
        XCTAssertEqual(index.shifts(of: moved).map(\.id), ["s1"], "the shift is dated by the day it takes place")
        XCTAssertEqual(index.occurrence(of: index.library.shifts[0]), moved)
        let retitled = try XCTUnwrap(index.occurrences(on: try day("2026-12-19")).first)
        XCTAssertNil(retitled.movedFrom)
        XCTAssertEqual(index.event(of: retitled).title, "Repair café: juleudgave")
        XCTAssertEqual(index.event(of: retitled).room, "Caféen")
        XCTAssertEqual(index.event(of: try XCTUnwrap(index.occurrences(on: try day("2026-12-26")).first)).title, "Repair café")
        XCTAssertTrue(problems(index.library).isEmpty, "\(problems(index.library))")
    }

    func testAMoveAcrossTheEdgeOfARangeIsSeenFromTheRangeItLandsIn() throws {
        var library = try library()
        library.events[0].overrides[0].start = try time("2027-01-03T09:00")
        let index = LibraryIndex(library)
        XCTAssertEqual(index.occurrences(in: DayRange(try day("2027-01-03"), try day("2027-01-09"))).map(\.start.iso),
                       ["2027-01-03T09:00", "2027-01-09T10:00"])
        XCTAssertFalse(index.occurrences(in: DayRange(try day("2026-12-01"), try day("2026-12-31")))
            .contains { $0.day == (try? day("2026-12-12")) })
        XCTAssertEqual(index.occurrences(of: 0, in: DayRange(try day("2027-01-03"), try day("2027-01-03"))).map(\.movedFrom?.iso),
                       ["2026-12-12T10:00"])
    }

    func testTheFileKeepsOverridesAndNamesWhereOneIsWrong() throws {
        let library = try library()
        let text = String(decoding: LibraryCodec.encode(library), as: UTF8.self)
        XCTAssertTrue(text.contains(#"{ "date": "2026-12-12", "start": "2026-12-13T14:00", "durationMinutes": 90 }"#), text)
        XCTAssertEqual(try LibraryCodec.decode(LibraryCodec.encode(library), file: "test.json"), library)

        let broken = text.replacingOccurrences(of: #""durationMinutes": 90"#, with: #""durationMinutes": 0, "colour": 1"#)
        do {
            _ = try LibraryCodec.decode(Array(broken.utf8), file: "test.json")
            XCTFail("a duration of 0 and an unknown key are refused")
        } catch {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = try XCTUnwrap(lines.firstIndex { $0.contains("2026-12-13T14:00") }) + 1
            let found = error.problems.map(\.description)
            XCTAssertTrue(found.contains { $0.hasPrefix("test.json:\(line):")
                && $0.contains("events[0].overrides[0].durationMinutes: 0 is out of range") },
                          "\(found)")
            XCTAssertTrue(found.contains { $0.contains("events[0].overrides[0]") && $0.contains("colour") }, "\(found)")
        }
    }

    func testAnOverrideMustChangeOneDayOfTheRuleOnceAndStayNearIt() throws {
        var library = try library()
        library.events[0].exdates = [try day("2026-12-26")]
        library.events[0].overrides += [
            OccurrenceOverride(date: try day("2026-12-12"), title: "igen"),
            OccurrenceOverride(date: try day("2026-12-09"), title: "onsdag"),
            OccurrenceOverride(date: try day("2026-12-26"), title: "aflyst dag"),
            OccurrenceOverride(date: try day("2027-01-02"), start: try time("2028-06-01T10:00")),
            OccurrenceOverride(date: try day("2027-01-09"), start: try time("2027-01-16T10:00")),
            OccurrenceOverride(date: try day("2027-01-23"), room: "Kælderen"),
        ]
        library.shifts = []
        XCTAssertEqual(problems(library), [
            "events[0].overrides[2].date: 2026-12-12 is changed twice (also overrides[0])",
            "events[0].overrides[3].date: 2026-12-09 is not a day of this series (or is in exdates)",
            "events[0].overrides[4].date: 2026-12-26 is not a day of this series (or is in exdates)",
            "events[0].overrides[5].start: 2028-06-01T10:00 is 516 days from 2027-01-02; at most 366",
            "events[0].overrides[6].start: the series already takes place on 2027-01-16",
            "events[0].overrides[7].room: no room \"Kælderen\" in rooms",
        ])
        library.events[0].rrule = nil
        XCTAssertEqual(problems(library), ["events[0].overrides: only a series (with an rrule) has overrides; change the event itself"])
    }

    func testAShiftLeftOnTheDayATimeMovedAwayFromIsReported() throws {
        var library = try library()
        library.shifts[0].date = try day("2026-12-12")
        XCTAssertEqual(problems(library).count, 1)
        XCTAssertTrue(problems(library)[0].hasPrefix("shifts[0]"), "\(problems(library))")
    }

    func testMovingATimeTwiceKeepsOneOverrideAndMovingItBackDropsIt() throws {
        var library = try library()
        library.moveOccurrence(event: "e1", on: try day("2026-12-13"), to: try time("2026-12-14T16:00"))
        XCTAssertEqual(library.events[0].overrides[0], OccurrenceOverride(date: try day("2026-12-12"), start: try time("2026-12-14T16:00"),
                                                                          durationMinutes: 90))
        XCTAssertEqual(library.shifts[0].date, try day("2026-12-14"))
        library.events[0].overrides[0].durationMinutes = nil
        library.moveOccurrence(event: "e1", on: try day("2026-12-14"), to: try time("2026-12-12T10:00"))
        XCTAssertEqual(library.events[0].overrides.map(\.date), [try day("2026-12-19")], "back where the rule puts it: nothing left to say")
        XCTAssertEqual(library.shifts[0].date, try day("2026-12-12"))
        XCTAssertTrue(problems(library).isEmpty, "\(problems(library))")
    }
}

extension OccurrenceOverrideTests {
    func testCallingOffAMovedTimeCancelsItOnItsOwnDayAndDropsTheMove() throws {
        var library = try library()
        library.cancelOccurrence(event: "e1", on: try day("2026-12-13"), reason: "Syg")
        XCTAssertEqual(library.events[0].overrides.map(\.date), [try day("2026-12-19")])
        XCTAssertEqual(library.events[0].exdates, [try day("2026-12-12")])
        XCTAssertEqual(library.events[0].cancellations, [Cancellation(date: try day("2026-12-12"), reason: "Syg")])
        XCTAssertTrue(library.shifts.isEmpty, "the shift of the called-off time is released")
        XCTAssertTrue(problems(library).isEmpty, "\(problems(library))")
    }

    func testTheMovedNoteIsWrittenInEitherLanguage() throws {
        let index = LibraryIndex(try library())
        let moved = try XCTUnwrap(index.occurrences(on: try day("2026-12-13")).first)
        XCTAssertEqual(moved.movedText(.danish), "flyttet fra lør 12/12 10:00")
        XCTAssertEqual(moved.movedText(.english), "moved from Sat 12 Dec 10:00")
        XCTAssertNil(try XCTUnwrap(index.occurrences(on: try day("2026-12-19")).first).movedText(.danish))
    }
}

extension OccurrenceOverrideTests {
    /// An override may not land on another time of its series (shifts are dated by the day),
    /// so such a move splits the time off as an event of its own, as before overrides.
    func testMovingATimeOntoAnotherTimeOfTheSeriesMakesItAnEventOfItsOwn() throws {
        var library = try library()
        library.moveOccurrence(event: "e1", on: try day("2026-12-13"), to: try time("2026-12-26T15:00"))
        XCTAssertEqual(library.events[0].overrides.map(\.date), [try day("2026-12-19")])
        XCTAssertTrue(library.events[0].exdates.contains(try day("2026-12-12")))
        let single = try XCTUnwrap(library.events.last)
        XCTAssertEqual(library.events.count, 2)
        XCTAssertNil(single.rrule)
        XCTAssertEqual(single.start.iso, "2026-12-26T15:00")
        XCTAssertEqual(single.durationMinutes, 90, "the moved time's own length goes along")
        XCTAssertEqual(library.shifts.map(\.event), [single.id])
        XCTAssertTrue(problems(library).isEmpty, "\(problems(library))")
    }
}

extension OccurrenceOverrideTests {
    /// A series that skips closing days: a time moved off a closed day is exported (its
    /// RECURRENCE-ID, no EXDATE), a time moved onto one is left out (an EXDATE), as bibplan shows them.
    func testExportSkipsClosingDaysWhereTheTimesNowTakePlace() throws {
        var library = try library()
        library.events[0].onClosingDay = .skip
        library.closingDays = [ClosingDay(from: try day("2026-12-12")), ClosingDay(from: try day("2026-12-20"))]
        library.events[0].overrides[1].start = try time("2026-12-20T10:00")
        let index = LibraryIndex(library)
        XCTAssertEqual(index.occurrences(in: DayRange(try day("2026-12-12"), try day("2026-12-20"))).map(\.start.iso), ["2026-12-13T14:00"])
        let options = ICSWriter.Options(to: try day("2026-12-31"), stamp: try time("2026-11-28T00:00"))
        let text = String(decoding: ICSWriter.encode(library, options: options), as: UTF8.self)
        XCTAssertTrue(text.contains("EXDATE;TZID=Europe/Copenhagen:20261219T100000,20261226T100000\r\n"),
            "19/12 moved onto a closing day, 26/12 is one: " + text)
        XCTAssertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261212T100000\r\n"), text)
        XCTAssertFalse(text.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261219T100000"), text)
    }
}
