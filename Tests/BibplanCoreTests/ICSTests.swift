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

    private func importProblems(_ text: String, into library: Library) -> [ICSProblem] {
        do throws(ICSProblems) {
            _ = try ICSImport.read(Array(text.utf8), file: "in.ics", library: library)
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
        XCTAssertTrue(lines.contains("EXDATE;TZID=Europe/Copenhagen:20260711T100000,20270710T100000"))
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

    func testUnsupportedThingsAreReportedByLine() {
        let text = """
        BEGIN:VCALENDAR
        BEGIN:VTIMEZONE
        TZID:America/New_York
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:1
        SUMMARY:A
        DTSTART;TZID=America/New_York:20260101T100000
        END:VEVENT
        BEGIN:VEVENT
        UID:2
        SUMMARY:B
        DTSTART;TZID=Europe/Copenhagen:20260101T100000
        RRULE:FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO
        RDATE:20260105T100000
        END:VEVENT
        BEGIN:VEVENT
        UID:3
        DTSTART:20260101T100000
        END:VEVENT
        END:VCALENDAR
        """
        let problems = importProblems(text, into: Library(id: "tom", name: "Tom"))
        XCTAssertEqual(problems.map(\.description), [
            "in.ics:3: TZID: VTIMEZONE America/New_York: only the library's time zone (Europe/Copenhagen) is imported",
            "in.ics:8: DTSTART: TZID=America/New_York: only the library's time zone (Europe/Copenhagen) is imported",
            "in.ics:14: RRULE: BYWEEKNO is not supported",
            "in.ics:15: RDATE: extra dates beside the rule are not supported; give each its own event",
            "in.ics:17: SUMMARY: missing in this VEVENT",
        ])
    }

    func testAStartOutsideItsRuleIsRefused() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:A\nDTSTART:20260105T100000\nRRULE:FREQ=WEEKLY;BYDAY=TU\nEND:VEVENT\nEND:VCALENDAR\n"
        XCTAssertEqual(importProblems(text, into: Library(id: "tom", name: "Tom")).map(\.line), [5], "5 January 2026 is a Monday")
        let excluded = text.replacingOccurrences(of: "END:VEVENT", with: "EXDATE:20260105T100000\nEND:VEVENT")
        XCTAssertEqual(importProblems(excluded, into: Library(id: "tom", name: "Tom")), [])
    }

    func testMalformedFilesNameTheLine() {
        let library = Library(id: "tom", name: "Tom")
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY A\nEND:VEVENT\nEND:VCALENDAR\n", into: library).map(\.description),
                       ["in.ics:3: SUMMARY: no ':' before the value"])
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR\n", into: library).map(\.description),
                       ["in.ics:3: END: END:VCALENDAR closes BEGIN:VEVENT of line 2"])
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\nBEGIN:VEVENT\n", into: library).map(\.line), [2])
        XCTAssertEqual(importProblems("hello", into: library).map(\.line), [1])
        XCTAssertEqual(importProblems("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:x\nDTSTART:2026011\nEND:VEVENT\nEND:VCALENDAR", into: library)
            .map(\.description), ["in.ics:5: DTSTART: \"2026011\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)"])
        var bytes = Array("BEGIN:VCALENDAR\nX-A:".utf8) + [0xC3, 0x28] + Array("\nEND:VCALENDAR\n".utf8)
        bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        do throws(ICSProblems) {
            _ = try ICSImport.read(bytes, file: "in.ics", library: library)
            XCTFail("invalid UTF-8 accepted")
        } catch {
            XCTAssertEqual(error.problems.map(\.description), ["in.ics:2: not UTF-8 text"])
        }
    }

    func testDurationsAndAllDayEvents() throws {
        XCTAssertEqual(ICSImport.durationMinutes("PT1H30M"), 90)
        XCTAssertEqual(ICSImport.durationMinutes("P1DT2H"), 1560)
        XCTAssertEqual(ICSImport.durationMinutes("P2W"), 20160)
        XCTAssertNil(ICSImport.durationMinutes("PT"))
        XCTAssertNil(ICSImport.durationMinutes("-PT1H"))
        XCTAssertNil(ICSImport.durationMinutes("P1H"))
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
