import XCTest
@testable import BibplanCore

/// The iCalendar syntax reader on its own (RFC 5545 section 3.1): lines and folding,
/// content lines with parameters, components nested by BEGIN and END, and the damage
/// it repairs, each as a warning with its line.
final class ICSParserTests: XCTestCase {
    private func parse(_ lines: [String], ending: String = "\r\n") throws -> ICSParsed {
        try ICSParser.parse(Array(lines.joined(separator: ending).utf8), file: "t.ics")
    }

    private func warnings(_ lines: [String]) throws -> [String] {
        try parse(lines).warnings.map(\.description)
    }

    private func onlyEvent(_ parsed: ICSParsed) throws -> ICSComponent {
        let calendar = try XCTUnwrap(parsed.calendars.first)
        XCTAssertEqual(parsed.calendars.count, 1)
        return try XCTUnwrap(calendar.components.first)
    }

    // MARK: Lines and folding

    func testFoldedLinesAreJoinedAndKeepTheLineTheyStartOn() throws {
        let parsed = try parse(["BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Forfatter", " aften med", "\tæøå", "UID:1", "END:VEVENT",
                                "END:VCALENDAR"])
        let event = try onlyEvent(parsed)
        XCTAssertEqual(event.property("SUMMARY")?.value, "Forfatteraften medæøå", "one space or tab of each continuation is dropped")
        XCTAssertEqual(event.property("SUMMARY")?.line, 3)
        XCTAssertEqual(event.property("UID")?.line, 6, "lines are counted physically, continuations included")
        XCTAssertEqual(parsed.warnings, [])
    }

    func testAFoldInsideAMultiByteCharacterJoinsIt() throws {
        // "å" is C3 A5: a writer folding at 75 octets may split it; the halves are joined before decoding.
        var bytes = Array("BEGIN:VCALENDAR\r\nSUMMARY:Bl".utf8) + [0xC3]
        bytes += Array("\r\n ".utf8) + [0xA5] + Array("bær\r\nEND:VCALENDAR\r\n".utf8)
        let parsed = try ICSParser.parse(bytes, file: "t.ics")
        XCTAssertEqual(parsed.calendars.first?.property("SUMMARY")?.value, "Blåbær")
        XCTAssertEqual(parsed.warnings, [])
    }

