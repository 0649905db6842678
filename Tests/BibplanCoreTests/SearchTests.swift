import BibplanCore
import XCTest

/// Search that folds Danish letters both ways, and finds the next and previous day a search matches.
final class SearchTests: XCTestCase {
    private func day(_ text: String) throws -> Day { try XCTUnwrap(Day(iso: text)) }
    private func time(_ text: String) throws -> LocalDateTime { try XCTUnwrap(LocalDateTime(iso: text)) }

    func testDanishLettersTypedEitherWayFindEachOther() {
        let found: [(String, String)] = [
            ("aeldre", "Ældrecenter Dalvangen"), ("hojbjerg", "Højbjerg"), ("hoejbjerg", "Højbjerg"),
            ("tarnby", "Tårnby"), ("TAARNBY", "Tårnby"), ("aa", "Åben fredag"), ("højbjerg", "Hojbjerg Bibliotek"),
            ("høj", "Hoejbjerg"), ("tårnby", "Taarnby"), ("cafe", "Repair café"), ("CAFÉ", "Repair cafe"),
            ("michael", "Michael"), ("el", "Michael"), ("", "anything"),
        ]
        for (query, text) in found { XCTAssertTrue(SearchText.matches(query, in: text), "«\(query)» should find «\(text)»") }
        let missed: [(String, String)] = [("bassin", "Repair café"), ("hoj", "Hald"), ("aeldre", "Alder")]
        for (query, text) in missed { XCTAssertFalse(SearchText.matches(query, in: text), "«\(query)» should not find «\(text)»") }
    }

    /// Repair café every other Saturday from 5/12; one Saturday moved to another room and retitled.
    private func index() throws -> LibraryIndex {
        var repair = Event(id: "e1", title: "Repair café", start: try time("2026-12-05T10:00"), durationMinutes: 180,
                           rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", location: "Hovedbiblioteket")
        repair.overrides = [OccurrenceOverride(date: try day("2027-01-02"), title: "Nytårs-reparation", location: "Højbjerg")]
        let reading = Event(id: "e2", title: "Læsekreds for ældre", start: try time("2026-12-09T14:00"), durationMinutes: 90,
                            location: "Ældrecenter Dalvangen")
        return LibraryIndex(Library(id: "test", name: "Test", events: [repair, reading]))
    }

    func testTheNextAndPreviousMatchingDayAreFoundAcrossTheCalendar() throws {
        let index = try index()
        let start = try day("2026-12-03")
        XCTAssertEqual(index.day(matching: SearchQuery("repair"), from: start, .forward), try day("2026-12-05"))
        XCTAssertEqual(index.day(matching: SearchQuery("repair"), from: try day("2026-12-05"), .forward), try day("2026-12-19"))
        XCTAssertEqual(index.day(matching: SearchQuery("repair"), from: try day("2026-12-19"), .backward), try day("2026-12-05"))
        XCTAssertNil(index.day(matching: SearchQuery("repair"), from: try day("2026-12-05"), .backward))
        XCTAssertEqual(index.day(matching: SearchQuery("aeldre"), from: start, .forward), try day("2026-12-09"))
        XCTAssertNil(index.day(matching: SearchQuery("aeldre"), from: try day("2026-12-09"), .forward), "a single event has no next")
        XCTAssertNil(index.day(matching: SearchQuery("bassin"), from: start, .forward))
    }

    func testAChangedOccurrenceIsFoundByItsOwnTextAndNotByTheSeries() throws {
        let index = try index()
        XCTAssertEqual(index.day(matching: SearchQuery("hojbjerg"), from: try day("2026-12-03"), .forward), try day("2027-01-02"))
        XCTAssertEqual(index.day(matching: SearchQuery("nytårs"), from: try day("2027-06-01"), .backward), try day("2027-01-02"))
        let afterChristmas = try XCTUnwrap(index.day(matching: SearchQuery("repair café"), from: try day("2026-12-19"), .forward))
        XCTAssertEqual(afterChristmas, try day("2027-01-16"), "2/1 is retitled, so the series' title is not on it")
    }

    func testTheSearchStopsAtItsHorizon() throws {
        let index = try index()
        XCTAssertNil(index.day(matching: SearchQuery("aeldre"), from: try day("2026-11-01"), .forward, within: 30))
        XCTAssertEqual(index.day(matching: SearchQuery("aeldre"), from: try day("2026-11-01"), .forward, within: 40), try day("2026-12-09"))
    }
}
