/// Where a string's text lies in the document, between its quotes, as found by
/// `JSONReader.scanString()`. Turning it into a `String` is a separate step, so a
/// caller that only compares it (a key) or parses it (a date) makes no `String`.
public struct JSONStringSpan: Sendable {
    /// Offsets of the first byte after the opening quote and of the closing quote.
    public let start: Int
    public let end: Int
    /// The text contains a backslash escape.
    public let escaped: Bool
    /// Every byte is below 0x80.
    public let ascii: Bool
}

extension JSONReader {
    /// The bytes between the quotes, escapes not resolved.
    public func rawBytes(of span: JSONStringSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
    }

    /// The text of a string: escapes resolved, UTF-8 checked.
    public func text(of span: JSONStringSpan) throws(JSONSyntaxError) -> String {
        let raw = rawBytes(of: span)
        if span.escaped { return try unescape(raw, from: span.start) }
        // ASCII needs no validation, and most keys and values are ASCII.
        if span.ascii { return String(decoding: raw, as: UTF8.self) }
        guard UTF8Check.isValid(raw) else { throw error(at: span.start, "text is not valid UTF-8") }
        return String(decoding: raw, as: UTF8.self)
    }

    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, from start: Int) throws(JSONSyntaxError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else { output.append(byte); index += 1; continue }
            guard index + 1 < raw.count else { throw error(at: start + index, "unfinished escape") }
            let code = raw[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(code)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(raw, index, start)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u") else {
                        throw error(at: start + index, "lone surrogate in \\u escape")
                    }
                    let low = try hex4(raw, index + 2, start)
                    guard (0xDC00...0xDFFF).contains(low) else { throw error(at: start + index, "invalid surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error(at: start + index, "lone surrogate in \\u escape")
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw error(at: start + index, "invalid \\u escape") }
                UTF8.encode(unicode, into: { output.append($0) })
            default:
                throw error(at: start + index - 2, "unknown escape '\\\(Character(Unicode.Scalar(code)))'")
            }
        }
        let valid = output.withUnsafeBufferPointer { UTF8Check.isValid($0) }
        guard valid else { throw error(at: start, "text is not valid UTF-8") }
        return String(decoding: output, as: UTF8.self)
    }

    private func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ index: Int, _ start: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= raw.count else { throw error(at: start + index, "\\u needs four hex digits") }
        var value: UInt32 = 0
        for byte in raw[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case 48...57: digit = byte - 48
            case 65...70: digit = byte - 55
            case 97...102: digit = byte - 87
            default: throw error(at: start + index, "\\u needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

/// Well-formed UTF-8 as the Unicode standard defines it (table 3-7): no overlong
/// forms, no surrogates, nothing above U+10FFFF, no truncated sequence.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF // the allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return false }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xC0 == 0x80 else { return false }
                next += 1
            }
            index += length
        }
        return true
    }
}
