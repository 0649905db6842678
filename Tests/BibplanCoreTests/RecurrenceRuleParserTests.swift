import BibplanCore
import XCTest

/// The RRULE reader on its own: every part it takes, with its bounds, and every refusal
/// with the exact message a planner or an import reads.
final class RecurrenceRuleParserTests: XCTestCase {
    private func refusal(_ text: String) -> String? { RecurrenceRule.refusal(parsing: text) }

    private func assertRefusals(_ cases: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
        for (text, message) in cases {
            XCTAssertEqual(refusal(text), message, text, file: file, line: line)
        }
    }

    // MARK: What is read

    func testEveryPartIsRead() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;INTERVAL=2;BYDAY=1MO,-1FR,SU;BYMONTHDAY=1,-1;BYMONTH=1,12;"
                                      + "BYSETPOS=1,-2;COUNT=5;WKST=MO")
        XCTAssertEqual(rule, RecurrenceRule(frequency: .yearly, interval: 2,
                                            byDay: [.init(1, .monday), .init(-1, .friday), .init(nil, .sunday)],
                                            byMonthDay: [1, -1], byMonth: [1, 12], bySetPos: [1, -2], count: 5))
        XCTAssertEqual(rule.text, "FREQ=YEARLY;INTERVAL=2;BYDAY=1MO,-1FR,SU;BYMONTHDAY=1,-1;BYMONTH=1,12;BYSETPOS=1,-2;COUNT=5",
                       "WKST=MO is the default and is not written back")
    }

    func testEveryFrequency() throws {
        for frequency in RecurrenceRule.Frequency.allCases {
            XCTAssertEqual(try RecurrenceRule(parsing: "FREQ=" + frequency.rawValue), RecurrenceRule(frequency: frequency))
        }
    }

    func testUntilAsADateAsALocalTimeAndAsUTC() throws {
        let day = try XCTUnwrap(Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20261231").until, LocalDateTime(day: day, minutes: 24 * 60 - 1),
                       "a date alone ends at the end of that day")
        XCTAssertEqual(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20261231T103000").until, LocalDateTime(day: day, minutes: 630))
        XCTAssertEqual(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20261231T103000Z").until, LocalDateTime(day: day, minutes: 630),
                       "a UTC time is taken as local")
        XCTAssertEqual(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20261231T103000Z").text, "FREQ=DAILY;UNTIL=20261231T103000")
    }

    func testTheBoundsOfEachNumberAreAccepted() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;INTERVAL=1000;BYMONTHDAY=31,-31;BYDAY=5SU,-5MO,+1TU;"
                                      + "BYSETPOS=366,-366;COUNT=100000")
        XCTAssertEqual(rule.interval, 1000)
        XCTAssertEqual(rule.byMonthDay, [31, -31])
        XCTAssertEqual(rule.byDay, [.init(5, .sunday), .init(-5, .monday), .init(1, .tuesday)], "+1TU is 1TU")
        XCTAssertEqual(rule.bySetPos, [366, -366])
        XCTAssertEqual(rule.count, 100_000)
    }

    func testPrefixCaseAndSurroundingSpaceDoNotMatter() throws {
        let expected = RecurrenceRule(frequency: .monthly, byDay: [.init(2, .saturday)])
        for text in ["RRULE:FREQ=MONTHLY;BYDAY=2SA", "rrule:freq=monthly;byday=2sa", " \tFREQ=MONTHLY;BYDAY=2SA\t ",
                     "BYDAY=2SA;FREQ=MONTHLY", "\u{00A0}FREQ=MONTHLY;BYDAY=2SA\u{00A0}"] {
            XCTAssertEqual(try RecurrenceRule(parsing: text), expected, text)
        }
    }

    // MARK: What is refused, and how it is said

    func testTheShapeOfTheRule() {
        assertRefusals([
            ("", "the rule is empty"),
            ("  ", "the rule is empty"),
            ("RRULE:", "the rule is empty"),
            ("FREQ", "\"FREQ\" is not NAME=VALUE"),
            ("=DAILY", "\"=DAILY\" is not NAME=VALUE"),
            ("FREQ=DAILY;", "\"\" is not NAME=VALUE"),
            ("FREQ=DAILY;;COUNT=2", "\"\" is not NAME=VALUE"),
            ("FREQ=DAILY;FREQ=WEEKLY", "FREQ appears twice"),
            ("FREQ=DAILY;count=2;COUNT=3", "COUNT appears twice"),
            ("INTERVAL=2", "FREQ is missing"),
        ])
    }

    func testPartsOutsideTheSubset() {
        assertRefusals([
            ("FREQ=HOURLY", "FREQ=HOURLY is not supported (DAILY, WEEKLY, MONTHLY or YEARLY)"),
            ("FREQ=", "FREQ= is not supported (DAILY, WEEKLY, MONTHLY or YEARLY)"),
            ("FREQ=YEARLY;BYWEEKNO=1", "BYWEEKNO is not supported"),
            ("FREQ=YEARLY;BYYEARDAY=100", "BYYEARDAY is not supported"),
            ("FREQ=DAILY;BYHOUR=10", "BYHOUR is not supported"),
            ("FREQ=DAILY;BYMINUTE=30", "BYMINUTE is not supported"),
            ("FREQ=DAILY;BYSECOND=0", "BYSECOND is not supported"),
            ("FREQ=DAILY;X-NAME=1", "X-NAME is not supported"),
            ("FREQ=WEEKLY;WKST=SU", "WKST=SU is not supported (weeks start on Monday)"),
        ])
    }

    func testNumbersOutOfRangeOrNotNumbers() {
        assertRefusals([
            ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0 must be a number from 1 to 1000"),
            ("FREQ=DAILY;INTERVAL=1001", "INTERVAL=1001 must be a number from 1 to 1000"),
            ("FREQ=DAILY;INTERVAL=two", "INTERVAL=TWO must be a number from 1 to 1000"),
            ("FREQ=DAILY;COUNT=0", "COUNT=0 must be a number from 1 to 100000"),
            ("FREQ=DAILY;COUNT=100001", "COUNT=100001 must be a number from 1 to 100000"),
            ("FREQ=YEARLY;BYMONTH=0", "BYMONTH=0 must be a number from 1 to 12"),
            ("FREQ=YEARLY;BYMONTH=1,13", "BYMONTH=13 must be a number from 1 to 12"),
            ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY=0 must be 1 to 31 or -1 to -31"),
            ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY=32 must be 1 to 31 or -1 to -31"),
            ("FREQ=MONTHLY;BYMONTHDAY=-32", "BYMONTHDAY=-32 must be 1 to 31 or -1 to -31"),
            ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "BYSETPOS=0 must be 1 to 366 or -1 to -366"),
            ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-367", "BYSETPOS=-367 must be 1 to 366 or -1 to -366"),
        ])
    }

    func testListsWithAnEmptyItem() {
        assertRefusals([
            ("FREQ=YEARLY;BYMONTH=1,,2", "BYMONTH=1,,2 has an empty item"),
            ("FREQ=WEEKLY;BYDAY=MO,", "BYDAY=MO, has an empty item"),
            ("FREQ=MONTHLY;BYMONTHDAY=", "BYMONTHDAY= has an empty item"),
            ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=,1", "BYSETPOS=,1 has an empty item"),
        ])
    }

    func testWeekdays() {
        assertRefusals([
            ("FREQ=WEEKLY;BYDAY=XX", "BYDAY=XX is not a weekday (MO, TU, WE, TH, FR, SA, SU)"),
            ("FREQ=WEEKLY;BYDAY=M", "BYDAY=M is not a weekday (MO, TU, WE, TH, FR, SA, SU)"),
            ("FREQ=WEEKLY;BYDAY=MONDAY", "BYDAY=MONDAY is not a weekday (MO, TU, WE, TH, FR, SA, SU)"),
            ("FREQ=MONTHLY;BYDAY=6MO", "BYDAY=6MO: the number before the weekday must be 1 to 5 or -1 to -5"),
            ("FREQ=MONTHLY;BYDAY=0MO", "BYDAY=0MO: the number before the weekday must be 1 to 5 or -1 to -5"),
            ("FREQ=MONTHLY;BYDAY=-6SU", "BYDAY=-6SU: the number before the weekday must be 1 to 5 or -1 to -5"),
            ("FREQ=MONTHLY;BYDAY=XMO", "BYDAY=XMO: the number before the weekday must be 1 to 5 or -1 to -5"),
        ])
    }

    func testDatesAfterUntil() {
        let notADate = { (text: String) in "UNTIL=\(text) is not a date (YYYYMMDD or YYYYMMDDTHHMMSS)" }
        let dates = ["2026", "20260230", "2026123", "20261231T10", "20261231T2500", "20261231T250000", "20261231T106000",
                     "20261231X103000", "20261231T1030XX", "20261231T103000Y", "2026-12-31"]
        assertRefusals(dates.map { ("FREQ=DAILY;UNTIL=" + $0, notADate($0)) })
    }

    func testCombinationsThatMeanNothing() {
        assertRefusals([
            ("FREQ=WEEKLY;COUNT=3;UNTIL=20261231", "COUNT and UNTIL cannot both be given"),
            ("FREQ=WEEKLY;BYDAY=MO,2SA", "BYDAY=2SA: a numbered weekday needs FREQ=MONTHLY or FREQ=YEARLY"),
            ("FREQ=DAILY;BYDAY=-1FR", "BYDAY=-1FR: a numbered weekday needs FREQ=MONTHLY or FREQ=YEARLY"),
            ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY cannot be used with FREQ=WEEKLY"),
            ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to pick from (RFC 5545 3.3.10)"),
        ])
        XCTAssertNil(refusal("FREQ=YEARLY;BYMONTH=3;BYSETPOS=1"), "BYMONTH alone gives BYSETPOS days to pick from")
        XCTAssertNil(refusal("FREQ=DAILY;BYMONTHDAY=1"), "a month day under DAILY filters the days")
    }

    func testNonASCIIIsUpperCasedAndRefusedByName() {
        XCTAssertEqual(refusal("freq=daİly"), "FREQ=DAİLY is not supported (DAILY, WEEKLY, MONTHLY or YEARLY)")
        XCTAssertEqual(refusal("FREQ=WEEKLY;BYDAY=mø"), "BYDAY=MØ is not a weekday (MO, TU, WE, TH, FR, SA, SU)")
    }
}

extension RecurrenceRule {
    /// What the parser says when it refuses `text`; nil when it reads it.
    static func refusal(parsing text: String) -> String? {
        do throws(RecurrenceRuleError) {
            _ = try RecurrenceRule(parsing: text)
            return nil
        } catch {
            return error.message
        }
    }
}
