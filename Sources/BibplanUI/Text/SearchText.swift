import Foundation

/// Search that forgives case and accents, and Danish letters typed the ASCII
/// way: `aeldre` finds `ældre`, `tarnby` and `taarnby` find `Tårnby`.
public enum SearchText {
    public static func matches(_ query: String, in text: String) -> Bool {
        let needle = fold(query)
        guard !needle.isEmpty else { return true }
        let haystack = fold(text)
        if haystack.contains(needle) { return true }
        // "å" typed as "a" (tarnby) as well as "aa" (taarnby).
        return fold(text, aring: "a").contains(needle)
    }

    static func fold(_ text: String, aring: String = "aa") -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "æ": result += "ae"
            case "ø": result += "oe"
            case "å": result += aring
            default: result.append(character)
            }
        }
        return result.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
