/// A pull parser over UTF-8 bytes: the caller asks for the value it expects next.
///
/// No intermediate tree is built, which keeps loading a large library fast; every
/// syntax error carries its line and column.
public struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    public internal(set) var offset = 0
    private var depth = 0
    public static let maximumDepth = 200

    /// `bytes` must outlive the reader (use inside `withUnsafeBufferPointer`).
    public init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A reader at `offset`, at the start of an element that is not the first of an
    /// array `depth` levels deep: as a reader that came there from the start would be.
    init(bytes: UnsafeBufferPointer<UInt8>, atLaterElement offset: Int, depth: Int) {
        self.bytes = bytes
        self.offset = offset
        self.depth = depth
        first = false
    }

    // MARK: Structure

    /// The kind of the next value, without consuming it.
    public mutating func peekKind() throws(JSONSyntaxError) -> JSONKind {
        skipWhitespace()
        guard offset < bytes.count else { throw error("unexpected end of file, a value was expected") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw error("unexpected \(describe(bytes[offset])), a value was expected")
        }
    }

    /// Consumes `{`. Then call `nextKey()` until it returns nil.
    public mutating func beginObject() throws(JSONSyntaxError) {
        try expect(UInt8(ascii: "{"))
        try enter()
        first = true
    }

    /// The next key of the current object, with its `:` consumed; nil after the closing `}`.
    public mutating func nextKey() throws(JSONSyntaxError) -> String? {
        guard let span = try nextKeySpan() else { return nil }
        return try text(of: span)
    }

    /// The next key as a span (see `nextKey()`); its text is checked when asked for.
    public mutating func nextKeySpan() throws(JSONSyntaxError) -> JSONStringSpan? {
        guard try nextMember(closing: UInt8(ascii: "}"), inside: "an object", after: "a value in an object") else { return nil }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw error(offset < bytes.count ? "expected a key in double quotes, found \(describe(bytes[offset]))" : "unexpected end of file inside an object")
        }
        let span = try scanString()
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(try text(of: span))\"") }
        offset += 1
        return span
    }

    /// Consumes `[`. Then call `nextElement()` before each element.
    public mutating func beginArray() throws(JSONSyntaxError) {
        try expect(UInt8(ascii: "["))
        try enter()
        first = true
    }

    /// True when another element follows (its leading `,` consumed); false after the closing `]`.
    public mutating func nextElement() throws(JSONSyntaxError) -> Bool {
        try nextMember(closing: UInt8(ascii: "]"), inside: "an array", after: "an element")
    }

    /// Before the next member of an object or element of an array: false (the container
    /// left) at its closing byte; else true, the `,` before any but the first consumed.
    @inline(__always)
    private mutating func nextMember(closing: UInt8, inside container: String, after what: String) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { throw error("unexpected end of file inside " + container) }
        if bytes[offset] == closing {
            offset += 1
            depth -= 1
            first = false
            return false
        }
        if !first {
            guard bytes[offset] == UInt8(ascii: ",") else {
                throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))' after \(what), found \(describe(bytes[offset]))")
            }
            offset += 1
            skipWhitespace()
        }
        first = false
        return true
    }

    /// Whether the enclosing object or array has had no member yet.
    private var first = true

    // MARK: Scalars

    public mutating func readString() throws(JSONSyntaxError) -> String {
        try text(of: scanString())
    }

    /// Consumes a string and says where its text is; control characters are refused
    /// here, escapes and UTF-8 are checked by `text(of:)`.
    public mutating func scanString() throws(JSONSyntaxError) -> JSONStringSpan {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw missing(UInt8(ascii: "\"")) }
        offset += 1
        let start = offset
        var escaped = false
        var high: UInt64 = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while true {
            // Eight bytes at a time: plain ones are skipped, else straight to the first to look at.
            if offset + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let flags = Self.bytesToLookAt(word)
                if flags == 0 {
                    high |= word
                    offset += 8
                    continue
                }
                let index = flags.trailingZeroBitCount / 8
                high |= word & (1 << UInt64(index * 8) &- 1)
                offset += index
            } else if offset >= count {
                break
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") { escaped = true; offset += 2; continue }
            if byte < 0x20 { throw error("control character \(describe(byte)) inside a string (write it as an escape such as \\n)") }
            high |= UInt64(byte)
            offset += 1
        }
        guard offset < count else { throw error(at: start - 1, "unterminated string") }
        let end = offset
        offset += 1
        return JSONStringSpan(start: start, end: end, escaped: escaped, ascii: high & 0x8080_8080_8080_8080 == 0)
    }

    /// The high bit of each byte of eight (the first in the lowest bits) that is a quote,
    /// a backslash or a control character. Tests from "Bit Twiddling Hacks" (a byte is
    /// zero; a byte is below n): the lowest flag is always right, higher ones may not be.
    private static func bytesToLookAt(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote
        let backslashes = (backslash &- ones) & ~backslash
        let controls = (word &- ones &* 0x20) & ~word
        return (quotes | backslashes | controls) & highs
    }

    public mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if matches("true") { offset += 4; return true }
        if matches("false") { offset += 5; return false }
        throw error("expected true or false")
    }

    public mutating func readNull() throws(JSONSyntaxError) {
        skipWhitespace()
        guard matches("null") else { throw error("expected null") }
        offset += 4
    }

    /// A JSON number; `isInteger` is false when it has a fraction or an exponent.
    public mutating func readNumber() throws(JSONSyntaxError) -> (value: Double, isInteger: Bool) {
        skipWhitespace()
        let start = offset
        var isInteger = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integerStart = offset
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error(at: start, "malformed number") }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { throw error(at: start, "a number cannot start with 0") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            isInteger = false
            guard digits() > 0 else { throw error(at: start, "malformed number") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            isInteger = false
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw error(at: start, "malformed number") }
        }
        if isInteger, integerDigits <= 15 {
            // Exact as a Double; no text to make and parse.
            var whole = 0
            for index in integerStart..<integerStart + integerDigits { whole = whole * 10 + Int(bytes[index] &- 48) }
            return (Double(bytes[start] == UInt8(ascii: "-") ? -whole : whole), true)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text) else { throw error(at: start, "malformed number") }
        guard value.isFinite else { throw error(at: start, "number out of range") }
        return (value, isInteger)
    }

    /// Skips one value of any kind, checking its syntax.
    public mutating func skipValue() throws(JSONSyntaxError) {
        switch try peekKind() {
        case .object:
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case .array:
            try beginArray()
            while try nextElement() { try skipValue() }
        case .string: _ = try readString()
        case .number: _ = try readNumber()
        case .boolean: _ = try readBool()
        case .null: try readNull()
        }
    }

    /// After the top-level value: only whitespace may follow.
    public mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        if offset < bytes.count { throw error("unexpected \(describe(bytes[offset])) after the end of the document") }
    }

    // MARK: Positions and errors

    /// Line and column (from 1, column counted in characters) of a byte offset.
    public func location(of position: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var index = 0
        let end = min(position, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    public func error(at position: Int? = nil, _ message: String) -> JSONSyntaxError {
        let (line, column) = location(of: position ?? offset)
        return JSONSyntaxError(line: line, column: column, message: message)
    }

    // MARK: Private

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func expect(_ byte: UInt8) throws(JSONSyntaxError) {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == byte else { throw missing(byte) }
        offset += 1
    }

    /// The error for `byte` not being where the reader is.
    private func missing(_ byte: UInt8) -> JSONSyntaxError {
        guard offset < bytes.count else { return error("unexpected end of file, expected '\(Character(Unicode.Scalar(byte)))'") }
        return error("expected '\(Character(Unicode.Scalar(byte)))', found \(describe(bytes[offset]))")
    }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func digits() -> Int {
        let start = offset
        while offset < bytes.count, bytes[offset] >= 48, bytes[offset] <= 57 { offset += 1 }
        return offset - start
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return word.withUTF8Buffer { literal in
            for index in 0..<count where bytes[offset + index] != literal[index] { return false }
            return true
        }
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "byte 0x" + String(byte, radix: 16, uppercase: true)
        }
    }
}
