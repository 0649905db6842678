import Foundation

/// Clashes a git merge (`bibplan merge`) left for a person to settle: `<id>.clashes.json`
/// beside the library file. The library file itself stays valid and holds theirs in each
/// clashing field; this file keeps our version of the library, so a later session (or
/// `bibplan clashes --keep ours PATH`) can put ours back, field by field.
///
/// ```json
/// { "schema": 1, "library": "glostrup",
///   "merges": [ { "time": "2026-12-03T14:20:05Z", "by": "helle",
///                 "clashes": [ { "kind": "goals", "id": "g3", "deleted": false, "fields": ["progress"],
///                                "ours": ["55"], "theirs": ["65"] } ],
///                 "ours": "{ …our version of the library file… }" } ] }
/// ```
public struct OpenClashes: Equatable, Sendable {
    /// One `bibplan merge` that clashed.
    public struct Merge: Equatable, Sendable {
        /// UTC, `2026-12-03T14:20:05Z`.
        public var time: String
        /// The account that ran the merge (pulled), when known.
        public var by: String?
        public var clashes: [ThreeWayMerge.Clash]
        /// Our version of the library before the merge.
        public var ours: Library

        public init(time: String, by: String?, clashes: [ThreeWayMerge.Clash], ours: Library) {
            self.time = time
            self.by = by
            self.clashes = clashes
            self.ours = ours
        }
    }

    public enum Side: String, Sendable, CaseIterable {
        case ours, theirs
    }

    /// The file cannot be read as open clashes; `message` says where and why.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): \(message)" }
    }

    public static let schema = 1
    public static let kinds: Set<String> = ["library", "goals", "initiatives", "events", "volunteers", "shifts"]

    public var library: String
    public var merges: [Merge]

    public init(library: String, merges: [Merge] = []) {
        self.library = library
        self.merges = merges
    }

    public static func fileName(_ id: String) -> String { id + ".clashes.json" }

    public var isEmpty: Bool { merges.allSatisfy(\.clashes.isEmpty) }

    /// Every open clash as a path in the schema: `goals[g3].progress`, or `goals[g3]` for an
    /// item changed on one side and deleted on the other; with both values as people read them.
    public var open: [(path: String, ours: String, theirs: String, merge: Merge)] {
        merges.flatMap { merge in
            merge.clashes.flatMap { clash -> [(path: String, ours: String, theirs: String, merge: Merge)] in
                if !clash.deleted, clash.values.isEmpty { return [(clash.item, "added", "added", merge)] }
                guard !clash.deleted else {
                    let ours = Self.has(clash, merge.ours)
                    return [(clash.item, ours ? "changed" : "deleted", ours ? "deleted" : "changed", merge)]
                }
                return clash.values.map { ("\(clash.item).\($0.field)", $0.mine, $0.theirs, merge) }
            }
        }
    }

    public enum ResolveError: Error, Equatable, Sendable, CustomStringConvertible {
        case noSuchClash(String)
        public var description: String {
            switch self {
            case .noSuchClash(let path): return "no open clash at \(path)"
            }
        }
    }

    /// Settles the clash at `path` (a field's path, or an item's path for all its clashing
    /// fields): `.ours` puts our value back into `library`, `.theirs` keeps it as it is. The
    /// clash leaves the list either way; a merge with none left goes too.
    public func resolve(_ path: String, keep side: Side, in library: Library) throws(ResolveError) -> (Library, OpenClashes) {
        var remaining = self
        var result = library
        var found = false
        for (mergeIndex, merge) in merges.enumerated() {
            var kept: [ThreeWayMerge.Clash] = []
            for clash in merge.clashes {
                guard let (chosen, rest) = Self.split(clash, at: path) else { kept.append(clash); continue }
                found = true
                if side == .ours { result = ThreeWayMerge.keepingMine([chosen], partial: result, mine: merge.ours) }
                if let rest { kept.append(rest) }
            }
            remaining.merges[mergeIndex].clashes = kept
        }
        guard found else { throw .noSuchClash(path) }
        remaining.merges.removeAll { $0.clashes.isEmpty }
        return (result, remaining)
    }

    /// The part of `clash` at `path` and what is left of it, or nil when the path is not in it.
    static func split(_ clash: ThreeWayMerge.Clash, at path: String) -> (ThreeWayMerge.Clash, ThreeWayMerge.Clash?)? {
        if path == clash.item { return (clash, nil) }
        guard !clash.deleted, let field = clash.fields.first(where: { "\(clash.item).\($0)" == path }) else { return nil }
        var chosen = ThreeWayMerge.Clash(kind: clash.kind, id: clash.id, fields: [field], deleted: false,
                                         values: clash.values.filter { $0.field == field })
        chosen.theirsBy = clash.theirsBy
        let others = clash.fields.filter { $0 != field }
        guard !others.isEmpty else { return (chosen, nil) }
        var rest = ThreeWayMerge.Clash(kind: clash.kind, id: clash.id, fields: others, deleted: false,
                                       values: clash.values.filter { $0.field != field })
        rest.theirsBy = clash.theirsBy
        return (chosen, rest)
    }

    /// Whether the clash's item is in `library`.
    static func has(_ clash: ThreeWayMerge.Clash, _ library: Library) -> Bool {
        switch clash.kind {
        case "goals": return library.goals.contains { $0.id == clash.id }
        case "initiatives": return library.initiatives.contains { $0.id == clash.id }
        case "events": return library.events.contains { $0.id == clash.id }
        case "volunteers": return library.volunteers.contains { $0.id == clash.id }
        case "shifts": return library.shifts.contains { $0.id == clash.id }
        default: return true
        }
    }
}
