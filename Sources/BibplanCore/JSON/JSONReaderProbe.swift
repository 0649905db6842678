/// Steps that never throw, for trying a fast reading of a value of a known shape:
/// each says whether the document goes on as expected (and moves on) or not (and
/// the caller drops its copy of the reader and reads the value the general way,
/// which then reports whatever is different).
extension JSONReader {
    /// Consumes `byte` after any whitespace, if it is there.
    public mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    /// Consumes `"name":` (with any whitespace around), if that is what follows.
    public mutating func takeKey(_ name: StaticString) -> Bool {
        guard take(UInt8(ascii: "\"")) else { return false }
        let length = name.utf8CodeUnitCount
        guard offset + length < bytes.count else { return false }
        let matched = name.withUTF8Buffer { name in
            for index in 0..<length where bytes[offset + index] != name[index] { return false }
            return true
        }
        guard matched, bytes[offset + length] == UInt8(ascii: "\"") else { return false }
        offset += length + 1
        return take(UInt8(ascii: ":"))
    }

    /// A string without escapes whose text is valid, consumed; nil for anything else.
    public mutating func takePlainString() -> JSONStringSpan? {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), let span = try? scanString(),
              !span.escaped, span.ascii || UTF8Check.isValid(rawBytes(of: span)) else { return nil }
        return span
    }

    /// The text of a span that `takePlainString()` gave.
    public func plainText(of span: JSONStringSpan) -> String {
        String(decoding: rawBytes(of: span), as: UTF8.self)
    }
}

/// Strings met before, by their bytes: ids and roles repeat across thousands of
/// shifts, and finding one here is cheaper than making it again. Short texts only
/// (up to 16 bytes, compared as two words); a slot keeps the last text that hashed to it.
struct RepeatedTexts {
    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = -1
        var text = ""
    }

    private var entries = [Entry](repeating: Entry(), count: 4096)

    /// The text of a plain string span (see `JSONReader.takePlainString()`).
    mutating func text(of span: JSONStringSpan, in reader: JSONReader) -> String {
        let count = span.end - span.start
        guard count <= 16 else { return reader.plainText(of: span) }
        var low: UInt64 = 0, high: UInt64 = 0
        if span.start + 16 <= reader.bytes.count {
            let raw = UnsafeRawBufferPointer(reader.bytes)
            low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: span.start, as: UInt64.self)) & Self.mask(count)
            high = count > 8 ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: span.start + 8, as: UInt64.self)) & Self.mask(count - 8) : 0
        } else {
            for index in 0..<count {
                let byte = UInt64(reader.bytes[span.start + index])
                if index < 8 { low |= byte << UInt64(8 * index) } else { high |= byte << UInt64(8 * (index - 8)) }
            }
        }
        var hash = (low ^ high &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        let slot = Int(truncatingIfNeeded: hash) & (entries.count - 1)
        if entries[slot].count == count, entries[slot].low == low, entries[slot].high == high { return entries[slot].text }
        let text = reader.plainText(of: span)
        entries[slot] = Entry(low: low, high: high, count: count, text: text)
        return text
    }

    /// The low `count` bytes of a word (all of them from 8 on).
    private static func mask(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 << UInt64(8 * count)) &- 1
    }
}
