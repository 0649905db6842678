import BibplanResources
import Foundation
import XCTest
@testable import BibplanCore

/// The iCalendar writer and reader: syntax, time zones, series, and the round trip.
final class ICSTests: XCTestCase {
    private static let stamp = LocalDateTime(day: Day(ordinal: 20_000), minutes: 0)

    private func sample(_ id: String) throws -> Library {
        let text = try XCTUnwrap(EmbeddedResources.sampleLibraries[id])
        return try LibraryCodec.decode(Array(text.utf8), file: id + ".json")
    }

    private func export(_ library: Library, range: DayRange? = nil, initiative: String? = nil) -> [UInt8] {
        ICSWriter.encode(library, options: ICSWriter.Options(from: range?.first, to: range?.last, initiative: initiative, stamp: Self.stamp))
    }

    private func unfolded(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    private func importProblems(_ text: String, into library: Library, strict: Bool = false) -> [ICSProblem] {
        do throws(ICSProblems) {
            _ = try ICSImport.read(Array(text.utf8), file: "in.ics", library: library, strict: strict)
            return []
        } catch {
            return error.problems
        }
    }

    private func occurrences(_ library: Library, _ range: DayRange) -> [String] {
        let index = LibraryIndex(library)
        return index.occurrences(in: range).map { "\($0.start.iso)–\($0.end.iso) \(index.event(of: $0).title)" }.sorted()
    }

    private static let plan = DayRange(Day(year: 2026, month: 1, day: 1) ?? Day(ordinal: 0), Day(year: 2027, month: 12, day: 31) ?? Day(ordinal: 0))

    // MARK: Writing

    func testSeriesKeepTheirRuleAndExdatesWithStableUIDs() throws {
        let library = try sample("glostrup")
        let lines = unfolded(export(library))
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, library.events.count)
        XCTAssertTrue(lines.contains("UID:e1@glostrup.bibplan"))
        XCTAssertTrue(lines.contains("RRULE:FREQ=MONTHLY;BYDAY=2SA"))
        XCTAssertTrue(lines.contains("EXDATE;TZID=Europe/Copenhagen:20261225T140000,20270326T140000,20271231T140000"))
        XCTAssertTrue(lines.contains("DTSTART;TZID=Europe/Copenhagen:20260110T100000"))
        // UNTIL 23:59:59 in summer time is 21:59:59 UTC.
        XCTAssertTrue(lines.contains("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260806T215959Z"), lines.filter { $0.hasPrefix("RRULE") }.joined(separator: "\n"))
        XCTAssertEqual(export(library), export(library), "the same library gives the same bytes")
    }

    func testASeriesThatSkipsClosingDaysExportsThemAsExdates() throws {
        var library = Library(id: "test", name: "Test")
        var event = Event(id: "e1", title: "Samtalecafé", start: try XCTUnwrap(LocalDateTime(iso: "2026-01-05T10:00")), rrule: "FREQ=WEEKLY;BYDAY=MO")
        event.onClosingDay = .skip
        library.events = [event]
        let lines = unfolded(export(library, range: DayRange(try XCTUnwrap(Day(iso: "2026-01-01")), try XCTUnwrap(Day(iso: "2026-06-30")))))
        let exdates = lines.filter { $0.hasPrefix("EXDATE") }.joined()
        XCTAssertTrue(exdates.contains("20260406T100000"), "2. påskedag 2026: \(exdates)")
        XCTAssertTrue(exdates.contains("20260525T100000"), "2. pinsedag 2026: \(exdates)")
        XCTAssertEqual(occurrences(library, DayRange(try XCTUnwrap(Day(iso: "2026-04-06")), try XCTUnwrap(Day(iso: "2026-04-06")))), [],
                       "bibplan itself leaves the day out too")
        library.events[0].onClosingDay = .flag
        XCTAssertFalse(unfolded(export(library)).contains { $0.hasPrefix("EXDATE") }, "a flagged series keeps its days")
    }

    func testRangeCutsSeriesToTheirDaysInIt() throws {
        let library = try sample("glostrup")
        let december = DayRange(Day(year: 2026, month: 12, day: 1) ?? Day(ordinal: 0), Day(year: 2026, month: 12, day: 31) ?? Day(ordinal: 0))
        let bytes = export(library, range: december)
        let lines = unfolded(bytes)
        // The repair café's December day is 12 December; it starts and ends there.
        let start = try XCTUnwrap(lines.firstIndex(of: "UID:e1@glostrup.bibplan"))
        XCTAssertEqual(lines[start + 2], "DTSTART;TZID=Europe/Copenhagen:20261212T100000")
        XCTAssertEqual(lines[start + 4], "RRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20261212T090000Z")
        let reimported = try roundTrip(bytes)
        XCTAssertEqual(occurrences(reimported, Self.plan), occurrences(library, december))
    }

