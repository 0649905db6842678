import BibplanCore
@testable import BibplanUI
import XCTest

/// Clicks and the wheel through `update`, at cells read off the rendered screen.
final class MouseUpdateTests: XCTestCase {
    /// The cell where `text` starts on the screen (the first row that has it).
    private func cell(of text: String, in screen: Screen, file: StaticString = #filePath, line: UInt = #line) -> (column: Int, row: Int) {
        for (row, content) in screen.lines.enumerated() {
            if let range = content.range(of: text) { return (content.distance(from: content.startIndex, to: range.lowerBound), row) }
        }
        XCTFail("\(text) is not on the screen:\n\(screen.text)", file: file, line: line)
        return (-1, -1)
    }

    /// The screen row of list row `index`, from the frame's hit regions.
    private func screenRow(of index: Int, in screen: Screen, column: Int = 4) -> Int? {
        (0..<screen.height).first { screen.hits.target(column: column, row: $0) == .row(index) }
    }

    private func click(_ state: inout AppState, _ at: (column: Int, row: Int), double: Bool = false) -> [Effect] {
        update(&state, .mouse(MouseEvent(.press(.left), column: at.column, row: at.row, clickCount: double ? 2 : 1)))
    }

    func testClickingATabOpensItsPaneAndARowSelectsIt() throws {
        var state = try Fixtures.state(language: .english)
        let tab = cell(of: "Goals", in: render(state))
        XCTAssertEqual(render(state).hits.target(column: tab.column, row: tab.row), .tab(.goals))
        _ = click(&state, tab)
        XCTAssertEqual(state.pane, .goals)

        let screen = render(state)
        let row = try XCTUnwrap(screenRow(of: 2, in: screen))
        _ = click(&state, (10, row))
        XCTAssertEqual(state.goals.list.selected, 2)
        let selectedTitle = state.goals.rows(try XCTUnwrap(state.index), search: nil)[2].goal.title
        XCTAssertTrue(screen.line(row).contains(String(selectedTitle.prefix(20))), screen.line(row))
    }

    func testADoubleClickOpensTheCalendarRowAsEnterDoes() throws {
        var state = try Fixtures.state(language: .english)
        let row = try XCTUnwrap(screenRow(of: 1, in: render(state)))
        _ = click(&state, (6, row))
        XCTAssertEqual(state.calendar.list.selected, 1)
        XCTAssertNil(state.overlay)
        _ = click(&state, (6, row), double: true)
        guard case .occurrence? = state.overlay else { return XCTFail("the roster opens: \(String(describing: state.overlay))") }
        XCTAssertEqual(render(state).hits.target(column: 0, row: 1), nil, "the dialog covers the tabs")
    }

    func testTheWheelMovesThreeRowsInTheListUnderIt() throws {
        var state = try Fixtures.state(language: .english)
        state.pane = .goals
        _ = update(&state, .mouse(MouseEvent(.wheelDown, column: 10, row: 5)))
        XCTAssertEqual(state.goals.list.selected, 3)
        _ = update(&state, .mouse(MouseEvent(.wheelUp, column: 10, row: 5)))
        XCTAssertEqual(state.goals.list.selected, 0)
        _ = update(&state, .mouse(MouseEvent(.wheelDown, column: 10, row: 0)))
        XCTAssertEqual(state.goals.list.selected, 0, "not over the title line")
    }

    func testADialogsKeysAreButtonsAndAClickBesideItDoesNothing() throws {
        var state = try Fixtures.state(language: .english)
        state.pane = .goals
        Fixtures.press(Fixtures.key(for: .delete, in: .pane(.goals)), &state)
        guard case .confirmDelete? = state.overlay else { return XCTFail("asks first") }
        let tab = cell(of: "Calendar", in: render(state))
        XCTAssertTrue(click(&state, tab).isEmpty)
        XCTAssertEqual(state.pane, .goals)
        XCTAssertNotNil(state.overlay, "a click outside the dialog leaves it open")
        _ = update(&state, .mouse(MouseEvent(.wheelDown, column: 10, row: 8)))
        XCTAssertNotNil(state.overlay, "the wheel does not answer a question")

        let button = cell(of: "j/y confirms", in: render(state))
        XCTAssertEqual(render(state).hits.target(column: button.column + 3, row: button.row), .button(.character("j")))
        let effects = click(&state, button)
        XCTAssertNil(state.overlay)
        XCTAssertTrue(effects.contains { if case .save = $0 { true } else { false } }, "\(effects)")
    }

    func testAMonthCellSelectsItsDay() throws {
        var state = try Fixtures.state(language: .english)
        Fixtures.press(Fixtures.key(for: .cycleCalendarView, in: .pane(.calendar)), &state)
        Fixtures.press(Fixtures.key(for: .cycleCalendarView, in: .pane(.calendar)), &state)
        XCTAssertEqual(state.calendar.mode, .month)
        let screen = render(state)
        let day = try XCTUnwrap(Day(iso: "2026-11-12"))
        let target = (0..<screen.height).lazy.flatMap { row in (0..<screen.width).map { (column: $0, row: row) } }
            .first { screen.hits.target(column: $0.column, row: $0.row) == .day(day) }
        let at = try XCTUnwrap(target)
        _ = click(&state, at)
        XCTAssertEqual(state.calendar.day, Day(iso: "2026-11-12"))
    }

    func testAVolunteerClicksTheOtherListAndARow() throws {
        var state = try Fixtures.state(language: .english)
        var library = try XCTUnwrap(state.index?.library)
        library.volunteerSignup = true
        state.index = LibraryIndex(library)
        state.role = .volunteer(VolunteerSession(volunteerID: "v12", now: LocalDateTime(day: state.today, minutes: 9 * 60)))
        let tab = cell(of: "2 ", in: render(state))
        _ = click(&state, (tab.column + 2, tab.row))
        guard case .volunteer(let session) = state.role else { return XCTFail() }
        XCTAssertEqual(session.tab, .open)
        let row = try XCTUnwrap(screenRow(of: 1, in: render(state)))
        _ = click(&state, (20, row))
        guard case .volunteer(let after) = state.role else { return XCTFail() }
        XCTAssertEqual(after.list.selected, 1)
    }
}
