import BibplanCore
import BibplanResources
import XCTest

/// One view across the four sample libraries.
final class OverviewTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    private func sample(_ id: String) throws -> LibraryIndex {
        let text = try XCTUnwrap(EmbeddedResources.sampleLibraries[id])
        return LibraryIndex(try LibraryCodec.decode(Array(text.utf8), file: id + ".json"))
    }

    private func overview() throws -> Overview {
        Overview(libraries: try ["taarnby", "glostrup", "albertslund", "ballerup"].map(sample), today: today)
    }

    func testEveryLibraryInOneSummaryInIdOrder() throws {
        let summaries = try overview().summaries
        XCTAssertEqual(summaries.map(\.id), ["albertslund", "ballerup", "glostrup", "taarnby"])
        let glostrup = try XCTUnwrap(summaries.first { $0.id == "glostrup" })
        XCTAssertEqual(GoalStatus.allCases.reduce(0) { $0 + glostrup.goals($1) }, 26)
        let index = try sample("glostrup")
        XCTAssertEqual(glostrup.eventsThisWeek, index.occurrences(in: DayRange(today, today.adding(days: 6))).count)
        XCTAssertGreaterThan(glostrup.eventsThisWeek, 5)
        XCTAssertEqual(glostrup.openSlots, index.unfilled(in: DayRange(today, today.adding(days: 27))).reduce(0) { $0 + $1.missing })
    }

    func testThemesLineUpTheLibrariesWorkingOnTheSameThing() throws {
        let overview = try overview()
        let themes = overview.themes
        let volunteering = try XCTUnwrap(themes.first { $0.theme == .volunteering }?.items)
        XCTAssertEqual(Set(volunteering.map(\.libraryID)), ["glostrup", "taarnby"])
        XCTAssertTrue(volunteering.contains { $0.libraryID == "taarnby" && $0.kind == .goal && $0.title == "Frivillighed" })
        XCTAssertTrue(volunteering.contains { $0.libraryID == "glostrup" && $0.kind == .initiative && $0.title == "Læsehunden" })
        let sustainability = try XCTUnwrap(themes.first { $0.theme == .sustainability }?.items)
        XCTAssertEqual(overview.libraryCount(of: sustainability), 3, "Albertslund, Ballerup and Glostrup work on it")
        XCTAssertEqual(volunteering.map(\.libraryID), volunteering.map(\.libraryID).sorted(), "libraries in order")
    }

    func testAPartnerOfSeveralLibrariesAppearsOnceAndFirst() throws {
        var albertslund = try sample("albertslund").library
        albertslund.initiatives[0].partners = [" røde kors glostrup "]
        let overview = Overview(libraries: [LibraryIndex(albertslund), try sample("glostrup")], today: today)
        let partners = overview.partners
        let first = try XCTUnwrap(partners.first)
        XCTAssertEqual(first.libraryIDs, ["albertslund", "glostrup"])
        XCTAssertEqual(first.name, "røde kors glostrup")
        XCTAssertEqual(partners.filter { $0.name.lowercased() == "røde kors glostrup" }.count, 1)
        XCTAssertEqual(first.initiatives.filter { $0.libraryID == "glostrup" }.map(\.id), ["i25", "i27", "i28"],
                       "\"Røde Kors i Glostrup\" (i27) is the same partner as \"Røde Kors Glostrup\"")
    }

    func testTheCombinedCalendarMarksEachEventWithItsLibrary() throws {
        let overview = try overview()
        let week = overview.week
        let all = overview.occurrences(in: week)
        let counts = overview.libraries.map { $0.occurrences(in: week).count }
        XCTAssertEqual(all.count, counts.reduce(0, +))
        XCTAssertEqual(all.map(\.occurrence.start), all.map(\.occurrence.start).sorted())
        let onlyTwo = overview.occurrences(in: week, libraries: ["ballerup", "taarnby"])
        XCTAssertTrue(onlyTwo.allSatisfy { ["ballerup", "taarnby"].contains(overview.libraries[$0.library].library.id) })
        XCTAssertEqual(onlyTwo.count, counts[1] + counts[3])
    }

    func testTheCombinedCalendarListsACancelledTimeAsOneLibraryDoes() throws {
        var glostrup = try sample("glostrup").library
        let day = Day(year: 2026, month: 11, day: 28)!
        glostrup.cancelOccurrence(event: "e9", on: day, reason: "Lokalet males")
        let index = LibraryIndex(glostrup)
        let overview = Overview(libraries: [index, try sample("ballerup")], today: today)
        let listed = overview.occurrences(in: DayRange(day: day), listed: true).filter { $0.library == 1 }.map(\.occurrence)
        XCTAssertEqual(listed, index.listedOccurrences(in: DayRange(day: day)))
        XCTAssertTrue(listed.contains { index.event(of: $0).id == "e9" && index.cancellation(of: $0)?.reason == "Lokalet males" })
        XCTAssertFalse(overview.occurrences(in: DayRange(day: day)).contains { overview.event(of: $0).id == "e9" },
                       "what takes place leaves it out")
    }
}
