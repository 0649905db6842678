import XCTest
@testable import BibplanCore

/// The CSV writer's quoting, formula guard and number forms.
final class CSVWriterTests: XCTestCase {
    func testQuotesOnlyWhatNeedsItAndEndsRowsInCRLF() {
        var writer = CSVWriter(delimiter: ",")
        writer.row(["a", "b,c", "say \"hi\"", "two\nlines", "semi;colon", ""])
        XCTAssertEqual(writer.text, "\u{FEFF}a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",semi;colon,\r\n")
        var semicolons = CSVWriter(delimiter: ";")
        semicolons.row(["b,c", "semi;colon", "crlf\r\nhere"])
        XCTAssertEqual(semicolons.text, "\u{FEFF}b,c;\"semi;colon\";\"crlf\r\nhere\"\r\n")
    }

    func testFormulasAreDefusedButNumbersAndPhonesAreNot() {
        XCTAssertEqual(CSVWriter.defused("=SUM(A1:A3)"), "'=SUM(A1:A3)")
        XCTAssertEqual(CSVWriter.defused("@cmd"), "'@cmd")
        XCTAssertEqual(CSVWriter.defused("-foo"), "'-foo")
        XCTAssertEqual(CSVWriter.defused("+45 12 34 56 78"), "+45 12 34 56 78")
        XCTAssertEqual(CSVWriter.defused("-2,5"), "-2,5")
        XCTAssertEqual(CSVWriter.defused("+"), "'+")
        XCTAssertEqual(CSVWriter.defused("Anne-Mette"), "Anne-Mette")
    }

    /// Issue 15: a cell that a spreadsheet would compute is defused, whatever digits it has.
    func testACellThatComputesIsDefusedEvenWhenItIsAllDigits() {
        for formula in ["-2+3", "+1+1", "=1", "+1)*2", "-(1)", "+ 1", "-1-", "@1", "\t1", "\r1", "+1e3", "-1/2", "+1 -1"] {
            XCTAssertEqual(CSVWriter.defused(formula), "'" + formula, formula)
        }
        for number in ["-2", "+45", "-2.5", "-1 234,50", "+45 12 34 56 78", "12+3"] {
            XCTAssertEqual(CSVWriter.defused(number), number, number)
        }
    }

    func testACellCarriesNoControlCharacter() {
        var writer = CSVWriter(delimiter: ",")
        writer.row(["a\u{1B}]2;x\u{07}b", "c\u{9B}d\u{202E}"])
        XCTAssertEqual(writer.text, "\u{FEFF}a␛]2;x␇b,c\u{FFFD}d\u{FFFD}\r\n")
    }

    func testHoursHaveAtMostTwoDecimals() {
        XCTAssertEqual(VolunteerHours.hoursText(90, decimalComma: false), "1.5")
        XCTAssertEqual(VolunteerHours.hoursText(90, decimalComma: true), "1,5")
        XCTAssertEqual(VolunteerHours.hoursText(20, decimalComma: false), "0.33")
        XCTAssertEqual(VolunteerHours.hoursText(45, decimalComma: true), "0,75")
        XCTAssertEqual(VolunteerHours.hoursText(0, decimalComma: false), "0")
        XCTAssertEqual(VolunteerHours.hoursText(600, decimalComma: false), "10")
    }

    func testAShiftCountsUnderTheGroupItShares() {
        let event = Event(id: "e1", title: "Café", start: LocalDateTime(day: Day(ordinal: 0), minutes: 600), groups: ["Kulturkorpset", "IT-caféen"])
        let shift = Shift(id: "s1", event: "e1", date: Day(ordinal: 0), volunteer: "v1")
        XCTAssertEqual(VolunteerHours.group(of: shift, event: event, volunteer: Volunteer(id: "v1", name: "A", groups: ["IT-caféen"])), "IT-caféen")
        XCTAssertEqual(VolunteerHours.group(of: shift, event: event, volunteer: Volunteer(id: "v1", name: "A", groups: ["Læsehund"])), "Kulturkorpset")
        XCTAssertEqual(VolunteerHours.group(of: shift, event: Event(id: "e2", title: "x", start: event.start),
                                            volunteer: Volunteer(id: "v1", name: "A", groups: ["Læsehund"])), "Læsehund")
        XCTAssertEqual(VolunteerHours.group(of: shift, event: Event(id: "e2", title: "x", start: event.start), volunteer: nil), "")
    }
}