    func testFromAloneKeepsTheRestOfACountedSeries() throws {
        let library = try sample("glostrup")
        // e20 is four Tuesdays from 6 October 2026; from 14 October two are left.
        let from = Day(year: 2026, month: 10, day: 14) ?? Day(ordinal: 0)
        let bytes = ICSWriter.encode(library, options: ICSWriter.Options(from: from, stamp: Self.stamp))
        let lines = unfolded(bytes)
        let start = try XCTUnwrap(lines.firstIndex(of: "UID:e20@glostrup.bibplan"))
        XCTAssertEqual(lines[start + 2], "DTSTART;TZID=Europe/Copenhagen:20261020T190000")
        XCTAssertEqual(lines[start + 4], "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2")
        let later = DayRange(from, Day(year: 2027, month: 12, day: 31) ?? from)
        XCTAssertEqual(occurrences(try roundTrip(bytes), later), occurrences(library, later))
    }

    func testOneInitiativesEvents() throws {
        let library = try sample("glostrup")
        let lines = unfolded(export(library, initiative: "i25"))
        XCTAssertEqual(lines.filter { $0.hasPrefix("UID:") }, ["UID:e3@glostrup.bibplan", "UID:e5@glostrup.bibplan"])
    }

    func testAnyOtherZoneGetsItsOwnVTimeZone() {
        var library = Library(id: "nuuk", name: "Nuuk", timeZone: "America/Nuuk")
        library.events = [Event(id: "e1", title: "Læsekreds", start: LocalDateTime(iso: "2026-03-02T19:00") ?? LocalDateTime(day: Day(ordinal: 0), minutes: 0),
                                rrule: "FREQ=WEEKLY;COUNT=3")]
        let lines = unfolded(export(library))
        XCTAssertTrue(lines.contains("TZID:America/Nuuk"))
        XCTAssertTrue(lines.contains("DTSTART;TZID=America/Nuuk:20260302T190000"))
        XCTAssertTrue(lines.contains("BEGIN:DAYLIGHT") || lines.contains("BEGIN:STANDARD"))
    }

