import BibplanCore
@testable import BibplanUI
import XCTest

/// The cell grid: widths, cutting, and untrusted text.
final class ScreenTests: XCTestCase {
    func testDanishLettersTakeOneColumnEach() {
        var screen = Screen(width: 10, height: 1)
        XCTAssertEqual(screen.put("Tårnby", x: 0, y: 0), 6)
        screen.put("|", x: 6, y: 0)
        XCTAssertEqual(screen.line(0), "Tårnby|")
    }

    func testDanishLetterAtTheEdgeIsCutWithEllipsis() {
        var screen = Screen(width: 12, height: 1)
        screen.put("Ældreomsorg", x: 0, y: 0, limit: 5)
        screen.put("|", x: 5, y: 0)
        XCTAssertEqual(screen.line(0), "Ældr…|")
    }

    func testCombiningMarksStayInTheirCell() {
        var screen = Screen(width: 10, height: 1)
        let decomposed = "A\u{030A}rhus" // Å as A + combining ring
        XCTAssertEqual(screen.put(decomposed, x: 0, y: 0), 5)
        screen.put("|", x: 5, y: 0)
        XCTAssertEqual(screen.line(0), "A\u{030A}rhus|")
    }

    func testWideCharactersTakeTwoColumnsAndAreNeverSplit() {
        var screen = Screen(width: 10, height: 1)
        XCTAssertEqual(screen.put("図書館", x: 0, y: 0), 6)
        var narrow = Screen(width: 10, height: 1)
        narrow.put("図書館", x: 0, y: 0, limit: 5)
        narrow.put("|", x: 5, y: 0)
        XCTAssertEqual(narrow.line(0), "図書…|")
    }

    func testEscapeSequencesAreShownNeverSent() {
        var screen = Screen(width: 60, height: 1)
        screen.put("Evil\u{1B}]52;c;ZXZpbA==\u{07}\u{7F}\u{9B}31m\u{202E}txt", x: 0, y: 0)
        let line = screen.line(0)
        XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        XCTAssertTrue(line.hasPrefix("Evil␛]52;c;ZXZpbA==␇␡"), line)
    }

    func testTenMegabyteTitleStaysInItsCell() {
        var screen = Screen(width: 20, height: 2)
        let huge = String(repeating: "æ", count: 10_000_000)
        XCTAssertEqual(screen.put(huge, x: 2, y: 0, limit: 8), 8)
        XCTAssertEqual(screen.line(0), "  æææææææ…")
        XCTAssertEqual(screen.line(1), "")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("図", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        XCTAssertEqual(screen.line(0), " x")
    }

    func testSearchForgivesAccentsAndDanishLetters() {
        XCTAssertTrue(SearchText.matches("aeldre", in: "Ældrecenter Dalvangen"))
        XCTAssertTrue(SearchText.matches("tarnby", in: "Tårnby"))
        XCTAssertTrue(SearchText.matches("TAARNBY", in: "Tårnby"))
        XCTAssertTrue(SearchText.matches("cafe", in: "Repair café"))
        XCTAssertFalse(SearchText.matches("bassin", in: "Repair café"))
    }

    func testWrapByDisplayWidth() {
        XCTAssertEqual(TextWrap.lines("Fri og lige adgang til litteratur", width: 12), ["Fri og lige", "adgang til", "litteratur"])
    }

    func testProgressBar() {
        XCTAssertEqual(Widgets.progressBar(40, width: 17, .english), "[████░░░░░░]  40%")
        XCTAssertEqual(Widgets.progressBar(100, width: 12, .english), "[█████] 100%")
        XCTAssertEqual(Widgets.progressBar(40, width: 17, .danish), "[████░░░░░]  40 %", "Danish writes a space before %")
    }
}
