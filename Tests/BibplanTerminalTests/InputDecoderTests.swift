import BibplanUI
import CNcurses
import XCTest
@testable import BibplanTerminal

/// Mouse reports as terminals send them, fed to the decoder as `get_wch` hands them over:
/// after ncurses gives up matching `ESC [ <` against its key table, one character at a time.
final class InputDecoderTests: XCTestCase {
    /// Feeds the text's characters in order; returns every event (and flushes at the end when asked).
    private func decode(_ text: String, flush: Bool = true, _ decoder: inout InputDecoder) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        for scalar in text.unicodeScalars { events += decoder.feed(scalar: scalar.value) }
        if flush { events += decoder.flush() }
        return events
    }

    private func decode(_ text: String) -> [TerminalEvent] {
        var decoder = InputDecoder()
        return decode(text, &decoder)
    }

    func testXtermLeftClickPressAndReleaseAreZeroBased() {
        XCTAssertEqual(decode("\u{1B}[<0;10;5M"), [.mouse(MouseEvent(.press(.left), column: 9, row: 4))])
        XCTAssertEqual(decode("\u{1B}[<0;10;5m"), [.mouse(MouseEvent(.release(.left), column: 9, row: 4))])
        XCTAssertEqual(decode("\u{1B}[<0;1;1M"), [.mouse(MouseEvent(.press(.left), column: 0, row: 0))], "the top-left cell")
    }

    func testButtonsWheelAndModifiers() {
        XCTAssertEqual(decode("\u{1B}[<1;3;4M"), [.mouse(MouseEvent(.press(.middle), column: 2, row: 3))])
        XCTAssertEqual(decode("\u{1B}[<2;3;4M"), [.mouse(MouseEvent(.press(.right), column: 2, row: 3))])
        XCTAssertEqual(decode("\u{1B}[<64;80;24M"), [.mouse(MouseEvent(.wheelUp, column: 79, row: 23))])
        XCTAssertEqual(decode("\u{1B}[<65;80;24M"), [.mouse(MouseEvent(.wheelDown, column: 79, row: 23))])
        XCTAssertEqual(decode("\u{1B}[<4;2;2M"), [.mouse(MouseEvent(.press(.left), column: 1, row: 1, modifiers: .shift))])
        XCTAssertEqual(decode("\u{1B}[<26;2;2M"), [.mouse(MouseEvent(.press(.right), column: 1, row: 1, modifiers: [.alt, .control]))])
        XCTAssertEqual(decode("\u{1B}[<80;2;2M"), [.mouse(MouseEvent(.wheelUp, column: 1, row: 1, modifiers: .control))],
                       "Ctrl and the wheel (a zoom gesture)")
    }

    func testWhatTheProgramDoesNotUseIsNoEventAndNoKey() {
        XCTAssertEqual(decode("\u{1B}[<32;3;4M"), [], "a drag (tmux with 1002)")
        XCTAssertEqual(decode("\u{1B}[<35;3;4M"), [], "motion without a button (1003)")
        XCTAssertEqual(decode("\u{1B}[<66;3;4M"), [], "the wheel sideways")
        XCTAssertEqual(decode("\u{1B}[<128;3;4M"), [], "button 8")
        XCTAssertEqual(decode("\u{1B}[<3;3;4M"), [], "no button")
        XCTAssertEqual(decode("\u{1B}[<64;3;4m"), [], "a wheel 'release' does not exist")
    }

    func testSeveralReportsInOneReadAsOverSSH() {
        let events = decode("\u{1B}[<0;12;7M\u{1B}[<0;12;7m\u{1B}[<65;12;8Mq")
        XCTAssertEqual(events, [
            .mouse(MouseEvent(.press(.left), column: 11, row: 6)),
            .mouse(MouseEvent(.release(.left), column: 11, row: 6)),
            .mouse(MouseEvent(.wheelDown, column: 11, row: 7)),
            .key(.character("q")),
        ])
    }

    func testASequenceSplitAcrossTwoReadsIsOneEvent() {
        for cut in 1..<"\u{1B}[<0;120;45M".unicodeScalars.count {
            var decoder = InputDecoder()
            let text = Array("\u{1B}[<0;120;45M".unicodeScalars)
            let first = decode(String(String.UnicodeScalarView(text[..<cut])), flush: false, &decoder)
            XCTAssertEqual(first, [], "nothing before the rest (cut at \(cut))")
            XCTAssertTrue(decoder.isPending)
            XCTAssertNotNil(decoder.waitMilliseconds)
            let rest = decode(String(String.UnicodeScalarView(text[cut...])), flush: false, &decoder)
            XCTAssertEqual(rest, [.mouse(MouseEvent(.press(.left), column: 119, row: 44))], "cut at \(cut)")
            XCTAssertFalse(decoder.isPending)
        }
    }

    func testAnUnfinishedSequenceIsDroppedWhenNothingMoreComes() {
        var decoder = InputDecoder()
        XCTAssertEqual(decode("\u{1B}[<0;12", flush: false, &decoder), [])
        XCTAssertEqual(decoder.waitMilliseconds, InputDecoder.sequenceWait, "the rest of a split report is waited for")
        XCTAssertEqual(decoder.flush(), [], "no stray 0, ; or digits")
        XCTAssertEqual(decode("j", &decoder), [.key(.character("j"))])
    }

    func testMalformedReportsGiveNothing() {
        let malformed = [
            "\u{1B}[<0;;5M", "\u{1B}[<0;10M", "\u{1B}[<0;10;5;7M", "\u{1B}[<;10;5M", "\u{1B}[<256;1;1M",
            "\u{1B}[<0;0;1M", "\u{1B}[<0;1;0M", "\u{1B}[<0;10001;1M", "\u{1B}[<0;000001;1M", "\u{1B}[<a;1;1M",
            "\u{1B}[<-1;1;1M", "\u{1B}[<0:1;1;1M", "\u{1B}[0;1;1M",
        ]
        for text in malformed {
            XCTAssertEqual(decode(text + "k"), [.key(.character("k"))], "only the key after \(text.debugDescription)")
        }
        // Another final byte inside a mouse report is noise in it: the report goes on to its M or m.
        XCTAssertEqual(decode("\u{1B}[<0;1;1X;5M" + "k"), [.key(.character("k"))])
        XCTAssertEqual(decode("\u{1B}[<0;1;1~"), [])
    }

    func testAnOverlongSequenceIsSwallowedToItsEnd() {
        let long = "\u{1B}[<" + String(repeating: "1", count: 500) + ";1;1M"
        XCTAssertEqual(decode(long + "q"), [.key(.character("q"))])
        var decoder = InputDecoder()
        XCTAssertEqual(decode("\u{1B}[<" + String(repeating: "9;", count: 100), flush: false, &decoder), [])
        XCTAssertTrue(decoder.isPending, "still swallowing: no stray digits")
    }

    func testAControlCharacterOrEscapeInsideEndsTheSequence() {
        XCTAssertEqual(decode("\u{1B}[<0;1\r"), [.key(.enter)], "the Enter is kept, the broken report dropped")
        XCTAssertEqual(decode("\u{1B}[<0;1\u{1B}[<0;2;3M"), [.mouse(MouseEvent(.press(.left), column: 1, row: 2))])
        XCTAssertEqual(decode("\u{1B}[<0;1æ"), [.key(.character("æ"))])
    }

    func testUnknownControlSequencesAreNotTyped() {
        XCTAssertEqual(decode("\u{1B}[1;5A"), [], "Ctrl-Up where terminfo lacks it")
        XCTAssertEqual(decode("\u{1B}[200~"), [], "a paste bracket")
        XCTAssertEqual(decode("\u{1B}[I\u{1B}[O"), [], "focus in and out")
    }

    func testEscapeStaysAKey() {
        XCTAssertEqual(decode("\u{1B}"), [.key(.escape)], "a lone Escape, once no more comes")
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.feed(scalar: 27), [])
        XCTAssertEqual(decoder.waitMilliseconds, 0, "ncurses has already waited its escape delay")
        XCTAssertEqual(decode("j", &decoder), [.key(.escape), .key(.character("j"))], "Escape then a key (Alt-j)")
        XCTAssertEqual(decode("\u{1B}\u{1B}"), [.key(.escape), .key(.escape)])
        XCTAssertEqual(decoder.feed(scalar: 27) + decoder.feed(code: KEY_UP), [.key(.escape), .key(.up)])
        XCTAssertNil(decoder.waitMilliseconds)
    }

    func testPlainKeysPassStraightThrough() {
        XCTAssertEqual(decode("aø[<M;\t"), [.character("a"), .character("ø"), .character("["), .character("<"), .character("M"),
                                            .character(";"), .tab].map(TerminalEvent.key))
    }

    func testLegacyX10ReportsFromTerminalsWithoutSGR() {
        // ESC [ M, then button+32, column+32, row+32: a press at (5, 2) and its release.
        XCTAssertEqual(decode("\u{1B}[M %\"\u{1B}[M#%\""), [
            .mouse(MouseEvent(.press(.left), column: 4, row: 1)),
            .mouse(MouseEvent(.release(.left), column: 4, row: 1)),
        ])
        XCTAssertEqual(decode("\u{1B}[Ma!!"), [.mouse(MouseEvent(.wheelDown, column: 0, row: 0))])
        XCTAssertEqual(decode("\u{1B}[M \u{1F}!x"), [.key(.character("x"))], "a position below 1 is noise")
    }
}