    func testTextIsEscapedAndLinesFoldWithinUTF8() {
        XCTAssertEqual(ICSText.escape("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf")
        XCTAssertEqual(ICSText.unescape("a\\,b\\;c\\\\d\\ne\\Nf"), "a,b;c\\d\ne\nf")
        XCTAssertEqual(ICSText.unescapeList("Repair café,Kultur\\,korpset"), ["Repair café", "Kultur,korpset"])
        let line = "DESCRIPTION:" + String(repeating: "æøå€", count: 30)
        let parts = String(decoding: ICSText.fold(line), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        XCTAssertGreaterThan(parts.count, 2)
        XCTAssertTrue(parts.allSatisfy { $0.utf8.count <= 75 })
    }

    // MARK: Reading

    func testRoundTripIntoAnEmptyLibraryGivesTheSameOccurrences() throws {
        for id in ["glostrup", "ballerup", "albertslund", "taarnby"] {
            let library = try sample(id)
            let empty = try roundTrip(export(library))
            XCTAssertEqual(empty.events.count, library.events.count, id)
            XCTAssertEqual(occurrences(empty, Self.plan), occurrences(library, Self.plan), id)
            XCTAssertEqual(empty.events.map(\.groups), library.events.map(\.groups), id)
            XCTAssertEqual(empty.events.map(\.volunteersNeeded), library.events.map(\.volunteersNeeded), id)
        }
    }

    func testImportingIntoItsOwnLibraryChangesNothing() throws {
        let library = try sample("glostrup")
        let read = try ICSImport.read(export(library), file: "glostrup.ics", library: library)
        let (after, changes, notices) = read.apply(to: library)
        XCTAssertEqual(after.events, library.events)
        XCTAssertEqual(after, library)
        XCTAssertEqual(changes.map(\.kind), Array(repeating: .unchanged, count: library.events.count))
        XCTAssertEqual(notices, [])
    }

    func testTheSameFileTwiceDoesNotDuplicate() throws {
        let library = try sample("ballerup")
        let bytes = export(library)
        let once = try roundTrip(bytes)
        let twice = try ICSImport.read(bytes, file: "b.ics", library: once).apply(to: once)
        XCTAssertEqual(twice.library, once)
        XCTAssertTrue(twice.changes.allSatisfy { $0.kind == .unchanged })
    }

    func testForeignCalendarWithUTCAndDuration() throws {
        let text = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        BEGIN:VEVENT\r
        UID:abc-123@example.com\r
        DTSTART:20260615T170000Z\r
        DURATION:PT1H30M\r
        SUMMARY:Sommerfest\\, for alle\r
        DESCRIPTION:Kom og vær med\\nHele familien\r
        BEGIN:VALARM\r
        TRIGGER:-PT15M\r
        END:VALARM\r
        END:VEVENT\r
        BEGIN:VTODO\r
        UID:t1\r
        END:VTODO\r
        END:VCALENDAR\r

        """
        let library = Library(id: "tom", name: "Tom")
        let read = try ICSImport.read(Array(text.utf8), file: "x.ics", library: library)
        XCTAssertEqual(read.notices.map(\.line), [13])
        let event = try XCTUnwrap(read.events.first)
        XCTAssertEqual(event.id, "ics-" + ICSImport.hash("abc-123@example.com"))
        XCTAssertEqual(event.start.iso, "2026-06-15T19:00", "17:00 UTC is 19:00 summer time")
        XCTAssertEqual(event.durationMinutes, 90)
        XCTAssertEqual(event.title, "Sommerfest, for alle")
        XCTAssertEqual(event.description, "Kom og vær med\nHele familien")
    }

    func testStrictRefusesWhatLenientSkipsAndEachIsNamedByLine() throws {
        let text = """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        UID:1
        SUMMARY:A
        DTSTART;TZID=Mars/Olympus:20260101T100000
        END:VEVENT
        BEGIN:VEVENT
        UID:2
        SUMMARY:B
        DTSTART;TZID=Europe/Copenhagen:20260101T100000
        RRULE:FREQ=MONTHLY;BYDAY=MO;BYHOUR=1
        EXRULE:FREQ=WEEKLY
        END:VEVENT
        BEGIN:VEVENT
        UID:3
        DTSTART:20260101T100000
        END:VEVENT
        END:VCALENDAR
        """
        let library = Library(id: "tom", name: "Tom")
        XCTAssertEqual(importProblems(text, into: library, strict: true).map(\.description), [
            "in.ics:5: DTSTART: TZID=Mars/Olympus is a time zone neither this system nor the file's VTIMEZONEs define",
            "in.ics:11: RRULE: BYHOUR is not supported",
            "in.ics:12: EXRULE: an exclusion rule is not supported; list the days with EXDATE",
            "in.ics:14: SUMMARY: missing; the event is called \"(uden titel)\"",
        ])
        let lenient = try ICSImport.read(Array(text.utf8), file: "in.ics", library: library, untitled: "(untitled)")
        XCTAssertEqual(lenient.events.map(\.title), ["(untitled)"])
        XCTAssertEqual(lenient.skippedEvents, 2)
        XCTAssertEqual(lenient.skipped.map(\.line), [5, 11, 12])
        XCTAssertEqual(lenient.warnings.map(\.line), [14])
    }

    func testAStartOutsideItsRuleBecomesItsOwnEventBesideTheSeries() throws {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:A\nDTSTART:20260105T100000\nRRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3\nEND:VEVENT\nEND:VCALENDAR\n"
        let library = Library(id: "tom", name: "Tom")
        let read = try ICSImport.read(Array(text.utf8), file: "in.ics", library: library)
        XCTAssertEqual(read.events.map(\.start.iso), ["2026-01-06T10:00", "2026-01-05T10:00"], "5 January 2026 is a Monday")
        XCTAssertEqual(read.events.map(\.rrule), ["FREQ=WEEKLY;BYDAY=TU;COUNT=2", nil], "RFC 5545 counts DTSTART as the first of the three")
        XCTAssertEqual(read.notices.map(\.line), [5])
        let excluded = text.replacingOccurrences(of: "END:VEVENT", with: "EXDATE:20260105T100000\nEND:VEVENT")
        XCTAssertEqual(try ICSImport.read(Array(excluded.utf8), file: "in.ics", library: library).events.count, 1)
    }

    func testASeriesInAnotherZoneFromLongBeforeThePlanGivesItsTimesInThePlan() throws {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:ny\nSUMMARY:Webinar\nDTSTART;TZID=America/New_York:19900103T120000\n"
            + "RRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR\n"
        let plan = Plan(title: "Plan", from: Day(iso: "2026-01-01"), to: Day(iso: "2027-12-31"))
        let read = try ICSImport.read(Array(text.utf8), file: "ny.ics", library: Library(id: "tom", name: "Tom", plan: plan))
        XCTAssertEqual(read.events.count, 730, "every day of 2026 and 2027")
        XCTAssertEqual(read.events.map(\.start.iso).filter { ["2026-03-07", "2026-03-09", "2026-03-28", "2026-03-29"].contains($0.prefix(10)) },
                       ["2026-03-07T18:00", "2026-03-09T17:00", "2026-03-28T17:00", "2026-03-29T18:00"],
                       "New York changes on 8 March, Copenhagen on 29 March")
    }

    func testMalformedLinesAreWarningsAndStrictRefusesThem() throws {
        let library = Library(id: "tom", name: "Tom")
        let event = "BEGIN:VEVENT\nUID:1\nDTSTART:20260101T100000\nSUMMARY:x\n"
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\n\(event)SUMMARY A\nEND:VEVENT\nEND:VCALENDAR\n", into: library, strict: true)
            .map(\.description), ["in.ics:6: SUMMARY: no ':' before the value; the line is left out"])
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\n\(event)END:VEVENTT\nEND:VCALENDAR\n", into: library, strict: true).map(\.description),
                       ["in.ics:6: END: END:VEVENTT taken as END:VEVENT of line 2"])
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\n\(event)END:VCALENDAR\n", into: library, strict: true).map(\.description),
                       ["in.ics:2: BEGIN: BEGIN:VEVENT is closed by END:VCALENDAR of line 6"])
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\n\(event)", into: library, strict: true).map(\.line), [1, 2])
        XCTAssertEqual(importProblems("hello", into: library).map(\.line), [1], "not iCalendar at all is refused even when lenient")
        for damaged in ["\(event)SUMMARY A\nEND:VEVENT", "\(event)END:VEVENTT", event, "\(event)X-BROKEN\nEND:VEVENT"] {
            let read = try ICSImport.read(Array("BEGIN:VCALENDAR\n\(damaged)\nEND:VCALENDAR\n".utf8), file: "in.ics", library: library)
            XCTAssertEqual(read.events.map(\.title), ["x"], damaged)
            XCTAssertEqual(read.warnings.count, 1, damaged)
        }
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:x\nDTSTART:2026011\nEND:VEVENT\nEND:VCALENDAR", into: library,
                                      strict: true).map(\.description),
                       ["in.ics:5: DTSTART: \"2026011\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)"])
        var bytes = Array("BEGIN:VCALENDAR\nX-A:".utf8) + [0xC3, 0x28] + Array("\nEND:VCALENDAR\n".utf8)
        bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        do throws(ICSProblems) {
            _ = try ICSImport.read(bytes, file: "in.ics", library: library, strict: true)
            XCTFail("invalid UTF-8 accepted")
        } catch {
            XCTAssertEqual(error.problems.map(\.description), ["in.ics:2: not UTF-8 text; the line is left out"])
        }
    }

    func testDurationsAndAllDayEvents() throws {
        XCTAssertEqual(try ICSDuration.minutes("PT1H30M"), 90)
        XCTAssertEqual(try ICSDuration.minutes("P1DT2H"), 1560)
        XCTAssertEqual(try ICSDuration.minutes("P2W"), 20160)
        XCTAssertEqual(try ICSDuration.minutes("-PT1H"), -60)
        for malformed in ["PT", "P1H", "P", "PTH", "P1DT", "1D"] {
            XCTAssertThrowsError(try ICSDuration.minutes(malformed), malformed) { XCTAssertEqual($0 as? ICSDuration.Failure, .malformed, malformed) }
        }
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\nSUMMARY:Bogudsalg\nDTSTART;VALUE=DATE:20260905\nDTEND;VALUE=DATE:20260907\n"
            + "RRULE:FREQ=YEARLY\nEXDATE;VALUE=DATE:20270905\nEND:VEVENT\nEND:VCALENDAR\n"
        let event = try XCTUnwrap(ICSImport.read(Array(text.utf8), file: "a.ics", library: Library(id: "tom", name: "Tom")).events.first)
        XCTAssertEqual(event.start.iso, "2026-09-05T00:00")
        XCTAssertEqual(event.durationMinutes, 2880)
        XCTAssertEqual(event.rrule, "FREQ=YEARLY")
        XCTAssertEqual(event.exdates.map(\.iso), ["2027-09-05"])
    }

    /// The exported bytes imported into an empty library of another id.
    private func roundTrip(_ bytes: [UInt8]) throws -> Library {
        let empty = Library(id: "tom", name: "Tom")
        let read = try ICSImport.read(bytes, file: "export.ics", library: empty)
        let after = read.apply(to: empty).library
        XCTAssertEqual(LibraryValidator.problems(in: after, file: "tom.json"), [])
        return after
    }
}
