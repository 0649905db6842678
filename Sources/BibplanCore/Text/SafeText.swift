/// The one sanitiser for text that bibplan did not write itself (library data,
/// command-line arguments, file names): every output, the full-screen cells and
/// every format of the plain commands, passes through here, so a library file
/// cannot send escape sequences to a terminal or reorder a line.
public enum SafeText {
    /// C0, DEL, C1, the bidi and invisible direction marks, and the line and
    /// paragraph separators: what a terminal or a viewer may obey instead of show.
    /// JSON escapes exactly these as `\u`.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// A control, or a code point no font draws (unassigned, private use, surrogate).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII and the Latin letters (æ, ø, å) first: most text is only these.
        if (0x20..<0x7F).contains(scalar.value) || (0xA0...0x24F).contains(scalar.value) { return false }
        if isControl(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }

    /// What is shown instead of an unsafe code point: C0 controls as their visible
    /// symbols (ESC → ␛, BEL → ␇), DEL as ␡, everything else as U+FFFD.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// The character to draw in a cell.
    public static func visible(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where isUnsafe(scalar) {
            return Character(replacement(for: scalar))
        }
        return character
    }

    /// Text for one line of plain output: tabs and line breaks become spaces.
    public static func line(_ text: String) -> String {
        cleaned(text) { scalar, _ in scalar.value == 0x09 || scalar.value == 0x0A || scalar.value == 0x0D ? " " : nil }
    }

    /// Text that may span lines (a report, a CSV table, a whole command output):
    /// line feeds, tabs and the CR of a CRLF stay.
    public static func lines(_ text: String) -> String {
        cleaned(text) { scalar, next in
            switch scalar.value {
            case 0x09, 0x0A: return scalar
            case 0x0D where next?.value == 0x0A: return scalar
            default: return nil
            }
        }
    }

    /// `keep` may keep a control (or put another scalar for it); nil: its replacement.
    private static func cleaned(_ text: String, keep: (Unicode.Scalar, Unicode.Scalar?) -> Unicode.Scalar?) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard isUnsafe(scalar) else { result.append(scalar); continue }
            result.append(keep(scalar, index < scalars.endIndex ? scalars[index] : nil) ?? replacement(for: scalar))
        }
        return String(result)
    }
}
