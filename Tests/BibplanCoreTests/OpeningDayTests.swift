import XCTest
@testable import BibplanCore

/// `onClosingDay` `earlier` and `later`: the first and last opening day of the month,
/// against a library open Monday to Saturday (closed on Sundays), closed on the public
/// holidays, for its summer week and on Christmas and New Year's Eve. The expected dates
/// were worked out by hand from a 2026–2029 calendar and are written out here.
final class OpeningDayTests: XCTestCase {
    private static let openingHours: OpeningHours = {
        var staffed = WeeklyHours()
        for weekday in Weekday.allCases where weekday != .sunday { staffed[weekday] = [ClockSpan(from: 600, to: 1080)] }
        return OpeningHours(staffed: staffed)
    }()

    private func day(_ text: String) throws -> Day { try XCTUnwrap(Day(iso: text), text) }

    private func library(_ events: [Event], hours: OpeningHours? = OpeningDayTests.openingHours) throws -> Library {
        var library = Library(id: "tarnby", name: "Tårnby Bibliotek", events: events)
        library.openingHours = hours
        library.closingDays = [
            ClosingDay(from: try day("2026-07-27"), to: try day("2026-07-31"), reason: "sommer"),
            ClosingDay(from: try day("2026-12-24"), to: try day("2026-12-26"), reason: "jul"),
            ClosingDay(from: try day("2026-12-31"), reason: "nytårsaften"),
        ]
        return library
    }

    private func series(_ rule: String, _ move: ClosingDayRule, start: String = "2026-01-01T10:00") throws -> Event {
        var event = Event(id: "e1", title: "Åbent hus", start: try XCTUnwrap(LocalDateTime(iso: start)), durationMinutes: 60, rrule: rule)
        event.onClosingDay = move
        return event
    }

    private let everyDay = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"

    private func days(_ library: Library, _ from: String, _ to: String) throws -> [String] {
        LibraryIndex(library).occurrences(in: DayRange(try day(from), try day(to))).map(\.day.iso)
    }

    func testTheLastOpeningDayOfFifteenMonths() throws {
        let library = try library([try series(everyDay + ";BYSETPOS=-1", .earlier)])
        XCTAssertEqual(try days(library, "2026-01-01", "2027-03-31"), [
            "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
            "2026-05-30", // 31 May is a Sunday
            "2026-06-30",
            "2026-07-25", // closed 27–31 July for the summer, 26 July a Sunday
            "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30",
            "2026-12-30", // nytårsaften is a closing day
            "2027-01-30", "2027-02-27", // both months end on a Sunday
            "2027-03-31",
        ])
    }

    func testTheFirstOpeningDayOfFifteenMonthsAndEaster2029() throws {
        let library = try library([try series(everyDay + ";BYSETPOS=1", .later)])
        XCTAssertEqual(try days(library, "2026-01-01", "2027-03-31"), [
            "2026-01-02", // nytårsdag
            "2026-02-02", // 1 February a Sunday
            "2026-03-02", // 1 March a Sunday
            "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01",
            "2026-11-02", // 1 November a Sunday
            "2026-12-01",
            "2027-01-02", // nytårsdag (a Friday)
            "2027-02-01", "2027-03-01",
        ])
        // Påskedag on Sunday 1 April 2029, 2. påskedag on the Monday.
        XCTAssertEqual(try days(library, "2029-04-01", "2029-04-30"), ["2029-04-03"])
    }

    func testWithoutMovingTheRuleGivesTheClosedDays() throws {
        let library = try library([try series(everyDay + ";BYSETPOS=-1", .flag)])
        XCTAssertEqual(try days(library, "2026-05-01", "2026-07-31"), ["2026-05-31", "2026-06-30", "2026-07-31"])
    }

