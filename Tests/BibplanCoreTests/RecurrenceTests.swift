import XCTest
@testable import BibplanCore

/// Expected dates were computed independently with python3 `dateutil.rrule`
/// (weeks starting on Monday) and are written out as literals.
final class RecurrenceTests: XCTestCase {
    // MARK: Helpers

    private func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Day {
        try XCTUnwrap(Day(iso: text), "\(text) is not a date", file: file, line: line)
    }

    private func range(_ first: String, _ last: String, file: StaticString = #filePath, line: UInt = #line) throws -> DayRange {
        DayRange(try day(first, file: file, line: line), try day(last, file: file, line: line))
    }

    private func rule(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> RecurrenceRule {
        do throws(RecurrenceRuleError) {
            return try RecurrenceRule(parsing: text)
        } catch {
            XCTFail("\(text) should parse: \(error.message)", file: file, line: line)
            throw error
        }
    }

    /// The ISO days of `text` for a series starting at `start`, within `first...last`.
    private func days(_ text: String, start: String, from first: String, to last: String,
                      file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let begin = try XCTUnwrap(LocalDateTime(iso: start), file: file, line: line)
        return try rule(text, file: file, line: line)
            .days(startingAt: begin, in: range(first, last, file: file, line: line)).map(\.iso)
    }

    private func parseError(_ text: String) -> String? { RecurrenceRule.refusal(parsing: text) }

    private func assertRejected(_ text: String, containing fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let message = parseError(text) else { return XCTFail("\(text) should be rejected", file: file, line: line) }
        XCTAssertTrue(message.contains(fragment), "\"\(message)\" lacks \"\(fragment)\"", file: file, line: line)
    }

    // MARK: Weekly

    func testWeeklyOnTuesdayAndThursday() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=TU,TH", start: "2026-01-06T10:00", from: "2026-01-01", to: "2026-01-31"),
                       ["2026-01-06", "2026-01-08", "2026-01-13", "2026-01-15", "2026-01-20", "2026-01-22", "2026-01-27", "2026-01-29"])
    }

    func testEveryOtherWeekStartingMidWeek() throws {
        // Starts on a Thursday: the Monday of that first week is before the start and is skipped.
        XCTAssertEqual(try days("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", start: "2026-01-08T10:00", from: "2026-01-01", to: "2026-02-20"),
                       ["2026-01-08", "2026-01-19", "2026-01-22", "2026-02-02", "2026-02-05", "2026-02-16", "2026-02-19"])
    }

    func testEveryOtherWeekWithoutByDayUsesTheStartWeekday() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;INTERVAL=2", start: "2026-01-08T10:00", from: "2026-01-01", to: "2026-02-28"),
                       ["2026-01-08", "2026-01-22", "2026-02-05", "2026-02-19"])
    }

    func testUnboundedWeeklyRuleFarInTheFuture() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=WE", start: "2026-01-07T19:00", from: "2030-03-01", to: "2030-03-31"),
                       ["2030-03-06", "2030-03-13", "2030-03-20", "2030-03-27"])
    }

    func testRangeBeforeTheStartIsEmpty() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=WE", start: "2026-01-07T19:00", from: "2025-12-01", to: "2026-01-06"), [])
    }

    // MARK: Monthly

    func testMonthlySecondSaturday() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=2SA", start: "2026-01-10T10:00", from: "2026-01-01", to: "2026-12-31"),
                       ["2026-01-10", "2026-02-14", "2026-03-14", "2026-04-11", "2026-05-09", "2026-06-13",
                        "2026-07-11", "2026-08-08", "2026-09-12", "2026-10-10", "2026-11-14", "2026-12-12"])
    }

    func testMonthlyLastFriday() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=-1FR", start: "2026-01-30T10:00", from: "2026-01-01", to: "2026-06-30"),
                       ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29", "2026-06-26"])
    }

    func testMonthlyFirstAndThirdWednesday() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=1WE,3WE", start: "2026-01-07T10:00", from: "2026-01-01", to: "2026-04-30"),
                       ["2026-01-07", "2026-01-21", "2026-02-04", "2026-02-18", "2026-03-04", "2026-03-18", "2026-04-01", "2026-04-15"])
    }

    func testFifthSaturdaySkipsMonthsWithoutOne() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=5SA", start: "2026-01-01T10:00", from: "2026-01-01", to: "2027-06-30"),
                       ["2026-01-31", "2026-05-30", "2026-08-29", "2026-10-31", "2027-01-30", "2027-05-29"])
    }

    func testMonthlyOnThe31stSkipsShortMonths() throws {
        let expected = ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31", "2026-12-31"]
        XCTAssertEqual(try days("FREQ=MONTHLY", start: "2026-01-31T10:00", from: "2026-01-01", to: "2026-12-31"), expected)
        XCTAssertEqual(try days("FREQ=MONTHLY;BYMONTHDAY=31", start: "2026-01-01T10:00", from: "2026-01-01", to: "2026-12-31"), expected)
    }

    func testMonthlyOnTheLastDay() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;BYMONTHDAY=-1", start: "2026-01-01T10:00", from: "2026-01-01", to: "2026-06-30"),
                       ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"])
    }

    func testEveryOtherMonthLimitedByMonth() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE,3WE;BYMONTH=1,3", start: "2026-01-07T19:00",
                                from: "2026-01-01", to: "2027-01-31"),
                       ["2026-01-07", "2026-01-21", "2026-03-04", "2026-03-18", "2027-01-06", "2027-01-20"])
    }

    // MARK: Yearly

    func testYearlyOnLeapDayOnlyInLeapYears() throws {
        XCTAssertEqual(try days("FREQ=YEARLY", start: "2024-02-29T10:00", from: "2024-01-01", to: "2032-12-31"),
                       ["2024-02-29", "2028-02-29", "2032-02-29"])
    }

    func testYearlyLastFridayOfNovember() throws {
        XCTAssertEqual(try days("FREQ=YEARLY;BYMONTH=11;BYDAY=-1FR", start: "2026-01-01T10:00", from: "2026-01-01", to: "2029-12-31"),
                       ["2026-11-27", "2027-11-26", "2028-11-24", "2029-11-30"])
    }

    // MARK: Daily

    func testEveryThirdDayInFebruaryOnly() throws {
        XCTAssertEqual(try days("FREQ=DAILY;INTERVAL=3;BYMONTH=2", start: "2026-01-30T10:00", from: "2026-01-01", to: "2027-02-10"),
                       ["2026-02-02", "2026-02-05", "2026-02-08", "2026-02-11", "2026-02-14", "2026-02-17",
                        "2026-02-20", "2026-02-23", "2026-02-26", "2027-02-03", "2027-02-06", "2027-02-09"])
    }

    // MARK: More rule shapes

    func testFridayThe13th() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", start: "2026-01-01T10:00", from: "2026-01-01", to: "2027-12-31"),
                       ["2026-02-13", "2026-03-13", "2026-11-13", "2027-08-13"])
    }

    /// A numbered weekday beside month days counts: the first Friday that is also one of the
    /// 1st to 14th (as python-dateutil reads it), in the month, or in the year without BYMONTH.
    func testNumberedWeekdayBesideMonthDaysKeepsItsNumber() throws {
        let fortnight = (1...14).map(String.init).joined(separator: ",")
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=1FR;BYMONTHDAY=\(fortnight)", start: "2027-01-01T10:00", from: "2027-01-01", to: "2027-04-30"),
                       ["2027-01-01", "2027-02-05", "2027-03-05", "2027-04-02"])
        XCTAssertEqual(try days("FREQ=YEARLY;BYDAY=1FR;BYMONTHDAY=\(fortnight)", start: "2027-01-01T10:00", from: "2027-01-01", to: "2029-12-31"),
                       ["2027-01-01", "2028-01-07", "2029-01-05"])
        XCTAssertEqual(try days("FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR;BYMONTHDAY=\(fortnight)", start: "2027-01-01T10:00", from: "2027-01-01", to: "2029-12-31"),
                       [], "the last Friday of March is never among the first fourteen days")
    }

    func testYearlyFirstMondayOfTheYear() throws {
        XCTAssertEqual(try days("FREQ=YEARLY;BYDAY=1MO", start: "2026-01-01T10:00", from: "2026-01-01", to: "2028-12-31"),
                       ["2026-01-05", "2027-01-04", "2028-01-03"])
    }

    func testYearlyByMonthAndMonthDayOnLeapDay() throws {
        XCTAssertEqual(try days("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", start: "2024-01-01T10:00", from: "2024-01-01", to: "2033-01-01"),
                       ["2024-02-29", "2028-02-29", "2032-02-29"])
    }

    func testIntervalsJumpStraightToAFarRange() throws {
        XCTAssertEqual(try days("FREQ=YEARLY;INTERVAL=2", start: "2026-05-01T10:00", from: "2031-01-01", to: "2034-12-31"),
                       ["2032-05-01", "2034-05-01"])
        XCTAssertEqual(try days("FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=15", start: "2026-01-15T10:00", from: "2040-01-01", to: "2041-12-31"),
                       ["2040-03-15", "2040-08-15", "2041-01-15", "2041-06-15", "2041-11-15"])
    }

    func testDailyLimitedToWeekdays() throws {
        XCTAssertEqual(try days("FREQ=DAILY;BYDAY=MO,WE", start: "2026-12-28T10:00", from: "2026-12-28", to: "2027-01-10"),
                       ["2026-12-28", "2026-12-30", "2027-01-04", "2027-01-06"])
    }

    // MARK: COUNT and UNTIL

    func testCountEndsTheSeries() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=TU;COUNT=5", start: "2026-03-03T10:00", from: "2026-01-01", to: "2026-12-31"),
                       ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24", "2026-03-31"])
    }

    func testCountCountsFromTheStartWhenTheRangeStartsLater() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=TU;COUNT=5", start: "2026-03-03T10:00", from: "2026-03-20", to: "2026-12-31"),
                       ["2026-03-24", "2026-03-31"])
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=TU;COUNT=5", start: "2026-03-03T10:00", from: "2026-04-01", to: "2026-12-31"), [])
    }

    func testUntilAsADateIsInclusive() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260324", start: "2026-03-03T19:00", from: "2026-01-01", to: "2026-12-31"),
                       ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24"])
    }

    func testUntilAsADateTimeIsInclusiveOfThatMinute() throws {
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260324T190000", start: "2026-03-03T19:00", from: "2026-01-01", to: "2026-12-31"),
                       ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24"])
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260324T185900", start: "2026-03-03T19:00", from: "2026-01-01", to: "2026-12-31"),
                       ["2026-03-03", "2026-03-10", "2026-03-17"])
    }

    // MARK: Exdates, single events and time of day

    func testExdatesAreRemoved() throws {
        let event = Event(id: "e1", title: "Repair café", start: try XCTUnwrap(LocalDateTime(iso: "2026-01-10T10:00")),
                          rrule: "FREQ=MONTHLY;BYDAY=2SA", exdates: [try day("2026-07-11"), try day("2026-03-14")])
        let found = Occurrences.days(of: event, rule: try rule("FREQ=MONTHLY;BYDAY=2SA"), in: try range("2026-01-01", "2026-08-31"))
        XCTAssertEqual(found.map(\.iso), ["2026-01-10", "2026-02-14", "2026-04-11", "2026-05-09", "2026-06-13", "2026-08-08"])
        XCTAssertFalse(Occurrences.occurs(event, rule: try rule("FREQ=MONTHLY;BYDAY=2SA"), on: try day("2026-07-11")))
        XCTAssertTrue(Occurrences.occurs(event, rule: try rule("FREQ=MONTHLY;BYDAY=2SA"), on: try day("2026-08-08")))
    }

    func testEventWithoutRuleOccursOnce() throws {
        let event = Event(id: "e2", title: "Forfatteraften", start: try XCTUnwrap(LocalDateTime(iso: "2026-11-27T19:00")))
        XCTAssertEqual(Occurrences.days(of: event, rule: nil, in: try range("2026-11-01", "2026-11-30")).map(\.iso), ["2026-11-27"])
        XCTAssertEqual(Occurrences.days(of: event, rule: nil, in: try range("2026-11-28", "2026-12-31")), [])
    }

    func testEveningEventKeepsItsClockAcrossDaylightSavingChanges() throws {
        let event = Event(id: "e1", title: "Læsekreds", start: try XCTUnwrap(LocalDateTime(iso: "2026-03-21T19:00")),
                          durationMinutes: 120, rrule: "FREQ=WEEKLY;BYDAY=SA,SU")
        let index = LibraryIndex(Library(id: "glostrup", name: "Glostrup Bibliotek", events: [event]))
        let spring = index.occurrences(in: try range("2026-03-21", "2026-04-05"))
        XCTAssertEqual(spring.map(\.day.iso), ["2026-03-21", "2026-03-22", "2026-03-28", "2026-03-29", "2026-04-04", "2026-04-05"])
        let autumn = index.occurrences(in: try range("2026-10-17", "2026-11-01"))
        XCTAssertEqual(autumn.map(\.day.iso), ["2026-10-17", "2026-10-18", "2026-10-24", "2026-10-25", "2026-10-31", "2026-11-01"])
        for occurrence in spring + autumn {
            XCTAssertEqual(occurrence.start.minutes, 19 * 60, occurrence.start.iso)
            XCTAssertEqual(occurrence.end.minutes, 21 * 60, occurrence.end.iso)
            XCTAssertEqual(occurrence.end.day, occurrence.day)
        }
    }

    // MARK: Parse errors

    func testByWeekNoIsNotSupported() {
        XCTAssertEqual(parseError("FREQ=YEARLY;BYWEEKNO=1;BYDAY=TH"), "BYWEEKNO is not supported")
    }

    func testHourlyIsNotSupported() {
        assertRejected("FREQ=HOURLY", containing: "FREQ=HOURLY is not supported")
    }

    func testMissingFreq() {
        XCTAssertEqual(parseError("BYDAY=MO;INTERVAL=2"), "FREQ is missing")
    }

    func testNumberedWeekdayNeedsMonthlyOrYearly() {
        assertRejected("FREQ=WEEKLY;BYDAY=2SA", containing: "BYDAY=2SA")
        assertRejected("FREQ=DAILY;BYDAY=-1FR", containing: "BYDAY=-1FR")
    }

    func testOrdinalOutOfRange() {
        assertRejected("FREQ=MONTHLY;BYDAY=6MO", containing: "BYDAY=6MO")
        assertRejected("FREQ=MONTHLY;BYDAY=0MO", containing: "BYDAY=0MO")
    }

    func testCountWithUntil() {
        XCTAssertEqual(parseError("FREQ=WEEKLY;COUNT=3;UNTIL=20261231"), "COUNT and UNTIL cannot both be given")
    }

    func testGarbage() {
        XCTAssertNotNil(parseError("FOO"))
        XCTAssertNotNil(parseError(""))
        XCTAssertNotNil(parseError("FREQ=WEEKLY;BYDAY=XX"))
        XCTAssertNotNil(parseError("FREQ=WEEKLY;INTERVAL=0"))
        XCTAssertNotNil(parseError("FREQ=MONTHLY;BYMONTHDAY=32"))
        XCTAssertNotNil(parseError("FREQ=YEARLY;BYMONTH=13"))
        XCTAssertNotNil(parseError("FREQ=WEEKLY;UNTIL=20260230"))
        assertRejected("FREQ=WEEKLY;FREQ=DAILY", containing: "FREQ appears twice")
    }

    // MARK: Text

    func testParsesFieldsIntoTheRule() throws {
        let parsed = try rule("RRULE:freq=monthly;interval=2;byday=1we,-1fr;bymonth=1,3;until=20261231T190000")
        XCTAssertEqual(parsed, RecurrenceRule(frequency: .monthly, interval: 2,
                                              byDay: [.init(1, .wednesday), .init(-1, .friday)], byMonth: [1, 3],
                                              until: LocalDateTime(day: try day("2026-12-31"), minutes: 19 * 60)))
    }

    func testTextRoundTrips() throws {
        for text in ["FREQ=MONTHLY;BYDAY=2SA", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "FREQ=MONTHLY;BYDAY=1WE,3WE;COUNT=10",
                     "FREQ=YEARLY;BYDAY=-1FR;BYMONTH=11", "FREQ=MONTHLY;BYMONTHDAY=-1,15;UNTIL=20270630",
                     "FREQ=DAILY;INTERVAL=3;BYMONTH=2,3;UNTIL=20260324T190000"] {
            let first = try rule(text)
            XCTAssertEqual(first.text, text)
            XCTAssertEqual(try rule(first.text), first, text)
        }
    }

    func testTextPutsPartsInAFixedOrder() throws {
        let parsed = try rule("BYMONTH=11;BYDAY=-1FR;FREQ=YEARLY")
        XCTAssertEqual(parsed.text, "FREQ=YEARLY;BYDAY=-1FR;BYMONTH=11")
        XCTAssertEqual(try rule(parsed.text), parsed)
    }
}