    func testBareLineFeedsAByteOrderMarkAndBlankLinesAreAccepted() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("BEGIN:VCALENDAR\n\nVERSION:2.0\nEND:VCALENDAR\n".utf8)
        let parsed = try ICSParser.parse(bytes, file: "t.ics")
        XCTAssertEqual(parsed.calendars.first?.property("VERSION")?.value, "2.0")
        XCTAssertEqual(parsed.calendars.first?.property("VERSION")?.line, 3)
        XCTAssertEqual(parsed.warnings, [])
    }

    func testALineThatIsNotUTF8IsLeftOutWithItsNumber() throws {
        var bytes = Array("BEGIN:VCALENDAR\r\nSUMMARY:".utf8) + [0xFF, 0xFE]
        bytes += Array("\r\nVERSION:2.0\r\nEND:VCALENDAR".utf8)
        let parsed = try ICSParser.parse(bytes, file: "t.ics")
        XCTAssertEqual(parsed.warnings.map(\.description), ["t.ics:2: not UTF-8 text; the line is left out"])
        XCTAssertNil(parsed.calendars.first?.property("SUMMARY"))
        XCTAssertEqual(parsed.calendars.first?.property("VERSION")?.value, "2.0")
    }

    func testAContinuationWithNothingBeforeItIsLeftOut() throws {
        XCTAssertEqual(try warnings([" stray", "BEGIN:VCALENDAR", "END:VCALENDAR"]),
                       ["t.ics:1: a continuation line (starting with a space) with nothing before it; left out"])
    }

    // MARK: Content lines

    func testNamesAreUpperCasedAndTheValueKeepsColonsAndCase() throws {
        let property = try ICSParser.contentLine("dtStart;tzid=Europe/Copenhagen:20260101T100000", line: 7, file: "t.ics")
        XCTAssertEqual(property, ICSProperty(name: "DTSTART", parameters: ["TZID": "Europe/Copenhagen"], value: "20260101T100000", line: 7))
        XCTAssertEqual(try ICSParser.contentLine("URL:https://example.org:8080/a;b", line: 1, file: "t.ics").value,
                       "https://example.org:8080/a;b")
        XCTAssertEqual(try ICSParser.contentLine("X-EMPTY:", line: 1, file: "t.ics").value, "")
    }

    func testQuotedParameterValuesMayHoldColonsSemicolonsAndCommas() throws {
        let property = try ICSParser.contentLine(#"ATTENDEE;CN="Hansen; Birthe";DELEGATED-FROM="mailto:a@example.org":mailto:b@x.dk"#,
                                                 line: 1, file: "t.ics")
        XCTAssertEqual(property.parameters, ["CN": "Hansen; Birthe", "DELEGATED-FROM": "mailto:a@example.org"])
        XCTAssertEqual(property.value, "mailto:b@x.dk")
        XCTAssertEqual(try ICSParser.contentLine(#"X;P=a"b:c"d:value"#, line: 1, file: "t.ics").parameters, ["P": "ab:cd"],
                       "quoted and unquoted parts of one value are joined")
    }

    func testMalformedContentLinesAreRefusedWithTheirReason() {
        let cases: [(String, String)] = [
            (":no name", #"t.ics:4: not a content line (NAME:value): ":no name""#),
            ("SUMMARY just text", "t.ics:4: SUMMARY: no ':' before the value"),
            ("DTSTART;TZID:2026", "t.ics:4: DTSTART: a parameter is not NAME=value"),
            ("DTSTART;=x:2026", "t.ics:4: DTSTART: a parameter is not NAME=value"),
            (#"ATTENDEE;CN="never closed:mailto:a@b"#, "t.ics:4: ATTENDEE: a quoted parameter value is never closed"),
        ]
        for (line, message) in cases {
            XCTAssertThrowsError(try ICSParser.contentLine(line, line: 4, file: "t.ics"), line) { error in
                XCTAssertEqual((error as? ICSProblem)?.description, message)
            }
        }
    }

    func testAMalformedLineInAFileIsAWarningAndTheRestIsRead() throws {
        let parsed = try parse(["BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY just text", "UID:1", "END:VEVENT", "END:VCALENDAR"])
        XCTAssertEqual(parsed.warnings.map(\.description), ["t.ics:3: SUMMARY: no ':' before the value; the line is left out"])
        XCTAssertEqual(try onlyEvent(parsed).properties.map(\.name), ["UID"])
    }

    // MARK: Nesting

    func testComponentsNestInOrder() throws {
        let parsed = try parse(["BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:X", "BEGIN:STANDARD", "END:STANDARD", "END:VTIMEZONE",
                                "BEGIN:VEVENT", "UID:1", "BEGIN:VALARM", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
        let calendar = try XCTUnwrap(parsed.calendars.first)
        XCTAssertEqual(calendar.components.map(\.name), ["VTIMEZONE", "VEVENT"])
        XCTAssertEqual(calendar.components.map(\.line), [2, 7])
        XCTAssertEqual(calendar.components[0].components.map(\.name), ["STANDARD"])
        XCTAssertEqual(calendar.components[1].components.first?.property("ACTION")?.value, "DISPLAY")
        XCTAssertEqual(calendar.components[1].properties.map(\.name), ["UID"], "the alarm's properties stay in the alarm")
        XCTAssertEqual(parsed.warnings, [])
    }

    func testTwoCalendarsInOneFile() throws {
        let parsed = try parse(["BEGIN:VCALENDAR", "X-A:1", "END:VCALENDAR", "BEGIN:vcalendar", "X-B:2", "END:vcalendar"])
        XCTAssertEqual(parsed.calendars.map { $0.properties.map(\.value) }, [["1"], ["2"]])
    }

    func testAnEndThatSkipsOpenComponentsClosesThemWithAWarningEach() throws {
        let parsed = try parse(["BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VALARM", "END:VCALENDAR"])
        XCTAssertEqual(parsed.warnings.map(\.description), [
            "t.ics:3: BEGIN: BEGIN:VALARM is closed by END:VCALENDAR of line 4",
            "t.ics:2: BEGIN: BEGIN:VEVENT is closed by END:VCALENDAR of line 4",
        ])
        XCTAssertEqual(try onlyEvent(parsed).components.map(\.name), ["VALARM"])
    }

    func testAnEndNamingNoOpenComponentClosesTheInnermost() throws {
        let parsed = try parse(["BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VTODO", "X-AFTER:1", "END:VCALENDAR"])
        XCTAssertEqual(parsed.warnings.map(\.description), ["t.ics:3: END: END:VTODO taken as END:VEVENT of line 2"])
        XCTAssertEqual(parsed.calendars.first?.property("X-AFTER")?.value, "1", "the next line belongs to the calendar again")
    }

    func testWhatLiesOutsideACalendarIsLeftOutWithAWarning() throws {
        let parsed = try parse(["X-BEFORE:1", "BEGIN:VCALENDAR", "END:VCALENDAR", "END:VEVENT", "BEGIN:VEVENT", "END:VEVENT"])
        XCTAssertEqual(parsed.warnings.map(\.description), [
            "t.ics:1: X-BEFORE: outside BEGIN:VCALENDAR … END:VCALENDAR; left out",
            "t.ics:4: END: END:VEVENT without a BEGIN; left out",
            "t.ics:5: BEGIN: BEGIN:VEVENT outside a VCALENDAR; left out",
        ])
        XCTAssertEqual(parsed.calendars.count, 1)
    }

    func testAComponentNeverClosedIsClosedAtTheEnd() throws {
        let parsed = try parse(["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1"])
        XCTAssertEqual(parsed.warnings.map(\.description), [
            "t.ics:2: BEGIN: BEGIN:VEVENT is never closed with END:VEVENT; closed at the end of the file",
            "t.ics:1: BEGIN: BEGIN:VCALENDAR is never closed with END:VCALENDAR; closed at the end of the file",
        ])
        XCTAssertEqual(try onlyEvent(parsed).property("UID")?.value, "1")
    }

    func testNestingIsAllowedToTheLimitAndRefusedPastIt() throws {
        func nested(_ depth: Int) -> [String] {
            let inner = depth - 1
            return ["BEGIN:VCALENDAR"] + Array(repeating: "BEGIN:X", count: inner) + Array(repeating: "END:X", count: inner) + ["END:VCALENDAR"]
        }
        XCTAssertEqual(try parse(nested(ICSParser.maximumDepth)).calendars.count, 1)
        XCTAssertThrowsError(try parse(nested(ICSParser.maximumDepth + 1))) { error in
            XCTAssertEqual((error as? ICSProblem)?.description, "t.ics:17: BEGIN: components nested more than 16 deep")
        }
    }

    func testAFileWithoutACalendarIsRefused() {
        for lines in [["BEGIN:VEVENT", "END:VEVENT"], ["hello"], []] {
            XCTAssertThrowsError(try parse(lines), "\(lines)") { error in
                XCTAssertEqual((error as? ICSProblem)?.description, "t.ics:1: no BEGIN:VCALENDAR: not an iCalendar file")
            }
        }
    }
}
