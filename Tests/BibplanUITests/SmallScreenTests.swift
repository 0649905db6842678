import BibplanCore
@testable import BibplanUI
import XCTest

/// Issue 17: dialogs, forms and panes that fit small terminals, and say what they leave out.
final class SmallScreenTests: XCTestCase {
    /// An occurrence with at least two shifts, and the state showing its roster at `width`x`height`.
    private func roster(width: Int, height: Int, selected: Int) throws -> (AppState, [String]) {
        var state = try Fixtures.state(width: width, height: height)
        let index = try XCTUnwrap(state.index)
        let occurrence = try XCTUnwrap(index.library.shifts.lazy.compactMap { index.occurrence(of: $0) }
            .first { index.shifts(of: $0).count >= 2 })
        var position = ListPosition()
        position.selected = selected
        state.overlay = .occurrence(occurrence, position)
        let names = index.shifts(of: occurrence).map { index.volunteer($0.volunteer)?.name ?? $0.volunteer }
        return (state, names)
    }

    func testTheRosterDialogAt40x12ShowsTheSelectedShiftAndThatItScrolls() throws {
        for selected in [0, 1] {
            let (state, names) = try roster(width: 40, height: 12, selected: selected)
            let screen = render(state)
            let line = try XCTUnwrap(screen.lines.first { $0.contains("• " + names[selected].prefix(10)) }, screen.text)
            let y = try XCTUnwrap(screen.lines.firstIndex(of: line))
            XCTAssertTrue(screen[6, y].style.reverse, "the selected shift is highlighted:\n" + screen.text)
            XCTAssertTrue(screen.text.contains("↑") && screen.text.contains(" af "), "the border says it scrolls:\n" + screen.text)
        }
    }

    func testDialogKeyLinesDropWholeKeysAndKeepEsc() throws {
        let (state, _) = try roster(width: 40, height: 12, selected: 0)
        let screen = render(state)
        let keys = try XCTUnwrap(screen.lines.first { $0.contains("Esc luk") }, screen.text)
        XCTAssertFalse(keys.contains("…"), keys)
        let line = KeyBindings.keyLine(.roster, .danish, width: 20)
        XCTAssertTrue(line.contains("Esc luk") && DisplayWidth.of(line) <= 20, line)
    }

    func testTheChooserHeadingWrapsInsteadOfCuttingTheDate() throws {
        var state = try Fixtures.state(width: 40, height: 12)
        Fixtures.press([.enter, .character("a")], &state)
        let screen = render(state)
        XCTAssertTrue(screen.text.contains("lør 28/11 10:00"), screen.text)
    }

    func testTheCalendarFooterKeepsQuit() throws {
        for width in [40, 80] {
            let screen = render(try Fixtures.state(width: width, height: 12))
            XCTAssertTrue(screen.line(11).hasSuffix("q afslut  ? hjælp"), screen.line(11))
        }
    }

