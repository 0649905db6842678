/// Writes JSON as UTF-8 bytes, pretty-printed with two spaces, keys in the order
/// they are written. Objects can be inline (one line), for long lists of small items.
public struct JSONWriter {
    /// The document so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: store.base, count: store.count)) }
    private var store: ByteStore
    /// The open objects and arrays, innermost in bit `depth - 1`: which are written on
    /// one line, and which have a member already.
    private var depth = 0
    private var inlineLevels: UInt64 = 0
    private var filledLevels: UInt64 = 0

    public init(capacity: Int = 4096) { store = ByteStore(capacity: capacity) }

    public mutating func beginObject(inline: Bool = false) { open(UInt8(ascii: "{"), inline: inline) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray(inline: Bool = false) { open(UInt8(ascii: "["), inline: inline) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object: writes the separator and `"key": `.
    public mutating func key(_ key: String) {
        separate()
        appendString(key)
        append(UInt8(ascii: ":"))
        append(UInt8(ascii: " "))
        afterKey = true
    }

    public mutating func string(_ value: String) { element(); appendString(value) }
    public mutating func integer(_ value: Int) { element(); appendDigits(value) }

    /// A date as the string `YYYY-MM-DD`, written without making the text first.
    public mutating func day(_ value: Day) {
        element()
        let (year, month, day) = value.components
        append(UInt8(ascii: "\""))
        appendDigits(year, width: 4)
        append(UInt8(ascii: "-"))
        appendDigits(month, width: 2)
        append(UInt8(ascii: "-"))
        appendDigits(day, width: 2)
        append(UInt8(ascii: "\""))
    }
    public mutating func bool(_ value: Bool) { element(); append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { element(); append(contentsOf: "null".utf8) }

    public mutating func strings(_ values: [String]) {
        beginArray(inline: true)
        for value in values { string(value) }
        endArray()
    }

    /// Convenience members.
    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); integer(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, _ values: [String]) { key(name); strings(values) }
    public mutating func field(_ name: String, _ value: Day) { key(name); day(value) }

    // MARK: Private

    private var afterKey = false

    private mutating func element() {
        if afterKey { afterKey = false; return }
        separate()
    }

    private mutating func open(_ bracket: UInt8, inline: Bool) {
        precondition(depth < 64, "JSONWriter nests at most 64 levels")
        element()
        append(bracket)
        let parentInline = depth > 0 && inlineLevels & (1 << UInt64(depth - 1)) != 0
        let bit: UInt64 = 1 << UInt64(depth)
        if inline || parentInline { inlineLevels |= bit } else { inlineLevels &= ~bit }
        filledLevels &= ~bit
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        guard depth > 0 else { return }
        depth -= 1
        let bit: UInt64 = 1 << UInt64(depth)
        if filledLevels & bit != 0 {
            if inlineLevels & bit != 0 { append(UInt8(ascii: " ")) } else { newline() }
        }
        append(bracket)
        afterKey = false
    }

    /// Before a key or an array element: comma if needed, then a newline and indent (or a space).
    private mutating func separate() {
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        if filledLevels & bit != 0 { append(UInt8(ascii: ",")) }
        filledLevels |= bit
        if inlineLevels & bit != 0 { append(UInt8(ascii: " ")) } else { newline() }
    }

    private mutating func newline() {
        append(UInt8(ascii: "\n"))
        if !isKnownUniquelyReferenced(&store) { store = store.copy() }
        store.append(UInt8(ascii: " "), times: 2 * depth)
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if !isKnownUniquelyReferenced(&store) { store = store.copy() }
        store.append(byte)
    }

    private mutating func append(contentsOf text: UnsafeBufferPointer<UInt8>) {
        if !isKnownUniquelyReferenced(&store) { store = store.copy() }
        store.append(text)
    }

    private mutating func append(contentsOf text: some Sequence<UInt8>) {
        for byte in text { append(byte) }
    }

    /// A decimal number, zero-padded to `width` digits (more when it needs them).
    private mutating func appendDigits(_ value: Int, width: Int = 1) {
        guard value >= 0 else {
            append(UInt8(ascii: "-"))
            append(contentsOf: String(value.magnitude).utf8)
            return
        }
        var divisor = 1, digits = 1
        while value / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(digits, width) { append(UInt8(ascii: "0")) }
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: 48 + value / divisor % 10))
            divisor /= 10
        }
    }

    private mutating func appendString(_ value: String) {
        append(UInt8(ascii: "\""))
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = value
            copy.withUTF8 { appendEscaped($0) }
        }
        append(UInt8(ascii: "\""))
    }

    /// The text with the escapes JSON needs; runs of bytes that need none are copied in one step.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        while index < text.count {
            if index + 8 <= text.count, !Self.needsEscape(UnsafeRawBufferPointer(text).loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = text[index]
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
                appendEscape(byte)
                start = index + 1
            } else if byte == 0xC2 || byte == 0xD8 || byte == 0xE2, let (scalar, length) = Self.control(in: text, at: index) {
                append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
                appendUnicodeEscape(scalar)
                index += length
                start = index
                continue
            }
            index += 1
        }
        append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
    }

    /// Whether one of eight bytes is a quote, a backslash, a control character, DEL, or
    /// the first byte of a C1, bidi or separator control (0xC2, 0xD8, 0xE2) (the tests
    /// of "Bit Twiddling Hacks": a byte is zero, a byte is below n).
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var found = (word &- ones &* 0x20) & ~word
        for byte: UInt64 in [0x22, 0x5C, 0x7F, 0xC2, 0xD8, 0xE2] {
            let equal = word ^ (ones &* byte)
            found |= (equal &- ones) & ~equal
        }
        return found & highs != 0
    }

    /// The control (`SafeText.isControl`) whose UTF-8 starts at `index`, and its length.
    private static func control(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = UInt32(text[index])
        let length = lead >= 0xE0 ? 3 : 2
        guard lead < 0xF0, index + length <= text.count else { return nil }
        var value = lead & (length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value), SafeText.isControl(scalar) else { return nil }
        return (value, length)
    }

    private mutating func appendUnicodeEscape(_ value: UInt32) {
        let hex = Array("0123456789abcdef".utf8)
        append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) { append(hex[Int(value >> UInt32(shift) & 0xF)]) }
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(UInt8(ascii: "\\")); append(byte)
        case 0x0A: append(UInt8(ascii: "\\")); append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "\\")); append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "\\")); append(UInt8(ascii: "t"))
        default: appendUnicodeEscape(UInt32(byte))
        }
    }
}

/// The bytes of a `JSONWriter`: appending is a store at the end, without the checks
/// an `Array` makes on every append. Copied when a copied writer writes on.
private final class ByteStore {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    func copy() -> ByteStore {
        let copy = ByteStore(capacity: capacity)
        copy.append(UnsafeBufferPointer(start: base, count: count))
        return copy
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        if bytes.count <= 16 { // most texts here are short: cheaper than a call to memcpy
            for index in 0..<bytes.count { base[count + index] = source[index] }
        } else {
            (base + count).update(from: source, count: bytes.count)
        }
        count += bytes.count
    }

    func append(_ byte: UInt8, times: Int) {
        if count + times > capacity { grow(to: count + times) }
        (base + count).update(repeating: byte, count: times)
        count += times
    }

    private func grow(to minimum: Int) {
        capacity = max(capacity * 2, minimum)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: base, count: count)
        base.deallocate()
        base = larger
    }
}
