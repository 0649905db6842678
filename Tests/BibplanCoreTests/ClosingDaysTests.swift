import XCTest
@testable import BibplanCore

/// Closing days applied to series (remind's OMIT): public holidays by default, the
/// library's own days, skip against flag against hold. The expected holiday dates were
/// computed apart from bibplan, with python-dateutil's `easter`, and are written out here.
final class ClosingDaysTests: XCTestCase {
    /// Every Thursday that is a Danish public holiday in 2026–2028.
    private static let thursdayHolidays = [
        "2026-01-01": "nytårsdag", "2026-04-02": "skærtorsdag", "2026-05-14": "Kristi himmelfartsdag",
        "2027-03-25": "skærtorsdag", "2027-05-06": "Kristi himmelfartsdag",
        "2028-04-13": "skærtorsdag", "2028-05-25": "Kristi himmelfartsdag",
    ]
    /// Every Monday that is a Danish public holiday in 2026–2028.
    private static let mondayHolidays = [
        "2026-04-06": "2. påskedag", "2026-05-25": "2. pinsedag",
        "2027-03-29": "2. påskedag", "2027-05-17": "2. pinsedag",
        "2028-04-17": "2. påskedag", "2028-06-05": "2. pinsedag", "2028-12-25": "juledag",
    ]
    private let threeYears = DayRange(Day(year: 2026, month: 1, day: 1) ?? Day(ordinal: 0), Day(year: 2028, month: 12, day: 31) ?? Day(ordinal: 0))

    private func at(_ text: String) throws -> LocalDateTime { try XCTUnwrap(LocalDateTime(iso: text)) }

    private func library(_ events: [Event], closingDays: [ClosingDay] = [], hours: OpeningHours? = nil) -> LibraryIndex {
        var library = Library(id: "glostrup", name: "Glostrup Bibliotek", events: events)
        library.closingDays = closingDays
        library.openingHours = hours
        return LibraryIndex(library)
    }

    private func series(_ id: String, _ start: String, _ rule: ClosingDayRule, minutes: Int = 120) throws -> Event {
        var event = Event(id: id, title: id, start: try at(start), durationMinutes: minutes, rrule: "FREQ=WEEKLY")
        event.onClosingDay = rule
        return event
    }

    func testEasterAndTheHolidaysThatFollowItIn2026To2028() throws {
        let expected = ["2026": "2026-04-05", "2027": "2027-03-28", "2028": "2028-04-16"]
        for (year, easter) in expected {
            XCTAssertEqual(DanishHolidays.easterSunday(Int(year) ?? 0)?.iso, easter)
        }
        let whitMondays = [2026, 2027, 2028].compactMap { year in DanishHolidays.holidays(in: year).first { $0.danish == "2. pinsedag" }?.day.iso }
        XCTAssertEqual(whitMondays, ["2026-05-25", "2027-05-17", "2028-06-05"])
    }

    func testASkippingSeriesLeavesOutEveryHolidayOnItsWeekdayAndTheLibrarysOwnDays() throws {
        let jul = try ClosingDay(from: XCTUnwrap(Day(iso: "2026-12-24")), to: XCTUnwrap(Day(iso: "2026-12-26")), reason: "jul")
        let index = library([try series("e1", "2026-01-01T10:00", .skip)], closingDays: [jul])
        let kept = Set(index.occurrences(in: threeYears).map(\.day.iso))
        let everyThursday = Set(stride(from: 0, to: 3 * 366, by: 7).map { threeYears.first.adding(days: $0) }.filter { threeYears.contains($0) }.map(\.iso))
        XCTAssertEqual(everyThursday.subtracting(kept), Set(Self.thursdayHolidays.keys).union(["2026-12-24"]))
        XCTAssertEqual(index.occurrences(of: 0, in: threeYears).count, kept.count, "one event's occurrences skip the same days")
    }

    func testAFlaggingSeriesKeepsItsDaysAndSaysWhyEachIsClosed() throws {
        let index = library([try series("e1", "2026-01-05T10:00", .flag)])
        let occurrences = index.occurrences(in: threeYears)
        XCTAssertEqual(occurrences.count, 156, "every Monday of 2026–2028 stays")
        var flagged: [String: String] = [:]
        for occurrence in occurrences {
            if let notice = index.notice(of: occurrence) { flagged[occurrence.day.iso] = notice.text(.danish) }
        }
        XCTAssertEqual(flagged, Self.mondayHolidays.mapValues { "lukket: " + $0 })
        let christmas = try XCTUnwrap(occurrences.first { $0.day.iso == "2028-12-25" })
        XCTAssertEqual(index.notice(of: christmas)?.text(.english), "closed: Christmas Day")
    }

    func testHoldIsNeverFlaggedAndSkipOnlyTouchesItsOwnEvent() throws {
        // Christmas Day 2026 is a Friday; the series run on Fridays.
        let index = library([try series("held", "2026-12-18T10:00", .hold), try series("skips", "2026-12-18T12:00", .skip),
                             try series("flags", "2026-12-18T14:00", .flag)])
        let christmas = index.occurrences(on: try XCTUnwrap(Day(iso: "2026-12-25")))
        XCTAssertEqual(christmas.map { index.event(of: $0).id }, ["held", "flags"], "only the skipping event is gone on juledag")
        XCTAssertEqual(christmas.map { index.notice(of: $0)?.text(.danish) }, [nil, "lukket: juledag"])
        let nextFriday = index.occurrences(on: try XCTUnwrap(Day(iso: "2027-01-01")))
        XCTAssertEqual(nextFriday.count, 2, "nytårsdag is a Friday too")
        XCTAssertEqual(index.occurrences(on: try XCTUnwrap(Day(iso: "2027-01-08"))).count, 3)
    }

