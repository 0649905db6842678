/// Writes JSON as UTF-8 bytes, pretty-printed with two spaces, keys in the order
/// they are written. Objects can be inline (one line), for long lists of small items.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var stack: [(inline: Bool, count: Int)] = []

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public mutating func beginObject(inline: Bool = false) { open(UInt8(ascii: "{"), inline: inline) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray(inline: Bool = false) { open(UInt8(ascii: "["), inline: inline) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object: writes the separator and `"key": `.
    public mutating func key(_ key: String) {
        separate()
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    public mutating func string(_ value: String) { element(); appendString(value) }
    public mutating func integer(_ value: Int) { element(); bytes.append(contentsOf: String(value).utf8) }
    public mutating func bool(_ value: Bool) { element(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { element(); bytes.append(contentsOf: "null".utf8) }

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

    // MARK: Private

    private var afterKey = false

    private mutating func element() {
        if afterKey { afterKey = false; return }
        separate()
    }

    private mutating func open(_ bracket: UInt8, inline: Bool) {
        element()
        bytes.append(bracket)
        let parentInline = stack.last?.inline ?? false
        stack.append((inline || parentInline, 0))
    }

    private mutating func close(_ bracket: UInt8) {
        guard let top = stack.popLast() else { return }
        if top.count > 0 {
            if top.inline { bytes.append(UInt8(ascii: " ")) } else { newline() }
        }
        bytes.append(bracket)
        afterKey = false
    }

    /// Before a key or an array element: comma if needed, then a newline and indent (or a space).
    private mutating func separate() {
        guard !stack.isEmpty else { return }
        let index = stack.count - 1
        if stack[index].count > 0 { bytes.append(UInt8(ascii: ",")) }
        stack[index].count += 1
        if stack[index].inline { bytes.append(UInt8(ascii: " ")) } else { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<stack.count { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: "\\u00".utf8)
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
