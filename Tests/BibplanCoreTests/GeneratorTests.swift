import Foundation
import XCTest
@testable import BibplanCore

/// The large-library generator, on small options so the tests stay fast.
final class GeneratorTests: XCTestCase {
    private static let small = LibraryGenerator.Options(seed: 7, id: "lille", startYear: 2026, years: 2, series: 24, events: 60,
                                                        volunteers: 80, groups: 6, shifts: 900, goals: 20, initiatives: 15)

    private func decode(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> Library {
        do throws(LibraryLoadError) {
            return try LibraryCodec.decode(bytes, file: "lille.json")
        } catch {
            XCTFail("the generated library has problems:\n\(error)", file: file, line: line)
            throw error
        }
    }

    func testGeneratedLibraryReadsBackWithoutProblems() throws {
        let library = LibraryGenerator.generate(Self.small)
        let decoded = try decode(LibraryCodec.encode(library))
        XCTAssertEqual(decoded, library)
        XCTAssertTrue(LibraryValidator.problems(in: library, file: "lille.json").isEmpty)
    }

    func testCountsFollowTheOptions() {
        let options = Self.small
        let library = LibraryGenerator.generate(options)
        XCTAssertEqual(library.id, "lille")
        XCTAssertEqual(library.events.count, options.series + options.events)
        XCTAssertEqual(library.events.filter { $0.rrule != nil }.count, options.series)
        XCTAssertEqual(library.volunteers.count, options.volunteers)
        XCTAssertEqual(library.shifts.count, options.shifts)
        XCTAssertEqual(library.goals.count, options.goals)
        XCTAssertEqual(library.initiatives.count, options.initiatives)
        XCTAssertEqual(Set(library.volunteers.flatMap(\.groups)).count, options.groups)
        XCTAssertEqual(library.plan?.from, Day(year: 2026, month: 1, day: 1))
        XCTAssertEqual(library.plan?.to, Day(year: 2027, month: 12, day: 31))
    }

    func testSameSeedSameBytesOtherSeedOtherBytes() {
        let first = LibraryCodec.encode(LibraryGenerator.generate(Self.small))
        let again = LibraryCodec.encode(LibraryGenerator.generate(Self.small))
        var other = Self.small
        other.seed = 8
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, LibraryCodec.encode(LibraryGenerator.generate(other)))
        XCTAssertEqual(ics(LibraryGenerator.generate(Self.small)), ics(LibraryGenerator.generate(Self.small)))
    }

