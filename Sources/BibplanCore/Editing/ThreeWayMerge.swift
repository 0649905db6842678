import Foundation

/// Merging two sessions' work on one library: what this session changed since it
/// loaded the file (`base` → `mine`) is applied on top of what is on disk now
/// (`theirs`), item by item and field by field. Changes to different items, or to
/// different fields of one item, both win. The same field changed both ways, or an
/// item changed by one and deleted by the other, is a clash: never settled silently.
public enum ThreeWayMerge {
    public struct Clash: Equatable, Sendable, CustomStringConvertible {
        /// `goals`, `events`, … and the item's id (empty for the library's own fields).
        public let kind: String
        public let id: String
        public let fields: [String]
        public let deleted: Bool
        /// For each clashing field: this session's value and the other's, as JSON text.
        public var values: [(field: String, mine: String, theirs: String)] = []

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

        public var description: String {
            let item = id.isEmpty ? kind : "\(kind) \"\(id)\""
            return deleted ? "\(item): changed on one side, deleted on the other" : "\(item): \(fields.joined(separator: ", ")) changed on both sides"
        }
    }

    public enum Outcome: Equatable, Sendable {
        case merged(Library)
        case clashes([Clash], partial: Library)
    }

    /// `mine` with what changed from `base` to `theirs` carried into it; where the two
    /// clash, `theirs` wins (used to keep older undo versions in step with a merge).
    public static func rebase(_ mine: Library, from base: Library, onto theirs: Library) -> Library {
        switch merge(base: base, mine: mine, theirs: theirs) {
        case .merged(let library), .clashes(_, let library): return library
        }
    }

    /// The partial merge with this session's version of every clashing item put back
    /// (or left out, where this session deleted it): "keep mine".
    public static func keepingMine(_ clashes: [Clash], partial: Library, mine: Library) -> Library {
        var result = partial
        for clash in clashes {
            switch clash.kind {
            case "goals": replace(&result.goals, with: mine.goals, id: clash.id)
            case "initiatives": replace(&result.initiatives, with: mine.initiatives, id: clash.id)
            case "events": replace(&result.events, with: mine.events, id: clash.id)
            case "volunteers": replace(&result.volunteers, with: mine.volunteers, id: clash.id)
            case "shifts": replace(&result.shifts, with: mine.shifts, id: clash.id)
            default:
                let lists = (result.goals, result.initiatives, result.events, result.volunteers, result.shifts)
                result = mine
                (result.goals, result.initiatives, result.events, result.volunteers, result.shifts) = lists
            }
        }
        return result
    }

    private static func replace<T: Identifiable>(_ items: inout [T], with mine: [T], id: String) where T.ID == String {
        let own = mine.first { $0.id == id }
        if let position = items.firstIndex(where: { $0.id == id }) {
            if let own { items[position] = own } else { items.remove(at: position) }
        } else if let own {
            items.append(own)
        }
    }

    public static func merge(base: Library, mine: Library, theirs: Library) -> Outcome {
        var clashes: [Clash] = []
        var result = theirs
        if let fields = mergeFields(base: header(base), mine: header(mine), theirs: header(theirs), clashes: &clashes, kind: "library", id: ""),
           let merged = decodeHeader(fields, into: theirs) {
            result = merged
        }
        result.goals = mergeList(base.goals, mine.goals, theirs.goals, kind: "goals", clashes: &clashes)
        result.initiatives = mergeList(base.initiatives, mine.initiatives, theirs.initiatives, kind: "initiatives", clashes: &clashes)
        result.events = mergeList(base.events, mine.events, theirs.events, kind: "events", clashes: &clashes)
        result.volunteers = mergeList(base.volunteers, mine.volunteers, theirs.volunteers, kind: "volunteers", clashes: &clashes)
        result.shifts = mergeList(base.shifts, mine.shifts, theirs.shifts, kind: "shifts", clashes: &clashes)
        return clashes.isEmpty ? .merged(result) : .clashes(clashes, partial: result)
    }

