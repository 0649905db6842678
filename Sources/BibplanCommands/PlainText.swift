/// Helpers for the plain-text output: columns padded, cut and wrapped by character
/// count (text from the data is made safe by `SafeText`).
enum PlainText {
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

    /// `text` with every line longer than `width` broken at spaces; the following lines hang under
    /// the line's last column (after its last run of two or more spaces), else under its indent.
    static func reflow(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let line = String(line)
            guard line.count > width else { return [line] }
            let hang = hangColumn(line, width: width)
            let head = String(line.prefix(hang)), rest = String(line.dropFirst(hang))
            return wrapped(rest, width: width, lead: head, hang: String(repeating: " ", count: hang))
        }.joined(separator: "\n")
    }

    private static func hangColumn(_ line: String, width: Int) -> Int {
        let characters = Array(line.prefix(width))
        let indent = characters.prefix { $0 == " " }.count
        var column = indent, spaces = 0
        for (position, character) in characters.enumerated().dropFirst(indent) {
            if character == " " { spaces += 1; continue }
            if spaces >= 2 { column = position }
            spaces = 0
        }
        // Without a column, the following lines hang a little under the indent, so they do not read as new lines.
        if column == indent, indent > 0 { column = indent + 2 }
        return column <= width - 20 ? column : min(indent, max(width - 20, 0))
    }

    private static func pieces(of word: Substring, size: Int) -> [String] {
        stride(from: 0, to: word.count, by: size).map { start in
            String(word.dropFirst(start).prefix(size))
        }
    }
}