    func testRandomNumbersAreFixedForASeed() {
        // SplitMix64's published first outputs for seed 0: the stream never depends on the platform.
        var random = GeneratorRandom(seed: 0)
        XCTAssertEqual(random.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(random.next(), 0x6E78_9E6A_A1B9_65F4)
        var bounded = GeneratorRandom(seed: 42)
        for _ in 0..<1000 { XCTAssertTrue((3...9).contains(bounded.int(3...9))) }
    }

    func testSeriesOfEveryKindStartOnARealOccurrence() throws {
        let library = LibraryGenerator.generate(LibraryGenerator.Options(seed: 3, years: 2, series: 120, events: 0, volunteers: 0,
                                                                         shifts: 0, goals: 0, initiatives: 0))
        let rules = library.events.compactMap(\.rrule)
        XCTAssertTrue(rules.contains { $0.hasPrefix("FREQ=WEEKLY;BYDAY=") }, "weekly")
        XCTAssertTrue(rules.contains { $0.contains("INTERVAL=2") }, "fortnightly")
        XCTAssertTrue(rules.contains { $0.range(of: #"FREQ=MONTHLY;BYDAY=-?\d[A-Z]{2}"#, options: .regularExpression) != nil }, "ordinal weekday")
        XCTAssertTrue(rules.contains { $0.contains("BYMONTHDAY=") }, "day of month")
        XCTAssertTrue(rules.contains { $0.contains("BYDAY=-1") }, "last weekday of the month")
        let index = LibraryIndex(library)
        for (position, event) in library.events.enumerated() {
            let rule = try XCTUnwrap(index.rules[position], event.rrule ?? "")
            XCTAssertEqual(rule.days(startingAt: event.start, in: DayRange(day: event.start.day)), [event.start.day], event.id)
            for exdate in event.exdates {
                XCTAssertEqual(rule.days(startingAt: event.start, in: DayRange(day: exdate)), [exdate], "\(event.id) \(exdate)")
            }
        }
    }

    func testShiftsAreOnRealOccurrencesByVolunteersOfTheEventsGroups() throws {
        let library = LibraryGenerator.generate(Self.small)
        let index = LibraryIndex(library)
        var seen = Set<String>()
        for shift in library.shifts {
            let event = try XCTUnwrap(index.event(shift.event))
            let volunteer = try XCTUnwrap(index.volunteer(shift.volunteer))
            XCTAssertNotNil(index.occurrence(of: shift), "\(shift.id) is not on a day of \(event.id)")
            XCTAssertFalse(Set(event.groups).isDisjoint(with: volunteer.groups), "\(volunteer.id) is in none of \(event.id)'s groups")
            XCTAssertTrue(volunteer.active)
            XCTAssertTrue(seen.insert("\(shift.event) \(shift.date) \(shift.volunteer)").inserted, "duplicate \(shift.id)")
        }
    }

    func testGoalTreeHasTwoAndThreeLevelsAndInitiativesLinkIt() throws {
        let library = LibraryGenerator.generate(LibraryGenerator.Options(seed: 5, years: 1, series: 4, events: 4, volunteers: 10,
                                                                         shifts: 10, goals: 60, initiatives: 30))
        let byID = Dictionary(uniqueKeysWithValues: library.goals.map { ($0.id, $0) })
        func depth(_ goal: Goal) -> Int { goal.parent.flatMap { byID[$0] }.map { depth($0) + 1 } ?? 1 }
        let depths = Set(library.goals.map(depth))
        XCTAssertEqual(depths, [1, 2, 3])
        XCTAssertTrue(library.initiatives.allSatisfy { !$0.goals.isEmpty && $0.goals.allSatisfy { byID[$0] != nil } })
        let initiativeIDs = Set(library.initiatives.map(\.id))
        XCTAssertTrue(library.events.contains { $0.initiative != nil })
        XCTAssertTrue(library.events.compactMap(\.initiative).allSatisfy(initiativeIDs.contains))
    }

    func testDanishLetters() {
        let library = LibraryGenerator.generate(Self.small)
        let text = library.volunteers.map(\.name).joined() + library.events.map(\.title).joined() + library.events.map(\.location).joined()
        for letter in ["æ", "ø", "å"] { XCTAssertTrue(text.contains(letter), letter) }
        XCTAssertTrue(library.volunteers.allSatisfy { $0.email.isEmpty || $0.email.allSatisfy(\.isASCII) })
    }

    func testMoreShiftsThanSlotsStaysValid() throws {
        var options = Self.small
        options.shifts = 1_000_000
        let library = LibraryGenerator.generate(options)
        XCTAssertGreaterThan(library.shifts.count, Self.small.shifts)
        XCTAssertLessThan(library.shifts.count, options.shifts)
        _ = try decode(LibraryCodec.encode(library))
    }

    func testEmptyOptionsGiveAnEmptyButValidLibrary() throws {
        let library = LibraryGenerator.generate(LibraryGenerator.Options(series: 0, events: 0, volunteers: 0, groups: 0, shifts: 100,
                                                                         goals: 0, initiatives: 0))
        XCTAssertTrue(library.events.isEmpty && library.shifts.isEmpty && library.goals.isEmpty)
        _ = try decode(LibraryCodec.encode(library))
    }

    // MARK: iCalendar

    func testICalendarIsFoldedEscapedAndComplete() throws {
        let library = LibraryGenerator.generate(Self.small)
        let bytes = ics(library)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertFalse(lines.contains { $0.contains("\n") || $0.contains("\r") }, "every line ends in CRLF")
        for line in lines { XCTAssertLessThanOrEqual(line.utf8.count, 75, line) }
        // Unfolded, every event is there with its rule, exdates and escaped location.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        XCTAssertEqual(unfolded.filter { $0 == "BEGIN:VEVENT" }.count, library.events.count)
        for event in library.events.prefix(10) {
            XCTAssertTrue(unfolded.contains("UID:\(event.id)@lille.bibplan"))
            XCTAssertTrue(unfolded.contains("SUMMARY:" + ICSText.escape(event.title)))
            XCTAssertTrue(unfolded.contains("DTSTART;TZID=Europe/Copenhagen:" + ICSText.compact(event.start)))
            XCTAssertTrue(unfolded.contains("LOCATION:" + event.location.replacingOccurrences(of: ",", with: "\\,")))
            if let rule = event.rrule, !rule.contains("UNTIL") { XCTAssertTrue(unfolded.contains("RRULE:" + rule), rule) }
            if !event.exdates.isEmpty {
                let exdates = event.exdates.map { ICSText.compact(LocalDateTime(day: $0, minutes: event.start.minutes)) }
                XCTAssertTrue(unfolded.contains("EXDATE;TZID=Europe/Copenhagen:" + exdates.joined(separator: ",")))
            }
        }
        XCTAssertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"))
    }

    func testICalendarEscapingAndFoldingKeepsUTF8Whole() {
        XCTAssertEqual(ICSText.escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne")
        let line = "SUMMARY:" + String(repeating: "æøå", count: 40)
        let folded = ICSText.fold(line)
        let parts = String(decoding: folded, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        XCTAssertGreaterThan(parts.count, 1)
        for part in parts { XCTAssertLessThanOrEqual(part.utf8.count, 75) }
        XCTAssertEqual(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), line)
    }

    func testUntilIsWrittenInUTCWhenTimesCarryTheZone() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630")
        let zone = try XCTUnwrap(ICSTimeZone(identifier: "Europe/Copenhagen"))
        // 23:59:59 summer time in Copenhagen is 21:59:59 UTC.
        XCTAssertEqual(ICSWriter.ruleText(rule, zone: zone), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T215959Z")
        XCTAssertEqual(ICSWriter.ruleText(try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231"), zone: zone),
                       "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T225959Z")
        XCTAssertEqual(ICSWriter.ruleText(rule, zone: nil), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T235959")
    }

    private func ics(_ library: Library) -> [UInt8] {
        ICSWriter.encode(library, options: ICSWriter.Options(stamp: LocalDateTime(day: library.plan?.from ?? Day(ordinal: 0), minutes: 0)))
    }
}