    /// A month closed from end to end has no last opening day: the time does not move into
    /// the month before (past the time the rule gives there).
    func testAMonthWithoutAnOpeningDayHasNone() throws {
        var library = try library([try series(everyDay + ";BYSETPOS=-1", .earlier)])
        library.closingDays.append(ClosingDay(from: try day("2026-09-01"), to: try day("2026-09-30"), reason: "ombygning"))
        XCTAssertEqual(try days(library, "2026-08-01", "2026-10-31"), ["2026-08-31", "2026-10-31"])
    }

    /// A weekly time moves no further than the time before it: a Sunday-only series
    /// (the library never opens on Sunday) moves to Saturday; a daily series keeps only open days.
    func testAMoveStopsAtTheNeighbouringTime() throws {
        let weekly = try library([try series("FREQ=WEEKLY;BYDAY=SU", .earlier, start: "2026-11-01T10:00")])
        XCTAssertEqual(try days(weekly, "2026-11-01", "2026-11-30"), ["2026-11-07", "2026-11-14", "2026-11-21", "2026-11-28"])
        let daily = try library([try series("FREQ=DAILY", .later, start: "2026-12-20T10:00")])
        XCTAssertEqual(try days(daily, "2026-12-20", "2027-01-03"), [
            "2026-12-21", "2026-12-22", "2026-12-23", "2026-12-28", "2026-12-29", "2026-12-30", "2027-01-02",
        ])
    }

    /// Without opening hours every day the library is not closed is open.
    func testALibraryWithoutHoursIsOpenEveryDayItIsNotClosed() throws {
        let library = try library([try series(everyDay + ";BYSETPOS=-1", .earlier)], hours: nil)
        XCTAssertEqual(try days(library, "2026-05-01", "2026-12-31"), [
            "2026-05-31", "2026-06-30", "2026-07-26", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-30",
        ])
    }

    /// Exdates, shifts and overrides name the day a time moved to.
    func testTheSeriesDaysAreTheMovedDays() throws {
        var event = try series(everyDay + ";BYSETPOS=-1", .earlier)
        event.exdates = [try day("2026-05-30")]
        var library = try library([event])
        library.volunteers = [Volunteer(id: "v1", name: "Birthe")]
        library.shifts = [Shift(id: "s1", event: "e1", date: try day("2026-07-25"), volunteer: "v1")]
        XCTAssertEqual(try days(library, "2026-05-01", "2026-07-31"), ["2026-06-30", "2026-07-25"])
        XCTAssertEqual(LibraryValidator.problems(in: library, file: "tarnby.json").map(\.path), [])
        library.shifts[0].date = try day("2026-07-31")
        XCTAssertEqual(LibraryValidator.problems(in: library, file: "tarnby.json").map(\.path), ["shifts[0].date"])
    }

    func testEarlierOnASingleEventIsAProblemWithItsPath() throws {
        var event = try series(everyDay, .earlier)
        event.rrule = nil
        let problems = LibraryValidator.problems(in: try library([event]), file: "tarnby.json")
        XCTAssertEqual(problems.map(\.path), ["events[0].onClosingDay"])
        XCTAssertTrue(problems.first?.message.contains("\"earlier\"") == true, "\(problems)")
    }

    func testTheChoiceIsReadAndWrittenBack() throws {
        let library = try library([try series(everyDay + ";BYSETPOS=1", .later)])
        let text = String(decoding: LibraryCodec.encode(library), as: UTF8.self)
        XCTAssertTrue(text.contains("\"onClosingDay\": \"later\""), text)
        let back = try LibraryCodec.decode(Array(text.utf8), file: "tarnby.json")
        XCTAssertEqual(back.events.first?.onClosingDay, .later)
        let wrong = text.replacingOccurrences(of: "\"later\"", with: "\"sooner\"")
        do throws(LibraryLoadError) {
            _ = try LibraryCodec.decode(Array(wrong.utf8), file: "tarnby.json")
            XCTFail("\"sooner\" should be refused")
        } catch {
            XCTAssertTrue(error.problems.contains { $0.description.contains("events[0].onClosingDay") }, "\(error.problems)")
        }
    }
}
