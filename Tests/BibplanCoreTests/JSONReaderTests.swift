import XCTest
@testable import BibplanCore

/// The JSON reader, driven through `LibraryCodec.decode` as the program uses it.
final class JSONReaderTests: XCTestCase {
    /// The start of a valid library document; close it with `}`.
    private let head = #"{"schema": 1, "id": "t", "name": "T""#

    // MARK: Helpers

    private func loadError(_ bytes: [UInt8]) -> LibraryLoadError? {
        do throws(LibraryLoadError) {
            _ = try LibraryCodec.decode(bytes, file: "test.json")
            return nil
        } catch {
            return error
        }
    }

    /// The syntax error of `bytes`, failing the test when they load or fail for another reason.
    private func syntaxError(_ bytes: [UInt8], _ note: String = "", file: StaticString = #filePath, line: UInt = #line) -> JSONSyntaxError? {
        switch loadError(bytes) {
        case .notJSON(let name, let error)?:
            XCTAssertEqual(name, "test.json", file: file, line: line)
            return error
        case nil:
            XCTFail("expected notJSON, but the document loaded \(note)", file: file, line: line)
        case let other?:
            XCTFail("expected notJSON, got \(other) \(note)", file: file, line: line)
        }
        return nil
    }

    private func syntaxError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONSyntaxError? {
        syntaxError(Array(text.utf8), file: file, line: line)
    }

    /// Asserts that `text` is refused as not JSON (any position).
    private func assertNotJSON(_ text: String, _ note: String = "", file: StaticString = #filePath, line: UInt = #line) {
        assertNotJSON(Array(text.utf8), note, file: file, line: line)
    }

    private func assertNotJSON(_ bytes: [UInt8], _ note: String = "", file: StaticString = #filePath, line: UInt = #line) {
        _ = syntaxError(bytes, note, file: file, line: line)
    }

    private func assertSyntaxError(_ text: String, line expectedLine: Int, column expectedColumn: Int,
                                   file: StaticString = #filePath, line: UInt = #line) {
        assertSyntaxError(Array(text.utf8), line: expectedLine, column: expectedColumn, file: file, line: line)
    }

    private func assertSyntaxError(_ bytes: [UInt8], line expectedLine: Int, column expectedColumn: Int,
                                   file: StaticString = #filePath, line: UInt = #line) {
        guard let error = syntaxError(bytes, file: file, line: line) else { return }
        XCTAssertEqual(error.line, expectedLine, "line of: \(error)", file: file, line: line)
        XCTAssertEqual(error.column, expectedColumn, "column of: \(error)", file: file, line: line)
    }

