/// Merging two sessions' work on one library: what this session changed since it
/// loaded the file (`base` → `mine`) is applied on top of what is on disk now
/// (`theirs`), item by item and field by field. Changes to different items, or to
/// different fields of one item, both win. The same field changed both ways, or an
/// item changed by one and deleted by the other, is a clash: never settled silently.
///
/// The merge works on the model's own fields (`MergeFields`), one per schema key.
public enum ThreeWayMerge {
    public struct Clash: Equatable, Sendable, CustomStringConvertible {
        /// `goals`, `events`, … and the item's id (`library` and an empty id for the library's own fields).
        public let kind: String
        public let id: String
        public let fields: [String]
        public let deleted: Bool
        /// For each clashing field: this session's value and the other's, as a person reads them.
        public var values: [(field: String, mine: String, theirs: String)] = []
        /// Who saved the other version, and when, where the history log knows (`helle, 2026-12-03 15:20`).
        public var theirsBy: String?

        public init(kind: String, id: String, fields: [String], deleted: Bool,
                    values: [(field: String, mine: String, theirs: String)] = []) {
            self.kind = kind
            self.id = id
            self.fields = fields
            self.deleted = deleted
            self.values = values
        }

        public static func == (lhs: Clash, rhs: Clash) -> Bool {
            lhs.kind == rhs.kind && lhs.id == rhs.id && lhs.fields == rhs.fields && lhs.deleted == rhs.deleted
                && lhs.values.map { [$0.field, $0.mine, $0.theirs] } == rhs.values.map { [$0.field, $0.mine, $0.theirs] }
        }

        /// The item in the schema's words: `goals[g3]`, or `library` for its own fields.
        public var item: String { id.isEmpty ? kind : "\(kind)[\(id)]" }

        /// Each clashing field as a path in the schema: `goals[g3].progress`.
        public var paths: [String] { deleted ? [item] : fields.map { "\(item).\($0)" } }

        public var description: String {
            deleted ? "\(item): changed on one side, deleted on the other"
                : values.map { "\(item).\($0.field): mine \($0.mine), theirs \($0.theirs)" }.joined(separator: "; ")
        }
    }

    public enum Outcome: Equatable, Sendable {
        case merged(Library)
        /// `partial` has every change that did not clash, and the other's version where they do.
        case clashes([Clash], partial: Library)
    }

    public static func merge(base: Library, mine original: Library, theirs: Library) -> Outcome {
        if original == base { return .merged(theirs) }
        if theirs == base || theirs == original { return .merged(original) }
        let mine = separatingNewIDs(mine: original, base: base, theirs: theirs)
        var clashes: [Clash] = []
        var result = mergeItem(base, mine, theirs, MergeFields.library, kind: "library", id: "", clashes: &clashes)
        result.goals = mergeList(base.goals, mine.goals, theirs.goals, MergeFields.goals, kind: "goals", clashes: &clashes)
        result.initiatives = mergeList(base.initiatives, mine.initiatives, theirs.initiatives, MergeFields.initiatives,
                                       kind: "initiatives", clashes: &clashes)
        result.events = mergeList(base.events, mine.events, theirs.events, MergeFields.events, kind: "events", clashes: &clashes)
        result.volunteers = mergeList(base.volunteers, mine.volunteers, theirs.volunteers, MergeFields.volunteers,
                                      kind: "volunteers", clashes: &clashes)
        result.shifts = mergeList(base.shifts, mine.shifts, theirs.shifts, MergeFields.shifts, kind: "shifts", clashes: &clashes)
        return clashes.isEmpty ? .merged(result) : .clashes(clashes, partial: result)
    }

    /// `mine` with what changed from `base` to `theirs` carried into it; where the two
    /// clash, `theirs` wins (used to keep older undo versions in step with a merge).
    public static func rebase(_ mine: Library, from base: Library, onto theirs: Library) -> Library {
        switch merge(base: base, mine: mine, theirs: theirs) {
        case .merged(let library), .clashes(_, let library): return library
        }
    }

