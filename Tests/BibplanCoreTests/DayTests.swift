import Foundation
import XCTest
@testable import BibplanCore

final class DayTests: XCTestCase {
    private func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Day {
        try XCTUnwrap(Day(iso: text), "\(text) should parse", file: file, line: line)
    }

    // MARK: ISO text

    func testParsesAndFormatsISO() throws {
        let value = try day("2026-11-27")
        XCTAssertEqual(value.year, 2026)
        XCTAssertEqual(value.month, 11)
        XCTAssertEqual(value.dayOfMonth, 27)
        XCTAssertEqual(value.iso, "2026-11-27")
        XCTAssertEqual(value.description, "2026-11-27")
    }

    func testEpochIsOrdinalZero() throws {
        XCTAssertEqual(try day("1970-01-01").ordinal, 0)
        XCTAssertEqual(try day("1969-12-31").ordinal, -1)
        XCTAssertEqual(Day(ordinal: -1).iso, "1969-12-31")
    }

    func testRoundTripsAcrossCenturiesAndLeapDays() throws {
        for text in ["0001-01-01", "1900-02-28", "2000-02-29", "2024-02-29", "2026-12-31", "9999-12-31"] {
            XCTAssertEqual(try day(text).iso, text)
        }
    }

    func testRejectsInvalidDates() {
        for text in ["2026-02-30", "2026-13-01", "2026-1-01", "2026-01-1", "2026-00-10", "2026-01-00",
                     "2025-02-29", "1900-02-29", "0000-01-01", "2026/01/01", "2026-01-01T10:00",
                     " 2026-01-01", "+026-01-01", "2026-0a-01", "", "20260101"] {
            XCTAssertNil(Day(iso: text), "\(text) should not parse")
        }
    }

    func testComponentsInitRejectsImpossibleTriples() {
        XCTAssertNil(Day(year: 2026, month: 2, day: 29))
        XCTAssertNil(Day(year: 2026, month: 4, day: 31))
        XCTAssertNil(Day(year: 2026, month: 0, day: 1))
        XCTAssertNotNil(Day(year: 2028, month: 2, day: 29))
    }

    // MARK: Weekdays and weeks

    func testWeekdayOfKnownDates() throws {
        XCTAssertEqual(try day("1970-01-01").weekday, .thursday)
        XCTAssertEqual(try day("2026-01-10").weekday, .saturday)
        XCTAssertEqual(try day("2026-03-29").weekday, .sunday)
        XCTAssertEqual(try day("2026-11-23").weekday, .monday)
        XCTAssertEqual(try day("2026-11-27").weekday, .friday)
        XCTAssertEqual(try day("2024-02-29").weekday, .thursday)
        XCTAssertEqual(try day("1969-12-31").weekday, .wednesday)
        XCTAssertEqual(try day("1969-12-29").weekday, .monday)
    }

    func testISOWeekNumbers() throws {
        XCTAssertEqual(try day("2026-11-23").isoWeek, 48)
        XCTAssertEqual(try day("2026-12-28").isoWeek, 53)
        XCTAssertEqual(try day("2027-01-01").isoWeek, 53)
        XCTAssertEqual(try day("2027-01-03").isoWeek, 53)
        XCTAssertEqual(try day("2027-01-04").isoWeek, 1)
        XCTAssertEqual(try day("2026-01-01").isoWeek, 1)
        XCTAssertEqual(try day("2025-12-29").isoWeek, 1)
        XCTAssertEqual(try day("2024-12-30").isoWeek, 1)
        XCTAssertEqual(try day("2021-01-03").isoWeek, 53)
    }

    func testStartOfWeekIsMonday() throws {
        XCTAssertEqual(try day("2026-11-27").startOfWeek.iso, "2026-11-23")
        XCTAssertEqual(try day("2026-11-23").startOfWeek.iso, "2026-11-23")
        XCTAssertEqual(try day("2026-11-29").startOfWeek.iso, "2026-11-23")
        XCTAssertEqual(try day("2027-01-01").startOfWeek.iso, "2026-12-28")
        XCTAssertEqual(try day("1970-01-01").startOfWeek.iso, "1969-12-29")
    }