    func testLibraryOpenOnPublicHolidaysHasOnlyItsOwnClosingDays() throws {
        let inventory = ClosingDay(from: try XCTUnwrap(Day(iso: "2027-01-04")), reason: "")
        let index = library([try series("e1", "2026-12-21T10:00", .skip)], closingDays: [inventory],
                            hours: OpeningHours(publicHolidays: .open))
        let days = index.occurrences(in: DayRange(try XCTUnwrap(Day(iso: "2026-12-21")), try XCTUnwrap(Day(iso: "2027-01-11")))).map(\.day.iso)
        XCTAssertEqual(days, ["2026-12-21", "2026-12-28", "2027-01-11"])
        XCTAssertNil(index.closure(on: try XCTUnwrap(Day(iso: "2026-12-25"))))
        XCTAssertEqual(index.closure(on: try XCTUnwrap(Day(iso: "2027-01-04")))?.text(.danish), "lukket", "no reason given, none made up")
    }

    func testAHolidayNamesItselfInsideALongerClosingPeriod() throws {
        let jul = ClosingDay(from: try XCTUnwrap(Day(iso: "2026-12-24")), to: try XCTUnwrap(Day(iso: "2026-12-26")), reason: "jul")
        let index = library([], closingDays: [jul])
        let reasons = ["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-27"].map { text in
            Day(iso: text).flatMap { index.closure(on: $0)?.reason(.danish) } ?? "-"
        }
        XCTAssertEqual(reasons, ["-", "jul", "juledag", "2. juledag", "-"])
    }

    func testOutsideOpeningHoursAndTheDaysOpening() throws {
        let hours = OpeningHours(staffed: WeeklyHours(everyDay: [ClockSpan(from: 600, to: 1140)]),
                                 selfService: WeeklyHours(everyDay: [ClockSpan(from: 420, to: 600), ClockSpan(from: 1140, to: 1320)]))
        let index = library([
            Event(id: "morning", title: "m", start: try at("2026-11-27T08:00"), durationMinutes: 240),
            Event(id: "late", title: "l", start: try at("2026-11-27T21:00"), durationMinutes: 90),
            Event(id: "away", title: "a", start: try at("2026-11-27T21:00"), durationMinutes: 90),
        ].map { event in
            var event = event
            if event.id == "away" { event.onClosingDay = .hold }
            return event
        }, hours: hours)
        let notices = index.occurrences(on: try XCTUnwrap(Day(iso: "2026-11-27"))).map { index.notice(of: $0)?.text(.danish) ?? "ok" }
        XCTAssertEqual(notices, ["ok", "uden for åbningstid", "ok"], "8–12 spans self-service into staffed hours; 21–22:30 runs past 22")
        XCTAssertEqual(index.opening(on: try XCTUnwrap(Day(iso: "2026-11-27")))?.text(.danish), "Åbent 10–19 · selvbetjening 7–10, 19–22")
        XCTAssertEqual(index.opening(on: try XCTUnwrap(Day(iso: "2026-12-25")))?.text(.danish), "Lukket: juledag")
        XCTAssertNil(library([]).opening(on: try XCTUnwrap(Day(iso: "2026-11-27"))), "no hours given, nothing to say")
    }

    func testAWeekdayWithoutHoursIsOutsideThem() throws {
        var week = WeeklyHours()
        week[.monday] = [ClockSpan(from: 600, to: 1140)]
        let index = library([Event(id: "e1", title: "t", start: try at("2026-11-29T11:00"))], hours: OpeningHours(staffed: week))
        let sunday = try XCTUnwrap(index.occurrences(on: try XCTUnwrap(Day(iso: "2026-11-29"))).first)
        XCTAssertEqual(index.notice(of: sunday), .outsideOpeningHours)
        XCTAssertEqual(index.opening(on: sunday.day)?.text(.english), "Not open")
    }
}

/// A shift needs its occurrence: on a day its event skips, there is none.
final class SkippedShiftTests: XCTestCase {
    func testAShiftOnASkippedClosingDayIsAProblemAndOnAFlaggedOneIsNot() throws {
        func text(_ rule: String) -> String {
            """
            { "schema": 1, "id": "glostrup", "name": "Glostrup Bibliotek", "timeZone": "Europe/Copenhagen",
              "events": [ { "id": "e1", "title": "IT-café", "start": "2026-05-07T10:00", "durationMinutes": 120,
                            "rrule": "FREQ=WEEKLY", "onClosingDay": "\(rule)", "groups": ["IT"], "volunteersNeeded": 1 } ],
              "volunteers": [ { "id": "v1", "name": "Birthe", "groups": ["IT"], "active": true } ],
              "shifts": [ { "id": "s1", "event": "e1", "date": "2026-05-14", "volunteer": "v1" } ] }
            """
        }
        do throws(LibraryLoadError) {
            _ = try LibraryCodec.decode(Array(text("skip").utf8), file: "glostrup.json")
            XCTFail("a shift on Kristi himmelfartsdag of a skipping event should be refused")
        } catch {
            XCTAssertEqual(error.problems.map(\.description),
                           [#"glostrup.json:5:52: shifts[0].date: 2026-05-14 is closed: Ascension Day and "IT-café" (e1) skips closing days"#])
        }
        let flagged = try LibraryCodec.decode(Array(text("flag").utf8), file: "glostrup.json")
        let index = LibraryIndex(flagged)
        XCTAssertNotNil(index.occurrence(of: flagged.shifts[0]))
    }
}