    private func decode(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Library {
        do throws(LibraryLoadError) {
            return try LibraryCodec.decode(Array(text.utf8), file: "test.json")
        } catch {
            XCTFail("should load: \(error)", file: file, line: line)
            throw error
        }
    }

    // MARK: Empty and truncated

    func testEmptyFile() {
        assertSyntaxError([], line: 1, column: 1)
    }

    func testOnlyWhitespace() {
        assertSyntaxError(" \n\t \n  ", line: 3, column: 3)
    }

    func testOnlyAnOpeningBrace() {
        assertSyntaxError("{", line: 1, column: 2)
    }

    func testTruncatedInsideAString() {
        let text = """
        {
          "schema": 1,
          "name": "Glostrup Bibl
        """
        // Reported at the opening quote of the unterminated string.
        assertSyntaxError(text, line: 3, column: 11)
        XCTAssertEqual(syntaxError(text)?.message, "unterminated string")
    }

    func testTruncatedAfterAValue() {
        assertSyntaxError(head + ",", line: 1, column: 38)
    }

    // MARK: Separators

    func testTrailingCommaInAnObject() {
        let text = """
        {
          "schema": 1,
          "id": "x",
        }
        """
        assertSyntaxError(text, line: 4, column: 1)
    }

    func testTrailingCommaInAnArray() {
        assertSyntaxError(head + #", "goals": [{"id": "g1", "title": "A"},]}"#, line: 1, column: 76)
    }

    func testColumnsCountCharactersNotBytes() {
        let text = """
        {
          "name": "Tårnby" "id": "taarnby"
        }
        """
        assertSyntaxError(text, line: 2, column: 20)
    }

    func testDocumentFollowedByGarbage() {
        let text = head + "}\n\n  xyz"
        assertSyntaxError(text, line: 3, column: 3)
        XCTAssertTrue(syntaxError(text)?.message.contains("after the end of the document") ?? false)
    }

    func testTwoDocuments() {
        assertSyntaxError(head + "}" + head + "}", line: 1, column: 38)
    }

    func testByteOrderMarkIsRefused() {
        assertSyntaxError([0xEF, 0xBB, 0xBF] + Array((head + "}").utf8), line: 1, column: 1)
    }

    // MARK: Strings

    func testInvalidUTF8InsideAString() {
        let prefix = Array((head + #", "vision": ""#).utf8)
        assertSyntaxError(prefix + [0x61, 0xFF, 0x62] + Array(#""}"#.utf8), line: 1, column: 50)
        assertSyntaxError(prefix + [0xC3] + Array(#""}"#.utf8), line: 1, column: 50)
        // Also when the string has escapes (the slower path).
        assertNotJSON(prefix + Array(#"\n"#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8))
    }

    func testRawControlCharacterInsideAString() {
        assertSyntaxError("{\"name\": \"a\tb\"}", line: 1, column: 12)
        assertNotJSON(head + ", \"vision\": \"line\nbreak\"}")
        assertNotJSON(head + ", \"vision\": \"esc\u{1b}\"}")
    }

    func testBadEscapes() {
        assertNotJSON(head + #", "vision": "\x41"}"#)
        assertNotJSON(head + #", "vision": "\u12"}"#)
        assertNotJSON(head + #", "vision": "\u12G4"}"#)
        assertNotJSON(head + #", "vision": "\ud83d"}"#, "lone high surrogate")
        assertNotJSON(head + #", "vision": "\ude00"}"#, "lone low surrogate")
        assertNotJSON(head + #", "vision": "\ud83d\u0041"}"#, "high surrogate then no low one")
        assertNotJSON(head + #", "vision": "abc\"#)
    }

    func testEscapesDecode() throws {
        let library = try decode(head + #", "vision": "K\u00f8ge \u00e6\u00C6 \ud83d\ude00\nslut \"q\" \\ \/ \t\r\b\f\u0000"}"#)
        XCTAssertEqual(library.vision, "Køge æÆ 😀\nslut \"q\" \\ / \t\r\u{8}\u{c}\u{0}")
    }

    func testRawUTF8Decodes() throws {
        let library = try decode(#"{"schema": 1, "id": "taarnby", "name": "Tårnby Hovedbibliotek – ÆØÅ 📚"}"#)
        XCTAssertEqual(library.name, "Tårnby Hovedbibliotek – ÆØÅ 📚")
    }

    // MARK: Nesting

    func testDeepArrayNestingThrowsInsteadOfCrashing() {
        let text = String(repeating: "[", count: 10_000)
        XCTAssertTrue(syntaxError(text)?.message.contains("nesting") ?? false)
    }

    func testDeepNestingInsideAMember() {
        XCTAssertTrue(syntaxError(head + #", "goals": "# + String(repeating: "[", count: 10_000))?.message.contains("nesting") ?? false)
        let objects = String(repeating: #"{"a": "#, count: 10_000)
        XCTAssertTrue(syntaxError(head + #", "extra": "# + objects)?.message.contains("nesting") ?? false)
    }

    func testDeepButClosedNestingIsNotASyntaxError() {
        // 150 levels under an unknown key: valid JSON, so the file is invalid, not unreadable.
        let value = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        guard case .invalid(let problems)? = loadError(Array((head + #", "extra": "# + value + "}").utf8)) else {
            return XCTFail("expected an invalid library")
        }
        XCTAssertEqual(problems.map(\.path), ["extra"])
    }

    // MARK: Numbers

    func testNumberTooLargeForADouble() {
        // `1e999` overflows to infinity; the reader must refuse it as a malformed number.
        assertSyntaxError(head + #", "goals": [{"id": "g1", "title": "A", "progress": 1e999}]}"#, line: 1, column: 88)
    }

    func testMalformedNumbers() {
        for number in ["-", "1.", "1e", "1e+", ".5", "+1", "0x10", "--1"] {
            assertNotJSON(head + #", "goals": [{"id": "g1", "title": "A", "progress": "# + number + "}]}", number)
        }
    }

    func testLeadingZeroIsNotJSON() {
        // RFC 8259: an integer part may not start with 0 unless it is 0.
        assertNotJSON(head + #", "goals": [{"id": "g1", "title": "A", "progress": 01}]}"#)
    }

    func testLiterals() {
        assertNotJSON(head + #", "volunteers": [{"id": "v1", "name": "A", "active": tru}]}"#)
        assertNotJSON(head + #", "plan": nul}"#)
    }

    // MARK: Messages

    func testSyntaxErrorDescriptionNamesFileLineAndColumn() {
        let error = loadError(Array("{\n  \"schema\": 1,\n}".utf8))
        XCTAssertEqual(error?.description.hasPrefix("test.json:3:1: "), true, error?.description ?? "no error")
    }
}