    func testTheFormScrollsWithAMarkAndThePreviewLeavesTheFieldsVisible() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("n"), .tab, .tab, .tab, .tab] + Fixtures.typing("hver uge"), &state)
        var screen = render(state)
        XCTAssertTrue(screen.text.contains("↓ 1–"), "the form says more fields are below:\n" + screen.text)
        Fixtures.press([.backTab, .backTab, .backTab, .backTab, .backTab], &state)
        screen = render(state)
        XCTAssertTrue(screen.text.contains("Beskrivelse"), "the last field shows when focused:\n" + screen.text)
    }

    func testEscOnAGoalFilterKeepsTheSelectedGoalAndItsBranch() throws {
        var state = try Fixtures.state("ballerup")
        Fixtures.press([.character("1")], &state)
        let index = try XCTUnwrap(state.index)
        let child = try XCTUnwrap(index.library.goals.first { $0.parent != nil })
        Fixtures.press([.character("/")] + Fixtures.typing(child.title) + [.enter], &state)
        let filtered = state.goals.rows(index, search: state.search?.query)
        XCTAssertEqual(filtered[state.goals.list.selected].goal.id, child.id)
        Fixtures.press([.escape], &state)
        XCTAssertNil(state.search)
        let rows = state.goals.rows(index, search: nil)
        XCTAssertEqual(rows[state.goals.list.selected].goal.id, child.id, "the same goal stays selected")
        XCTAssertTrue(state.goals.expanded.contains(try XCTUnwrap(child.parent)), "its branch is open")
    }

    func testSavingAShiftsRoleGoesBackToTheRosterOnThatShift() throws {
        var (state, _) = try roster(width: 80, height: 24, selected: 1)
        Fixtures.press([.character("e")] + Fixtures.typing("kaffe") + [.enter], &state)
        guard case .occurrence(_, let position)? = state.overlay else {
            return XCTFail("the roster stays open: \(String(describing: state.overlay))")
        }
        XCTAssertEqual(position.selected, 1)
    }

    func testGoalDescriptionsShowWholeWhereThereIsRoomAndMarkACut() throws {
        var library = try Fixtures.sample("ballerup").library
        let words = (1...150).map { "ord\($0)" }.joined(separator: " ") + " slutord"
        library.goals[0].description = words
        let today = try XCTUnwrap(Day(iso: "2026-11-28"))
        var state = AppState(index: LibraryIndex(library), today: today, language: .danish, width: 200, height: 50)
        Fixtures.press([.character("1")], &state)
        XCTAssertTrue(render(state).text.contains("slutord"), render(state).text)
        state.width = 80
        state.height = 24
        let small = render(state)
        XCTAssertFalse(small.text.contains("slutord"))
        XCTAssertTrue(small.lines.contains { $0.contains("ord") && $0.hasSuffix("…") }, small.text)
    }

    func testTheVolunteersCountSaysItsPeriodAndTheDetailsAgree() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("4")], &state)
        let screen = render(state)
        XCTAssertTrue(screen.text.contains("næste 4 uger"), screen.text)
        XCTAssertTrue(screen.text.contains("Vagter de næste 4 uger"), screen.text)
    }

    func testPercentIsWrittenTheDanishWayInDanishAndTheEnglishWayInEnglish() throws {
        for language in [Language.danish, .english] {
            var state = try Fixtures.state("ballerup", language: language)
            Fixtures.press([.character("1")], &state)
            let text = render(state).text
            let (wanted, unwanted) = language == .danish ? (#"\d %"#, #"\d%"#) : (#"\d%"#, #"\d %"#)
            XCTAssertNotNil(text.range(of: wanted, options: .regularExpression), text)
            XCTAssertNil(text.range(of: unwanted, options: .regularExpression), text)
        }
    }
}

/// The month view at 40x12 keeps to its area: nothing of the day under the grid is drawn
/// over the status line.
final class SmallMonthTests: XCTestCase {
    func testTheMonthAt40x12LeavesTheStatusLineAlone() throws {
        var state = try Fixtures.state(width: 40, height: 12)
        state.pane = .calendar
        state.calendar.mode = .month
        let screen = render(state)
        let status = screen.line(11)
        XCTAssertEqual(status, "v dag/uge/måned        q afslut  ? hjælp", "the day's header was drawn here: 'månedmber 202…'")
    }

    func testAClashLineWrapsSoWhoAndWhenStayWhole() throws {
        var state = try Fixtures.state(width: 80, height: 24)
        state.overlay = .clash(["goals[g1].status: din i gang · den anden afsluttet (helle, 2026-11-28 11:12)"])
        let screen = render(state)
        let text = (0..<24).map { screen.line($0) }.joined(separator: "\n")
        XCTAssertTrue(text.contains("(helle, 2026-11-28"), text)
        XCTAssertTrue(text.contains("│    11:12)"), "the rest wraps under the bullet's text: \(text)")
        XCTAssertFalse(text.contains("…"), text)
    }

    func testTheCancelQuestionAt40x12KeepsItsReasonFieldAndCountsWhatItLeavesOut() throws {
        var state = try Fixtures.state(width: 40, height: 12)
        let index = try XCTUnwrap(state.index)
        let occurrence = try XCTUnwrap(index.occurrences(on: state.today).first)
        let summary = ["• Forfattermøde", "  vagt frigives: Mikkel", "  vagt frigives: Karen", "  vagt frigives: Jens"]
        state.overlay = .confirmCancel(occurrence, summary: summary, reason: TextField("sygdom"))
        let screen = render(state)
        let text = (0..<12).map { screen.line($0) }.joined(separator: "\n")
        XCTAssertTrue(text.contains("Årsag: sygdom▏"), text)
        XCTAssertTrue(text.contains("… og 3 linjer mere"), text)
        XCTAssertTrue(text.contains("Esc fortryder"), text)
    }
}
