import BibplanCore
import XCTest

/// BYSETPOS: in the rule text, the parser's checks, the expansion, and through iCalendar.
final class RecurrenceSetPositionTests: XCTestCase {
    private func days(_ text: String, from start: String, to last: String) throws -> [String] {
        let rule = try RecurrenceRule(parsing: text)
        let first = LocalDateTime(day: try XCTUnwrap(Day(iso: start)), minutes: 600)
        return rule.days(startingAt: first, in: DayRange(first.day, try XCTUnwrap(Day(iso: last)))).map(\.iso)
    }

    func testFirstAndLastWeekdayOfTheMonth() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", from: "2027-01-01", to: "2027-05-31"),
                       ["2027-01-01", "2027-02-01", "2027-03-01", "2027-04-01", "2027-05-03"])
        XCTAssertEqual(try days("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1", from: "2027-05-01", to: "2027-06-30"),
                       ["2027-05-03", "2027-05-31", "2027-06-01", "2027-06-30"])
    }

    /// RFC 5545's own example: the third Tuesday, Wednesday or Thursday of the month.
    func testTheStandardsExample() throws {
        XCTAssertEqual(try days("FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", from: "1997-09-04", to: "1997-12-31"),
                       ["1997-09-04", "1997-10-07", "1997-11-06"])
    }

    /// The set is the whole week from Monday, also in the week the series starts
    /// (where python-dateutil starts the set at DTSTART instead: its issue #1398).
    func testTheFirstWeeksSetStartsOnMonday() throws {
        // Saturday 2027-01-23: that week's first of Friday and Saturday is the Friday before, so it is skipped.
        XCTAssertEqual(try days("FREQ=WEEKLY;BYDAY=FR,SA;BYSETPOS=1;COUNT=2", from: "2027-01-23", to: "2027-02-28"),
                       ["2027-01-29", "2027-02-05"])
    }

    func testPositionsAreCheckedAndNeedSomethingToPickFrom() {
        for (text, message) in [("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "BYSETPOS=0 must be 1 to 366 or -1 to -366"),
                                ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=367", "BYSETPOS=367 must be 1 to 366 or -1 to -366"),
                                ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=x", "BYSETPOS=X must be 1 to 366 or -1 to -366"),
                                ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to pick from (RFC 5545 3.3.10)")] {
            XCTAssertThrowsError(try RecurrenceRule(parsing: text), text) { error in
                XCTAssertEqual((error as? RecurrenceRuleError)?.message, message, text)
            }
        }
        XCTAssertEqual(try RecurrenceRule(parsing: "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=SA,SU").text, "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=-1")
    }

    func testAnEventOnTheLastWeekdayTravelsThroughICalendar() throws {
        var library = Library(id: "tom", name: "Tom")
        let start = LocalDateTime(day: try XCTUnwrap(Day(iso: "2027-01-29")), minutes: 600)
        library.events = [Event(id: "e1", title: "Sidste hverdag", start: start, rrule: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")]
        XCTAssertEqual(LibraryValidator.problems(in: library, file: "tom.json"), [])
        let bytes = ICSWriter.encode(library, options: ICSWriter.Options(stamp: start))
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\r\n"))
        let empty = Library(id: "tom", name: "Tom")
        let read = try ICSImport.read(bytes, file: "tom.ics", library: empty).apply(to: empty).library
        XCTAssertEqual(read.events.map(\.rrule), ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"])
    }
}
