import BibplanCore

extension TextWrap {
    /// `text` in at most `width` columns: whole when it fits, else cut with `…` as its
    /// last column (as `Screen.put` draws it), so a width can be reckoned before drawing.
    public static func cut(_ text: some StringProtocol, _ width: Int) -> String {
        guard width > 0 else { return "" }
        let visible = String(text.map(SafeText.visible))
        guard DisplayWidth.of(visible) > width else { return visible }
        var result = ""
        var used = 0
        for character in visible {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
