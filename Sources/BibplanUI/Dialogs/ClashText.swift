import BibplanCore

/// A clash said to the person: each field by its path in the file (`goals[g3].progress`),
/// with both versions.
enum ClashText {
    static func lines(_ clash: ThreeWayMerge.Clash, _ language: Language) -> [String] {
        let by = clash.theirsBy.map { " (" + $0 + ")" } ?? ""
        if clash.deleted {
            return [clash.item + language.pick(": ændret det ene sted, slettet det andet", ": changed on one side, deleted on the other") + by]
        }
        return clash.values.map { value in
            "\(clash.item).\(value.field): " + language.pick("din ", "yours ") + value.mine + language.pick(" · den anden ", " · theirs ")
                + value.theirs + by
        }
    }
}
