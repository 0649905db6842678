import BibplanCore

/// A clash said to the person: which item, and both versions of each field.
enum ClashText {
    static func lines(_ clash: ThreeWayMerge.Clash, _ language: Language) -> [String] {
        let item = clash.id.isEmpty ? clash.kind : "\(clash.kind) \"\(clash.id)\""
        if clash.deleted {
            return [item + language.pick(": ændret det ene sted, slettet det andet", ": changed on one side, deleted on the other")]
        }
        return [item + ":"] + clash.values.map { value in
            "  \(value.field): " + language.pick("din: ", "yours: ") + value.mine + language.pick("  ·  den anden: ", "  ·  theirs: ") + value.theirs
        }
    }
}