    /// The partial merge with this session's value put back in every clashing field
    /// (and this session's choice kept where an item was changed on one side and
    /// deleted on the other): "keep mine". Fields that did not clash keep the merge.
    public static func keepingMine(_ clashes: [Clash], partial: Library, mine: Library) -> Library {
        var result = partial
        for clash in clashes {
            switch clash.kind {
            case "goals": keep(clash, &result.goals, mine.goals, MergeFields.goals)
            case "initiatives": keep(clash, &result.initiatives, mine.initiatives, MergeFields.initiatives)
            case "events": keep(clash, &result.events, mine.events, MergeFields.events)
            case "volunteers": keep(clash, &result.volunteers, mine.volunteers, MergeFields.volunteers)
            case "shifts": keep(clash, &result.shifts, mine.shifts, MergeFields.shifts)
            default:
                for field in MergeFields.library where clash.fields.contains(field.name) { field.take(&result, mine) }
            }
        }
        return result
    }

    private static func keep<T: Identifiable>(_ clash: Clash, _ items: inout [T], _ mine: [T], _ fields: [MergeField<T>])
    where T.ID == String {
        let own = mine.first { $0.id == clash.id }
        let position = items.firstIndex { $0.id == clash.id }
        switch (own, position) {
        case (let own?, let position?):
            // Deleted on one side, or added on both under one id: the whole item is the choice.
            if clash.deleted || clash.fields == ["id"] { items[position] = own; return }
            for field in fields where clash.fields.contains(field.name) { field.take(&items[position], own) }
        case (let own?, nil): items.append(own)
        case (nil, let position?): items.remove(at: position)
        case (nil, nil): break
        }
    }

    /// Items by id: theirs in their order, then items only this session added.
    static func mergeList<T: Equatable & Identifiable>(_ base: [T], _ mine: [T], _ theirs: [T], _ fields: [MergeField<T>],
                                                       kind: String, clashes: inout [Clash]) -> [T] where T.ID == String {
        if mine == base { return theirs }
        if theirs == base || theirs == mine { return mine }
        let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let mineByID = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirIDs = Set(theirs.map(\.id))
        var result: [T] = []
        result.reserveCapacity(theirs.count)
        for their in theirs {
            switch (baseByID[their.id], mineByID[their.id]) {
            case (nil, nil):                                              // they added it
                result.append(their)
            case (nil, let own?):                                         // both added the same id
                result.append(their)
                if their != own { clashes.append(Clash(kind: kind, id: their.id, fields: ["id"], deleted: false)) }
            case (let original?, nil):                                    // I deleted it
                if original != their {
                    clashes.append(Clash(kind: kind, id: their.id, fields: [], deleted: true))
                    result.append(their)
                }
            case (let original?, let own?):
                result.append(mergeItem(original, own, their, fields, kind: kind, id: their.id, clashes: &clashes))
            }
        }
        for own in mine where !theirIDs.contains(own.id) {
            if let original = baseByID[own.id] {                          // they deleted it
                if original != own { clashes.append(Clash(kind: kind, id: own.id, fields: [], deleted: true)) }
            } else {
                result.append(own)                                        // I added it
            }
        }
        return result
    }

    /// Field by field; a field changed both ways keeps theirs and is recorded as a clash.
    static func mergeItem<T: Equatable>(_ base: T, _ mine: T, _ theirs: T, _ fields: [MergeField<T>],
                                        kind: String, id: String, clashes: inout [Clash]) -> T {
        if mine == base || mine == theirs { return theirs }
        if theirs == base { return mine }
        var result = theirs
        var values: [(field: String, mine: String, theirs: String)] = []
        for field in fields where !field.same(mine, base) && !field.same(mine, theirs) {
            if field.same(theirs, base) {
                field.take(&result, mine)
            } else {
                values.append((field.name, field.text(mine), field.text(theirs)))
            }
        }
        if !values.isEmpty { clashes.append(Clash(kind: kind, id: id, fields: values.map(\.field), deleted: false, values: values)) }
        return result
    }
}
