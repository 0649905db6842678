/// Text from a library file is untrusted: it may carry escape sequences. Every
/// character passes through here before it reaches a cell.
public enum SafeText {
    /// The character to draw for `character`: control characters become visible
    /// symbols (ESC → ␛, DEL → ␡), C1 and bidi controls and unassigned or
    /// private-use code points become U+FFFD.
    public static func visible(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where isUnsafe(scalar) {
            return replacement(for: scalar)
        }
        return character
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .unassigned, .privateUse, .surrogate, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0x00...0x1F: return Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}

extension String {
    /// The first line of a text, for one-line places (lists, table cells).
    public var firstLine: Substring {
        prefix { $0 != "\n" && $0 != "\r\n" }
    }
}
