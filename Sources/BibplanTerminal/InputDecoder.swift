import BibplanUI

/// What ncurses hands over, one piece at a time, turned into keys and mouse events.
///
/// ncurses reads the escape sequences it knows (arrows, function keys) itself; a mouse
/// report in SGR 1006 form (`ESC [ < b ; x ; y M` or `m`) it does not know, so it
/// arrives as an Escape followed by plain characters, possibly split across reads.
/// This decoder collects such a sequence and gives one `MouseEvent`, or nothing when
/// the sequence is malformed, overlong or not a mouse report: the bytes of a control
/// sequence never reach the program as stray keys. A lone Escape stays a key; Escape
/// and a character (Alt-x) stays Escape, then the character.
///
/// Pure: the terminal feeds it and, when `waitMilliseconds` passes without input, calls `flush()`.
struct InputDecoder {
    /// Longest control sequence collected; a longer one is dropped as it goes on.
    static let maximumLength = 32
    /// How long the rest of a started control sequence is waited for (a split read over SSH).
    static let sequenceWait = 200

    private enum State: Equatable {
        case idle
        /// An Escape came; it is a key unless `[` follows at once.
        case escape
        /// `ESC [` and the parameter bytes since (without the two).
        case sequence([UInt8])
        /// Too long or not well-formed: swallowing up to the final byte.
        case discarding
        /// `ESC [ M` and the three bytes of a legacy (X10) report read so far: a terminal
        /// without SGR 1006 answers mode 1000 that way.
        case legacy([UInt32])
    }

    private var state = State.idle

    /// Whether a sequence is under way.
    var isPending: Bool { state != .idle }

    /// How long to wait for more input before `flush()`; nil when nothing is pending.
    /// After an Escape ncurses has already waited its own delay, so none more.
    var waitMilliseconds: Int? {
        switch state {
        case .idle: return nil
        case .escape: return 0
        case .sequence, .discarding, .legacy: return Self.sequenceWait
        }
    }

    /// A character from `get_wch`.
    mutating func feed(scalar value: UInt32) -> [TerminalEvent] {
        switch state {
        case .idle:
            if value == 27 { state = .escape; return [] }
            return KeyDecoder.character(value).map { [.key($0)] } ?? []
        case .escape:
            if value == UInt32(UInt8(ascii: "[")) { state = .sequence([]); return [] }
            state = .idle
            return [.key(.escape)] + feed(scalar: value)
        case .sequence(var bytes):
            guard let byte = Self.sequenceByte(value) else { return abandon(then: value) }
            // In a mouse report (`<` first) only M and m end it: a stray letter is noise inside it.
            let inMouseReport = bytes.first == UInt8(ascii: "<")
            if Self.isFinal(byte), inMouseReport, byte != UInt8(ascii: "M"), byte != UInt8(ascii: "m") {
                state = .discarding
                return []
            }
            if Self.isFinal(byte) {
                state = .idle
                if bytes.isEmpty, byte == UInt8(ascii: "M") { state = .legacy([]); return [] }
                return Self.mouse(parameters: bytes, final: byte).map { [.mouse($0)] } ?? []
            }
            bytes.append(byte)
            state = bytes.count > Self.maximumLength ? .discarding : .sequence(bytes)
            return []
        case .discarding:
            guard let byte = Self.sequenceByte(value) else { return abandon(then: value) }
            if Self.isFinal(byte) { state = .idle }
            return []
        case .legacy(var values):
            values.append(value)
            guard values.count == 3 else { state = .legacy(values); return [] }
            state = .idle
            return MouseReport.legacy(values).map { [.mouse($0)] } ?? []
        }
    }

    /// A special key from `get_wch` (`KEY_CODE_YES`): it ends whatever was pending.
    mutating func feed(code: Int32) -> [TerminalEvent] {
        let before = flush()
        return before + (KeyDecoder.special(code).map { [.key($0)] } ?? [])
    }