    /// Items by id: theirs in their order, then items only this session added.
    static func mergeList<T: Codable & Equatable & Identifiable>(_ base: [T], _ mine: [T], _ theirs: [T], kind: String,
                                                                 clashes: inout [Clash]) -> [T] where T.ID == String {
        let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let mineByID = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirIDs = Set(theirs.map(\.id))
        var result: [T] = []
        for their in theirs {
            let original = baseByID[their.id]
            let own = mineByID[their.id]
            switch (original, own) {
            case (nil, nil): result.append(their)                        // they added it
            case (nil, let own?):                                         // both added the same id
                if own == their { result.append(their) } else {
                    clashes.append(Clash(kind: kind, id: their.id, fields: ["id"], deleted: false))
                    result.append(their)
                }
            case (let original?, nil):                                    // I deleted it
                if original != their { clashes.append(Clash(kind: kind, id: their.id, fields: [], deleted: true)); result.append(their) }
            case (let original?, let own?):
                result.append(mergeItem(original, own, their, kind: kind, clashes: &clashes))
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

    static func mergeItem<T: Codable & Equatable & Identifiable>(_ base: T, _ mine: T, _ theirs: T, kind: String,
                                                                 clashes: inout [Clash]) -> T where T.ID == String {
        if mine == base || mine == theirs { return theirs }
        if theirs == base { return mine }
        guard let fields = mergeFields(base: object(base), mine: object(mine), theirs: object(theirs), clashes: &clashes, kind: kind, id: mine.id),
              let data = try? JSONSerialization.data(withJSONObject: fields),
              let merged = try? JSONDecoder().decode(T.self, from: data) else { return theirs }
        return merged
    }

    /// Field by field; nil (and a clash recorded) when one field was changed both ways.
    static func mergeFields(base: [String: Any], mine: [String: Any], theirs: [String: Any], clashes: inout [Clash],
                            kind: String, id: String) -> [String: Any]? {
        var result: [String: Any] = [:]
        var clashing: [String] = []
        var values: [(field: String, mine: String, theirs: String)] = []
        for key in Set(base.keys).union(mine.keys).union(theirs.keys).sorted() {
            let b = base[key].map(canonical), m = mine[key].map(canonical), t = theirs[key].map(canonical)
            let chosen: Any?
            if m == b { chosen = theirs[key] } else if t == b || m == t { chosen = mine[key] } else {
                clashing.append(key)
                values.append((key, m.map(unwrapped) ?? "–", t.map(unwrapped) ?? "–"))
                chosen = theirs[key]
            }
            if let chosen { result[key] = chosen }
        }
        guard clashing.isEmpty else {
            clashes.append(Clash(kind: kind, id: id, fields: clashing, deleted: false, values: values))
            return nil
        }
        return result
    }

    private static func object<T: Encodable>(_ value: T) -> [String: Any] {
        guard let data = try? JSONEncoder().encode(value),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    /// Comparable text of a JSON value (keys sorted).
    private static func canonical(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject([value]),
              let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `["x"]` → `x`, `[30]` → `30`: a canonical value as a person reads it.
    private static func unwrapped(_ text: String) -> String {
        var inner = text.dropFirst().dropLast()
        if inner.hasPrefix("\""), inner.hasSuffix("\""), inner.count >= 2 { inner = inner.dropFirst().dropLast() }
        return String(inner)
    }

    /// The library's own fields, without its lists.
    private static func header(_ library: Library) -> [String: Any] {
        var copy = library
        copy.goals = []
        copy.initiatives = []
        copy.events = []
        copy.volunteers = []
        copy.shifts = []
        return object(copy)
    }

    private static func decodeHeader(_ fields: [String: Any], into library: Library) -> Library? {
        guard let data = try? JSONSerialization.data(withJSONObject: fields),
              var header = try? JSONDecoder().decode(Library.self, from: data) else { return nil }
        header.goals = library.goals
        header.initiatives = library.initiatives
        header.events = library.events
        header.volunteers = library.volunteers
        header.shifts = library.shifts
        return header
    }
}
