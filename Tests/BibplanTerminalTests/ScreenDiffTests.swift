import BibplanUI
import XCTest
@testable import BibplanTerminal

/// The cells `CursesTerminal.draw` sends: all after a first frame or a resize, then
/// only those that changed, never the second column of a wide character.
final class ScreenDiffTests: XCTestCase {
    private struct Sent: Equatable, CustomStringConvertible {
        let x: Int, y: Int, text: Character, style: Style
        var description: String { "(\(x),\(y)) \(text)\(style == .plain ? "" : " styled")" }
    }

    private func sent(from previous: Screen?, to next: Screen) -> [Sent] {
        var cells: [Sent] = []
        ScreenDiff.forEachChange(from: previous, to: next) { x, y, cell in
            cells.append(Sent(x: x, y: y, text: cell.character, style: cell.style))
        }
        return cells
    }

    private func screen(_ lines: [String], width: Int = 4) -> Screen {
        var screen = Screen(width: width, height: lines.count)
        for (row, line) in lines.enumerated() { screen.put(line, x: 0, y: row) }
        return screen
    }

    func testTheFirstFrameSendsEveryCellRowByRow() {
        let first = screen(["ab", "c"], width: 2)
        XCTAssertTrue(ScreenDiff.needsFullRedraw(from: nil, to: first))
        XCTAssertEqual(sent(from: nil, to: first).map(\.description), ["(0,0) a", "(1,0) b", "(0,1) c", "(1,1)  "])
    }

    func testTheSameFrameAgainSendsNothing() {
        let frame = screen(["abcd", "efgh"])
        XCTAssertFalse(ScreenDiff.needsFullRedraw(from: frame, to: frame))
        XCTAssertEqual(sent(from: frame, to: frame), [])
    }

    func testOnlyTheChangedCellsAreSentWithTheirPlaces() {
        let before = screen(["abcd", "efgh", "ijkl"])
        let after = screen(["abXd", "efgh", "ijkY"])
        XCTAssertEqual(sent(from: before, to: after).map(\.description), ["(2,0) X", "(3,2) Y"])
    }

    func testAChangedStyleAloneIsSent() {
        let before = screen(["abcd"])
        var after = before
        after.put("b", x: 1, y: 0, style: Style(reverse: true))
        XCTAssertEqual(sent(from: before, to: after), [Sent(x: 1, y: 0, text: "b", style: Style(reverse: true))],
                       "a moved highlight must reach the terminal")
    }

    func testAnotherSizeRedrawsEverything() {
        let before = screen(["abcd", "efgh"])
        let wider = screen(["abcd", "efgh"], width: 5)
        let taller = screen(["abcd", "efgh", ""])
        XCTAssertTrue(ScreenDiff.needsFullRedraw(from: before, to: wider))
        XCTAssertTrue(ScreenDiff.needsFullRedraw(from: before, to: taller))
        XCTAssertEqual(sent(from: before, to: wider).count, 10)
        XCTAssertEqual(sent(from: before, to: taller).count, 12, "every cell, also the unchanged first rows")
    }

    func testAWideCharacterIsSentOnceWithoutItsSecondColumn() {
        let before = screen(["abcd"])
        let after = screen(["a漢d"])
        XCTAssertEqual(after[2, 0].width, 0, "the second column of 漢")
        XCTAssertEqual(sent(from: before, to: after).map(\.description), ["(1,0) 漢"], "c is covered by 漢; d did not change")
        XCTAssertEqual(sent(from: nil, to: after).map(\.description), ["(0,0) a", "(1,0) 漢", "(3,0) d"])
    }

    func testANarrowCharacterOverAWideOneSendsBothColumns() {
        let before = screen(["a漢d"])
        let after = screen(["axyd"])
        XCTAssertEqual(sent(from: before, to: after).map(\.description), ["(1,0) x", "(2,0) y"])
    }
}
