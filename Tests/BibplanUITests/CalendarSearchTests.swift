import BibplanCore
@testable import BibplanUI
import XCTest

/// `/` in the calendar finds matches across the calendar, not only on the day shown.
final class CalendarSearchTests: XCTestCase {
    private let search = Fixtures.key(for: .search, in: .global)

    func testATypedSearchWithNoMatchTodayGoesToTheNextDayThatHasOne() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("3")] + search + Fixtures.typing("aeldre"), &state)
        XCTAssertTrue(render(state).text.contains("Intet om »aeldre« denne dag. (Enter søger videre)"), render(state).text)
        Fixtures.press([.enter], &state)
        XCTAssertEqual(state.calendar.day, try XCTUnwrap(Day(iso: "2026-12-02")), "the Wednesday at Ældrecenter Dalvangen")
        XCTAssertEqual(state.message, "Intet om »aeldre« denne dag · næste: onsdag 2. december 2026")
        let text = render(state).text
        XCTAssertTrue(text.contains("Guidet fælleslæsning"), text)
    }

    func testNextAndPreviousGoFromDateToDateWhileTheSearchLasts() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("3")] + search + Fixtures.typing("faellessang") + [.enter], &state)
        let first = state.calendar.day
        XCTAssertGreaterThan(first, state.today)
        let next = Fixtures.key(for: .nextMatch, in: .search(.calendar))
        let previous = Fixtures.key(for: .previousMatch, in: .search(.calendar))
        Fixtures.press(next, &state)
        XCTAssertGreaterThan(state.calendar.day, first)
        XCTAssertNil(state.overlay, "n is not new while a search lasts")
        Fixtures.press(previous, &state)
        XCTAssertEqual(state.calendar.day, first)
        Fixtures.press(previous, &state)
        XCTAssertLessThan(state.calendar.day, state.today, "the Friday before")
        XCTAssertTrue(render(state).line(23).contains("n næste dato med træf"), render(state).line(23))
        Fixtures.press(Fixtures.key(for: .close, in: .search(.calendar)), &state)
        XCTAssertNil(state.search)
        XCTAssertTrue(render(state).line(23).contains("n nyt arrangement"), render(state).line(23))
        Fixtures.press(Fixtures.key(for: .new, in: .pane(.calendar)), &state)
        XCTAssertNotNil(state.overlay, "n is new again")
    }

    func testASearchWithNoMatchAnywhereSaysSo() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("3")] + search + Fixtures.typing("zzqq") + [.enter], &state)
        XCTAssertEqual(state.calendar.day, state.today)
        XCTAssertEqual(state.message, "Intet i kalenderen om »zzqq«")
        Fixtures.press(Fixtures.key(for: .nextMatch, in: .search(.calendar)), &state)
        XCTAssertEqual(state.message, "Intet senere om »zzqq«")
    }

    func testDanishLettersFoldBothWays() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("3")] + search + Fixtures.typing("krea vaerksted"), &state)
        XCTAssertEqual(CalendarPane.rowCount(state, try XCTUnwrap(state.index)), 1)
        guard var library = state.index?.library else { return XCTFail("no library") }
        library.events.append(Event(id: "x", title: "Vaerksted i Hojbjerg", start: try XCTUnwrap(LocalDateTime(iso: "2026-11-28T15:00")),
                                    durationMinutes: 60, location: "Salen"))
        state.index = LibraryIndex(library)
        state.search = SearchState(query: "højbjerg", editing: false)
        XCTAssertEqual(state.calendar.occurrences(try XCTUnwrap(state.index), search: "højbjerg").count, 1)
    }

    func testTheHelpSaysWhatNMeansWhileSearchingAndExplainsTheCategoryLetters() throws {
        var state = try Fixtures.state(width: 200, height: 50)
        Fixtures.press([.character("3")] + search + Fixtures.typing("krea") + [.enter], &state)
        Fixtures.press(Fixtures.key(for: .help, in: .global), &state)
        let help = render(state).text
        XCTAssertTrue(help.contains("Kalender under en søgning"), help)
        XCTAssertTrue(help.contains("forrige dato med træf"), help)
        let large = render(try Fixtures.state(width: 200, height: 50)).text
        XCTAssertTrue(large.contains("Kategorier: L Litteratur, viden & fællesskaber · B Børn & læseglæde"), "the legend under the list")
    }

    func testViewKeepsTheSelectedOccurrence() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("3"), .down], &state)
        let index = try XCTUnwrap(state.index)
        let selected = state.calendar.occurrences(index, search: nil)[state.calendar.list.selected]
        let view = Fixtures.key(for: .cycleCalendarView, in: .pane(.calendar))
        Fixtures.press(view, &state)
        XCTAssertEqual(state.calendar.mode, .week)
        XCTAssertEqual(state.calendar.occurrences(index, search: nil)[state.calendar.list.selected], selected, "Saturday's, not Monday's")
        Fixtures.press(view + view, &state)
        XCTAssertEqual(state.calendar.mode, .day)
        XCTAssertEqual(state.calendar.day, selected.day)
        XCTAssertEqual(state.calendar.occurrences(index, search: nil)[state.calendar.list.selected], selected)
    }

    func testGoalNumbersAreSearchable() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("1")] + search + Fixtures.typing("2.1"), &state)
        let rows = state.goals.rows(try XCTUnwrap(state.index), search: state.search?.query)
        XCTAssertEqual(rows.map(\.goal.id), ["g2.1"], "the title does not say 2.1")
        XCTAssertTrue(GoalsState.number("3.3", matches: "3.3."))
        XCTAssertTrue(GoalsState.number("3.3", matches: "3"))
        XCTAssertFalse(GoalsState.number("3.3", matches: "3.31"))
    }
}
