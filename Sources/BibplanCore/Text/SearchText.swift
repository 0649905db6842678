import Foundation

/// Search that forgives case, accents and Danish letters typed either way:
/// `aeldre` finds `ældre`, `hojbjerg` and `hoejbjerg` find `Højbjerg`, `tarnby`
/// and `taarnby` find `Tårnby`, and `højbjerg` finds a text spelled `Hojbjerg`.
public enum SearchText {
    public static func matches(_ query: String, in text: String) -> Bool {
        matches(SearchQuery(query), in: text)
    }

    /// For one query tried against many texts: the query is folded once.
    public static func matches(_ query: SearchQuery, in text: String) -> Bool {
        guard !query.isEmpty else { return true }
        return fold(text, .long).contains(query.long) || fold(text, .short).contains(query.short)
    }

    /// How the Danish letters are spelled in ASCII: `ø` as `oe` or `o`, `å` as `aa` or `a`; `æ` is always `ae`.
    public enum Spelling: Sendable { case long, short }

    public static func fold(_ text: String, _ spelling: Spelling) -> String {
        var spelled = ""
        for character in text.lowercased() {
            switch character {
            case "æ": spelled += "ae"
            case "ø": spelled += spelling == .long ? "oe" : "o"
            case "å": spelled += spelling == .long ? "aa" : "a"
            default: spelled.append(character)
            }
        }
        return spelled.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}

/// A query folded both ways once, for matching many texts.
public struct SearchQuery: Sendable, Equatable {
    public let text: String
    let long: String
    let short: String

    public init(_ text: String) {
        self.text = text
        long = SearchText.fold(text, .long)
        short = SearchText.fold(text, .short)
    }

    public var isEmpty: Bool { long.isEmpty }
}
