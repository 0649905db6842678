/// Helpers for the plain-text output: text from the data made safe to print, and
/// columns padded by character count.
enum PlainText {
    /// Data text as it may reach a terminal: line breaks and tabs become spaces; other
    /// control characters (C0, DEL, C1) and bidi controls become U+FFFD, so a library
    /// file cannot send escape sequences or reorder a line.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case _ where isUnsafe(scalar): result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` followed by spaces up to `width` characters (never cut).
    static func padded(_ text: String, to width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// `text` in at most `width` characters, ending in `…` when cut.
    static func cut(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        var head = text.prefix(max(width - 1, 0))
        while head.last == " " { head = head.dropLast() }
        return String(head) + "…"
    }

    /// `text` broken at spaces into lines of at most `width` characters: the first after
    /// `lead`, the others after `hang` (a word longer than a line is split).
    static func wrapped(_ text: String, width: Int, lead: String, hang: String) -> [String] {
        var lines: [String] = []
        var line = lead
        var isEmpty = true
        for word in text.split(separator: " ").flatMap({ pieces(of: $0, size: max(width - hang.count, 1)) }) {
            if !isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = hang
                isEmpty = true
            }
            line += (isEmpty ? "" : " ") + word
            isEmpty = false
        }
        return lines + [line]
    }

    private static func pieces(of word: Substring, size: Int) -> [String] {
        stride(from: 0, to: word.count, by: size).map { start in
            String(word.dropFirst(start).prefix(size))
        }
    }
}
