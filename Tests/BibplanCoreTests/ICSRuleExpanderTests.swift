import XCTest
@testable import BibplanCore

/// Rules with parts bibplan's series lack, expanded day by day (issue 16).
final class ICSRuleExpanderTests: XCTestCase {
    private func days(_ rule: String, from start: String, through last: String) throws -> [String] {
        let expander = try XCTUnwrap(ICSRuleExpander(parsing: rule), rule)
        let first = try XCTUnwrap(LocalDateTime(iso: start))
        return expander.days(startingAt: first, through: try XCTUnwrap(Day(iso: last))).map(\.iso)
    }

    func testYearDaysFromTheEndWeekNumbersAndWeekStarts() throws {
        XCTAssertEqual(try days("FREQ=YEARLY;BYYEARDAY=-1,-306", from: "2026-03-01T10:00", through: "2027-12-31"),
                       ["2026-03-01", "2026-12-31", "2027-03-01", "2027-12-31"], "the 306th day from the end is 1 March in a common year")
        XCTAssertEqual(try days("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", from: "2026-01-05T10:00", through: "2028-01-10"),
                       ["2026-01-05", "2027-01-04", "2028-01-03"], "ISO week 1 holds the year's first Thursday")
        XCTAssertEqual(try days("FREQ=YEARLY;BYWEEKNO=-1;BYDAY=TH", from: "2026-12-31T10:00", through: "2027-12-31"),
                       ["2026-12-31", "2027-12-30"])
        XCTAssertEqual(try days("FREQ=MONTHLY;COUNT=3;BYMONTHDAY=-1", from: "2026-01-31T12:00", through: "2026-12-31"),
                       ["2026-01-31", "2026-02-28", "2026-03-31"])
        XCTAssertEqual(try days("FREQ=DAILY;UNTIL=20260105T090000;INTERVAL=2", from: "2026-01-01T09:00", through: "2026-12-31"),
                       ["2026-01-01", "2026-01-03", "2026-01-05"])
    }

    func testWhatItCannotExpandEither() {
        for rule in ["FREQ=MONTHLY;BYSETPOS=2;BYDAY=MO", "FREQ=DAILY;BYHOUR=9", "FREQ=HOURLY", "FREQ=YEARLY;BYYEARDAY=367",
                     "FREQ=YEARLY;BYWEEKNO=0", "FREQ=WEEKLY;INTERVAL=99999999999999999999", "FREQ=YEARLY;BYDAY=99MO", "RSCALE=HEBREW;FREQ=YEARLY"] {
            XCTAssertNil(ICSRuleExpander(parsing: rule), rule)
        }
    }

    func testRscaleGregorianIsAPlainSeries() throws {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:r\nSUMMARY:x\nDTSTART:20260131T120000\n"
            + "RRULE:RSCALE=GREGORIAN;FREQ=MONTHLY;COUNT=3;BYMONTHDAY=-1;SKIP=OMIT\nEND:VEVENT\nEND:VCALENDAR\n"
        let read = try ICSImport.read(Array(text.utf8), file: "r.ics", library: Library(id: "tom", name: "Tom"), strict: true)
        XCTAssertEqual(read.events.map(\.rrule), ["FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3"])
    }
}
