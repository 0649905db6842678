import BibplanCore

/// Word wrapping by display width.
public enum TextWrap {
    /// Lines of at most `width` columns; words longer than a line are cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word
                lineWidth += wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// `text` cut or padded to exactly `width` columns.
    public static func fit(_ text: some StringProtocol, _ width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(SafeText.visible(character))
            if used + characterWidth > width { break }
            result.append(character)
            used += characterWidth
        }
        return result + String(repeating: " ", count: max(0, width - used))
    }
}