    /// No more input came in time: a lone Escape is the Escape key; an unfinished
    /// sequence is dropped.
    mutating func flush() -> [TerminalEvent] {
        defer { state = .idle }
        return state == .escape ? [.key(.escape)] : []
    }

    /// A control character or a non-ASCII character inside a sequence ends it unfinished
    /// (dropped); the character itself is read as usual (an Escape starts anew).
    private mutating func abandon(then value: UInt32) -> [TerminalEvent] {
        state = .idle
        return feed(scalar: value)
    }

    /// The bytes a control sequence is made of (0x20–0x7E); nil for anything else.
    private static func sequenceByte(_ value: UInt32) -> UInt8? {
        (0x20...0x7E).contains(value) ? UInt8(value) : nil
    }

    /// ECMA-48: a final byte (0x40–0x7E) ends a control sequence.
    private static func isFinal(_ byte: UInt8) -> Bool {
        (0x40...0x7E).contains(byte)
    }

    /// `< b ; x ; y` with `M` (press, wheel) or `m` (release): see `MouseReport`.
    static func mouse(parameters: [UInt8], final: UInt8) -> MouseEvent? {
        guard final == UInt8(ascii: "M") || final == UInt8(ascii: "m"), parameters.first == UInt8(ascii: "<") else { return nil }
        let fields = parameters.dropFirst().split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        guard fields.count == 3, let code = MouseReport.number(fields[0], in: MouseReport.codes),
              let column = MouseReport.number(fields[1], in: MouseReport.positions),
              let row = MouseReport.number(fields[2], in: MouseReport.positions) else { return nil }
        return MouseReport.event(code: code, column: column - 1, row: row - 1, released: final == UInt8(ascii: "m"))
    }
}

/// The numbers of an SGR 1006 mouse report (xterm's ctlseqs, "Mouse Tracking").
enum MouseReport {
    /// The button code: low two bits the button, +4 Shift, +8 Alt, +16 Control, +32 motion, +64 wheel.
    static let codes = 0...255
    /// 1-based cells; no terminal is this large, so a bigger number is noise.
    static let positions = 1...10_000

    /// Decimal digits only, at most five, inside `range`.
    static func number(_ digits: ArraySlice<UInt8>, in range: ClosedRange<Int>) -> Int? {
        guard !digits.isEmpty, digits.count <= 5 else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return range.contains(value) ? value : nil
    }

    /// The three bytes after `ESC [ M`, each the number plus 32 (so positions up to 223).
    static func legacy(_ values: [UInt32]) -> MouseEvent? {
        guard values.count == 3, values.allSatisfy({ (32...255).contains($0) }) else { return nil }
        let code = Int(values[0]) - 32, column = Int(values[1]) - 32, row = Int(values[2]) - 32
        guard column >= 1, row >= 1 else { return nil }
        // Legacy reports say "released" (button 3) without saying which button: taken as the left one.
        if code & 3 == 3, code & 64 == 0 { return event(code: code & ~3, column: column - 1, row: row - 1, released: true) }
        return event(code: code, column: column - 1, row: row - 1, released: false)
    }

    /// nil for what the program does not use: motion, horizontal wheel, buttons 4 and up.
    static func event(code: Int, column: Int, row: Int, released: Bool) -> MouseEvent? {
        var modifiers: MouseEvent.Modifiers = []
        if code & 4 != 0 { modifiers.insert(.shift) }
        if code & 8 != 0 { modifiers.insert(.alt) }
        if code & 16 != 0 { modifiers.insert(.control) }
        guard code & 32 == 0, code & 128 == 0 else { return nil }
        let kind: MouseEvent.Kind
        if code & 64 != 0 {
            guard !released else { return nil }
            switch code & 3 {
            case 0: kind = .wheelUp
            case 1: kind = .wheelDown
            default: return nil
            }
        } else {
            let buttons: [MouseEvent.Button?] = [.left, .middle, .right, nil]
            guard let button = buttons[code & 3] else { return nil }
            kind = released ? .release(button) : .press(button)
        }
        return MouseEvent(kind, column: column, row: row, modifiers: modifiers)
    }
}