    func testFirstOfMonth() throws {
        XCTAssertEqual(try day("2026-02-28").firstOfMonth.iso, "2026-02-01")
    }

    // MARK: Arithmetic

    func testAddingDays() throws {
        XCTAssertEqual(try day("2026-12-31").adding(days: 1).iso, "2027-01-01")
        XCTAssertEqual(try day("2024-03-01").adding(days: -1).iso, "2024-02-29")
        XCTAssertEqual(try day("2026-01-01").adding(days: 365).iso, "2027-01-01")
    }

    func testAddingMonthsClampsToMonthLength() throws {
        XCTAssertEqual(try day("2026-01-31").adding(months: 1).iso, "2026-02-28")
        XCTAssertEqual(try day("2024-01-31").adding(months: 1).iso, "2024-02-29")
        XCTAssertEqual(try day("2026-03-31").adding(months: 1).iso, "2026-04-30")
        XCTAssertEqual(try day("2026-03-31").adding(months: -1).iso, "2026-02-28")
        XCTAssertEqual(try day("2026-11-30").adding(months: 3).iso, "2027-02-28")
        XCTAssertEqual(try day("2026-01-15").adding(months: -13).iso, "2024-12-15")
        XCTAssertEqual(try day("2024-02-29").adding(months: 12).iso, "2025-02-28")
        XCTAssertEqual(try day("2026-05-10").adding(months: 0).iso, "2026-05-10")
    }

    func testOrderingFollowsTheCalendar() throws {
        XCTAssertLessThan(try day("2026-12-31"), try day("2027-01-01"))
        XCTAssertEqual(try day("2026-06-01"), Day(year: 2026, month: 6, day: 1))
    }

    func testDayRange() throws {
        let range = DayRange(try day("2026-02-27"), try day("2026-03-02"))
        XCTAssertEqual(range.days.map(\.iso), ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"])
        XCTAssertTrue(range.contains(try day("2026-03-01")))
        XCTAssertFalse(range.contains(try day("2026-03-03")))
        XCTAssertEqual(DayRange(try day("2026-03-02"), try day("2026-03-01")).days, [])
    }

    // MARK: Local date-time

    func testLocalDateTimeParsing() throws {
        let value = try XCTUnwrap(LocalDateTime(iso: "2026-03-29T19:05"))
        XCTAssertEqual(value.day.iso, "2026-03-29")
        XCTAssertEqual(value.minutes, 19 * 60 + 5)
        XCTAssertEqual(value.iso, "2026-03-29T19:05")
        for text in ["2026-03-29T24:00", "2026-03-29T19:60", "2026-03-29 19:00", "2026-02-30T10:00", "2026-03-29T9:00"] {
            XCTAssertNil(LocalDateTime(iso: text), "\(text) should not parse")
        }
    }

    func testLocalDateTimeAddingCarriesOverMidnight() throws {
        let value = try XCTUnwrap(LocalDateTime(iso: "2026-12-31T22:30"))
        XCTAssertEqual(value.adding(minutes: 120).iso, "2027-01-01T00:30")
        XCTAssertEqual(value.adding(minutes: -22 * 60 - 31).iso, "2026-12-30T23:59")
    }
}

/// The date at the counter, whatever the server's own zone.
final class LibraryClockTests: XCTestCase {
    func testJustAfterMidnightInCopenhagenIsTheNextDayThere() {
        // 2026-11-23 23:30 UTC is 00:30 on the 24th in Copenhagen (UTC+1 in winter).
        let moment = Date(timeIntervalSince1970: 1_795_476_600)
        XCTAssertEqual(LibraryClock.today(in: "Europe/Copenhagen", now: moment).iso, "2026-11-24")
        XCTAssertEqual(LibraryClock.today(in: "UTC", now: moment).iso, "2026-11-23")
    }

    func testSummerTimeOffset() {
        // 2026-06-30 22:30 UTC is 00:30 on 1 July in Copenhagen (UTC+2).
        XCTAssertEqual(LibraryClock.today(in: "Europe/Copenhagen", now: Date(timeIntervalSince1970: 1_782_858_600)).iso, "2026-07-01")
    }
}
