import BibplanCore
@testable import BibplanUI
import XCTest

/// State in, keys, state out.
final class UpdateTests: XCTestCase {
    func testNumberKeysTabAndShiftTabSwitchPanes() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("1")], &state)
        XCTAssertEqual(state.pane, .goals)
        Fixtures.press([.tab, .tab], &state)
        XCTAssertEqual(state.pane, .calendar)
        Fixtures.press([.tab], &state)
        XCTAssertEqual(state.pane, .volunteers)
        Fixtures.press([.tab], &state)
        XCTAssertEqual(state.pane, .overview)
        Fixtures.press([.tab], &state)
        XCTAssertEqual(state.pane, .goals)
        Fixtures.press([.backTab, .backTab], &state)
        XCTAssertEqual(state.pane, .volunteers)
    }

    func testCalendarMovesByDayWeekMonthAndBackToToday() throws {
        var state = try Fixtures.state()
        Fixtures.press([.right], &state)
        XCTAssertEqual(state.calendar.day.iso, "2026-11-29")
        Fixtures.press([.character("h"), .character("h")], &state)
        XCTAssertEqual(state.calendar.day.iso, "2026-11-27")
        Fixtures.press([.character("]")], &state)
        XCTAssertEqual(state.calendar.day.iso, "2026-12-04")
        Fixtures.press([.character("}")], &state)
        XCTAssertEqual(state.calendar.day.iso, "2027-01-04")
        Fixtures.press([.character("1"), .character("t")], &state)
        XCTAssertEqual(state.calendar.day.iso, "2026-11-28")
        XCTAssertEqual(state.pane, .calendar)
    }

    func testEnterShowsOccurrenceWithRosterAndEscCloses() throws {
        var state = try Fixtures.state()
        Fixtures.press([.down, .enter], &state)
        guard case .occurrence(let occurrence, _) = state.overlay else { return XCTFail("no occurrence shown") }
        XCTAssertEqual(state.index?.event(of: occurrence).title, "Forfattermøde: tegneforedrag med Jan Kjær")
        let text = render(state).text
        XCTAssertTrue(text.contains("Mikkel Dalsgård"), text)
        Fixtures.press([.escape], &state)
        XCTAssertNil(state.overlay)
    }

    func testGoalTreeExpandsCollapsesAndGoesToParent() throws {
        var state = try Fixtures.state("ballerup")
        Fixtures.press([.character("1")], &state)
        let index = try XCTUnwrap(state.index)
        let topCount = index.topLevelGoals.count
        XCTAssertEqual(state.goals.rows(index, search: nil).count, topCount)
        Fixtures.press([.right], &state)
        let expanded = state.goals.rows(index, search: nil).count
        XCTAssertGreaterThan(expanded, topCount)
        Fixtures.press([.down, .left], &state)
        XCTAssertEqual(state.goals.list.selected, 0, "Left on a child goes to its parent")
        Fixtures.press([.left], &state)
        XCTAssertEqual(state.goals.rows(index, search: nil).count, topCount)
    }

    func testInitiativesOfAGoalAndBackToAll() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("1"), .character("i")], &state)
        XCTAssertEqual(state.pane, .initiatives)
        let index = try XCTUnwrap(state.index)
        let filtered = state.initiatives.rows(index, search: nil)
        XCTAssertLessThan(filtered.count, index.library.initiatives.count)
        XCTAssertTrue(filtered.allSatisfy { $0.goals.contains(index.topLevelGoals[0].id) })
        Fixtures.press([.character("a")], &state)
        XCTAssertEqual(state.initiatives.rows(index, search: nil).count, index.library.initiatives.count)
    }

    func testIncrementalSearchIsAccentInsensitive() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("2"), .character("/")] + Fixtures.typing("aeldre"), &state)
        let index = try XCTUnwrap(state.index)
        let rows = state.initiatives.rows(index, search: state.search?.query)
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { SearchText.matches("ældre", in: $0.title + " " + $0.partners.joined() + " " + $0.owner) })
        Fixtures.press([.enter], &state)
        XCTAssertEqual(state.search?.editing, false)
        Fixtures.press([.escape], &state)
        XCTAssertNil(state.search)
    }

    func testUnknownKeyIsAnsweredInTheStatusLine() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("Z")], &state)
        XCTAssertEqual(state.message, "Tasten Z bruges ikke her (? viser tasterne)")
        XCTAssertTrue(render(state).line(23).hasPrefix("Tasten Z"))
    }

    func testQuitAndControlC() throws {
        var state = try Fixtures.state()
        XCTAssertEqual(update(&state, .key(.character("q"))), [.quit])
        XCTAssertEqual(update(&state, .key(.control("c"))), [.quit])
    }

    func testMidnightMovesTheCalendarWhenItShowedToday() throws {
        var state = try Fixtures.state()
        _ = update(&state, .dayChanged(try XCTUnwrap(Day(iso: "2026-11-29"))))
        XCTAssertEqual(state.calendar.day.iso, "2026-11-29")
        XCTAssertEqual(state.today.iso, "2026-11-29")
    }

    func testPickerOpensChosenLibrary() throws {
        var state = AppState(index: nil, today: try XCTUnwrap(Day(iso: "2026-11-28")), language: .english,
                             libraryChoices: [.init(id: "albertslund", name: "Albertslund Bibliotek"), .init(id: "glostrup", name: "Glostrup Bibliotek")])
        XCTAssertTrue(render(state).text.contains("Choose a library"))
        Fixtures.press([.down], &state)
        XCTAssertEqual(update(&state, .key(.enter)), [.openLibrary("glostrup")])
    }
}
