import BibplanCore
import Foundation
import XCTest

final class SafeTextTests: XCTestCase {
    func testOneLineTextShowsControlsAsSymbolsAndBreaksAsSpaces() {
        XCTAssertEqual(SafeText.line("a\u{1B}[31mb\u{07}\tc\nd\u{9B}e\u{202E}f\u{7F}"), "a␛[31mb␇ c d\u{FFFD}e\u{FFFD}f␡")
        XCTAssertEqual(SafeText.line("Æblegrød på Ærø – “citat” 😀"), "Æblegrød på Ærø – “citat” 😀")
    }

    func testTextOfSeveralLinesKeepsLineFeedsTabsAndCRLFOnly() {
        XCTAssertEqual(SafeText.lines("a\r\nb\tc\nd\re\u{0}"), "a\r\nb\tc\nd␍e␀")
    }

    func testJSONEscapesC1BidiAndSeparatorControls() throws {
        let text = "x\u{85}\u{9B}y\u{202A}\u{202E}\u{2066}\u{2069}\u{200E}\u{200F}\u{61C}\u{2028}\u{2029}z – æøå § «» €"
        var writer = JSONWriter()
        writer.string(text)
        let json = String(decoding: writer.bytes, as: UTF8.self)
        XCTAssertEqual(json, #""x\u0085\u009by\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u2028\u2029z – æøå § «» €""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: .fragmentsAllowed) as? String
        XCTAssertEqual(decoded, text)
    }

    func testLibraryFilesKeepControlsAsEscapesAndReadThemBack() throws {
        let vision = "a\u{9B}b\u{202E}c"
        var library = try LibraryCodec.decode(Array(#"{ "schema": 1, "id": "x", "name": "X" }"#.utf8), file: "x.json")
        library.vision = vision
        let bytes = LibraryCodec.encode(library)
        XCTAssertFalse(String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { SafeText.isControl($0) && $0 != "\n" })
        XCTAssertEqual(try LibraryCodec.decode(bytes, file: "x.json").vision, vision)
    }
}

/// iCalendar text passes the same sanitiser: a file written with `-o` carries no control either.
final class ICSTextSanitiserTests: XCTestCase {
    func testEscapedTextCarriesNoControlFromTheData() {
        let hostile = "Læseklub\u{1B}]2;x\u{07}\u{9B}31m\u{202E}slut\u{7F}\nnæste linje"
        let escaped = ICSText.escape(hostile)
        XCTAssertFalse(escaped.unicodeScalars.contains { SafeText.isControl($0) }, escaped)
        XCTAssertTrue(escaped.hasPrefix("Læseklub"), escaped)
        XCTAssertTrue(escaped.hasSuffix("\\nnæste linje"), "a line break stays an escaped line break: \(escaped)")
    }
}
