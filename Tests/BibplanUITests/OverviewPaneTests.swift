import BibplanCore
import BibplanResources
@testable import BibplanUI
import XCTest

/// The overview pane across the four sample libraries.
final class OverviewPaneTests: XCTestCase {

    private func openOverview(width: Int = 80, height: Int = 24) throws -> AppState {
        var state = try Fixtures.state(width: width, height: height)
        XCTAssertEqual(Fixtures.pressReturningEffects([.character("5")], &state), [.loadOverview(state.today)])
        XCTAssertTrue(render(state).text.contains("Indlæser bibliotekerne"))
        _ = update(&state, .overviewLoaded(try Fixtures.overview(today: state.today)))
        return state
    }

    func testOverviewAtBothSizes() throws {
        for (width, height) in [(80, 24), (200, 50)] {
            var state = try openOverview(width: width, height: height)
            assertGolden(render(state), "overview-libraries-\(width)x\(height)")
            Fixtures.press([.character("v")], &state)
            assertGolden(render(state), "overview-themes-\(width)x\(height)")
            Fixtures.press([.character("v")], &state)
            assertGolden(render(state), "overview-theme-\(width)x\(height)")
        }
    }

    func testOneThemeWithTheNationalItemsTheLibrariesAndTheGaps() throws {
        var state = try openOverview(width: 200, height: 50)
        Fixtures.press([.character("v"), .character("v")], &state)
        let text = render(state).text
        XCTAssertTrue(text.contains("[Tema: digitalisering]"), text)
        XCTAssertTrue(text.contains("Produkt: Centralbibliotekernes digitale materialeoverbygning"), text)
        XCTAssertTrue(text.contains("Uden punkter under temaet: Bibliotekernes Data og IT"), text)
        XCTAssertTrue(text.contains("◆ Mødet med det digitale bibliotek"), text)
        XCTAssertTrue(text.contains("planlagt · 2027-01-01–2027-12-31 · Bibliotekslederen"), "the new library system, with its period and owner")
        let rows = state.overview.rows(try XCTUnwrap(state.overviewData), search: nil, .danish)
        let gaps = try XCTUnwrap(rows.firstIndex { $0.text == "Intet under temaet" })
        XCTAssertEqual(rows[(gaps + 1)...].map(\.target), [.library("taarnby")])
        Fixtures.press([.right], &state)
        XCTAssertEqual(state.overview.theme, .reading)
        XCTAssertTrue(render(state).text.contains("[Tema: læsning]"))
        Fixtures.press([.left, .left], &state)
        XCTAssertEqual(state.overview.theme, .culture)
    }

    func testThePlanPeriodsSideBySideAndTheEndedPlansGoalsAsHistory() throws {
        var state = try openOverview(width: 200, height: 50)
        let rows = state.overview.rows(try XCTUnwrap(state.overviewData), search: nil, .danish)
        let taarnby = try XCTUnwrap(rows.first { $0.target == .library("taarnby") && $0.text.contains("█") })
        XCTAssertEqual(taarnby.detail, "2017-01-01 – 2020-12-31, udløbet")
        XCTAssertTrue(rows.contains { $0.text == "  Mål: 10 historiske (planen er udløbet)" })
        Fixtures.press([.character("G")], &state)
        XCTAssertTrue(render(state).text.contains("Planperioder 2003–2029"), render(state).text)
    }

    func testEachLibraryInOneBlockWithHealthWeekAndSlots() throws {
        let text = render(try openOverview(width: 200, height: 50)).text
        for name in ["Albertslund Bibliotek", "Ballerup Bibliotekerne", "Glostrup Bibliotek", "Tårnby Kommunebiblioteker"] {
            XCTAssertTrue(text.contains(name), name)
        }
        XCTAssertTrue(text.contains("Mål: 23 på sporet, 1 i fare, 2 ikke startet"), text)
        XCTAssertTrue(text.contains("Virksomhedsplan 2026/27 · 2026-01-01 – 2027-12-31"), text)
    }

    func testEnterOnAnotherLibrarysGoalOpensItThereSelected() throws {
        var state = try openOverview()
        Fixtures.press([.character("v")], &state)
        let rows = state.overview.rows(try XCTUnwrap(state.overviewData), search: nil, .danish)
        let target = try XCTUnwrap(rows.firstIndex { $0.target == .goal(library: "ballerup", id: "g1.3") })
        Fixtures.press(Array(repeating: .down, count: target - 1), &state)
        XCTAssertEqual(Fixtures.pressReturningEffects([.enter], &state), [.openLibrary("ballerup")])
        _ = update(&state, .libraryLoaded(try Fixtures.sample("ballerup")))
        XCTAssertEqual(state.pane, .goals)
        let goalRows = state.goals.rows(try XCTUnwrap(state.index), search: nil)
        XCTAssertEqual(goalRows[state.goals.list.selected].goal.id, "g1.3")
        XCTAssertTrue(render(state).text.contains("1.3 Vi øger vores brugeres kulturforbrug"))
    }

    func testSearchNarrowsTheCombinedCalendarAndKeepsDayHeadings() throws {
        var state = try openOverview()
        Fixtures.press([.character("v"), .character("v"), .character("v"), .character("v"), .character("/")] + Fixtures.typing("ballerup") + [.enter], &state)
        let rows = state.overview.rows(try XCTUnwrap(state.overviewData), search: state.search?.query, .danish)
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.filter { !$0.isHeading }.allSatisfy { $0.detail == "ballerup" })
        XCTAssertTrue(rows.first?.isHeading ?? false)
    }

    func testTheOverviewChangesNothing() throws {
        var state = try openOverview()
        let before = state.index?.library
        XCTAssertEqual(Fixtures.pressReturningEffects([.character("n"), .character("D"), .character("s")], &state), [])
        XCTAssertEqual(state.message, "Tasten s bruges ikke her (? viser tasterne)")
        XCTAssertEqual(state.index?.library, before)
    }
}

/// Computed health and measures in the goals pane.
final class GoalHealthPaneTests: XCTestCase {
    func testAGoalOfAnEndedPlanIsHistoryNotAtRisk() throws {
        var state = try Fixtures.state("taarnby", width: 200, height: 50)
        Fixtures.press([.character("1")], &state)
        let text = render(state).text
        XCTAssertTrue(text.contains("Beregnet:  historisk (planen er udløbet)"), text)
        XCTAssertFalse(text.contains("i fare"), "Tårnby's 2017-2020 goals are not judged against today")
    }

    func testTheGoalShowsItsComputedHealthAndItsMeasures() throws {
        var state = try Fixtures.state(width: 80, height: 24)
        Fixtures.press([.character("1"), .down, .down, .down], &state)
        let text = render(state).text
        XCTAssertTrue(text.contains("Værtskabet og biblioteket 7-22"), text)
        XCTAssertTrue(text.contains("Beregnet:  "), text)
        let wide = AppState(index: state.index, today: state.today, language: .danish, width: 200, height: 50)
        var wideState = wide
        Fixtures.press([.character("1"), .down, .down, .down], &wideState)
        XCTAssertTrue(render(wideState).text.contains("Besøgende om året: 190.044 besøgende"), render(wideState).text)
    }
}
