import BibplanUI
import CNcurses
import XCTest
@testable import BibplanTerminal

/// ncurses' key codes and characters as `Key`s. ncurses itself reads the escape
/// sequences and joins a character's UTF-8 bytes (`get_wch`); what reaches
/// `KeyDecoder` is one code or one scalar.
final class KeyDecoderTests: XCTestCase {
    func testCursorAndEditingKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_ENTER, .enter),
        ]
        for (code, key) in expected {
            XCTAssertEqual(KeyDecoder.special(code), key, "code \(code)")
        }
    }

    func testFunctionKeysOneToTwelveAndNoOthers() {
        for number in 1...12 {
            XCTAssertEqual(KeyDecoder.special(KEY_F0 + Int32(number)), .function(number))
        }
        XCTAssertNil(KeyDecoder.special(KEY_F0), "F0 is no key")
        XCTAssertNil(KeyDecoder.special(KEY_F0 + 13), "F13 (Shift-F1 on many terminals) is not used")
        XCTAssertNil(KeyDecoder.special(KEY_IC), "Insert is not used")
        XCTAssertNil(KeyDecoder.special(bibplan_key_resize()), "a resize is an event of its own, not a key")
    }

    func testControlCharacters() {
        XCTAssertEqual(KeyDecoder.character(9), .tab)
        XCTAssertEqual(KeyDecoder.character(10), .enter)
        XCTAssertEqual(KeyDecoder.character(13), .enter, "Enter with nonl() arrives as CR")
        XCTAssertEqual(KeyDecoder.character(27), .escape)
        XCTAssertEqual(KeyDecoder.character(8), .backspace, "Ctrl-H")
        XCTAssertEqual(KeyDecoder.character(127), .backspace, "DEL, what most terminals send for Backspace")
        XCTAssertEqual(KeyDecoder.character(1), .control("a"))
        XCTAssertEqual(KeyDecoder.character(19), .control("s"))
        XCTAssertEqual(KeyDecoder.character(26), .control("z"))
    }

    func testPrintableCharactersAsciiAndBeyond() {
        XCTAssertEqual(KeyDecoder.character(32), .character(" "))
        XCTAssertEqual(KeyDecoder.character(UInt32(UInt8(ascii: "q"))), .character("q"))
        XCTAssertEqual(KeyDecoder.character(UInt32(UInt8(ascii: "+"))), .character("+"))
        for letter in ["æ", "Ø", "å", "€", "漢", "😀"] {
            XCTAssertEqual(letter.unicodeScalars.count, 1)
            let value = letter.unicodeScalars.first?.value ?? 0
            XCTAssertEqual(KeyDecoder.character(value), .character(Character(letter)), letter)
        }
    }

    func testAValueThatIsNoUnicodeScalarIsNoKey() {
        XCTAssertNil(KeyDecoder.character(0xD800), "a lone surrogate")
        XCTAssertNil(KeyDecoder.character(0x11_0000), "past the last scalar")
    }
}
