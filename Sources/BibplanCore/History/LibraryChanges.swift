/// What differs between two versions of a library, field by field, in the schema's
/// words: the merge's own fields (`MergeFields`), so every key is covered.
public enum LibraryChanges {
    /// One difference, before it gets a time and an author.
    public struct Difference: Equatable, Sendable {
        public let change: ChangeRecord.Change
        public let entity: String
        public let field: String?
        public let old: String?
        public let new: String?
    }

    public static func between(_ old: Library, _ new: Library) -> [Difference] {
        guard old != new else { return [] }
        var found = fields(old, new, MergeFields.library, entity: "library")
        found += items(old.goals, new.goals, MergeFields.goals, kind: "goals", title: \.title)
        found += items(old.initiatives, new.initiatives, MergeFields.initiatives, kind: "initiatives", title: \.title)
        found += items(old.events, new.events, MergeFields.events, kind: "events", title: \.title)
        found += items(old.volunteers, new.volunteers, MergeFields.volunteers, kind: "volunteers", title: \.name)
        found += items(old.shifts, new.shifts, MergeFields.shifts, kind: "shifts") { "\($0.volunteer) · \($0.event) · \($0.date.iso)" }
        return found
    }

    private static func fields<T>(_ old: T, _ new: T, _ fields: [MergeField<T>], entity: String) -> [Difference] {
        fields.filter { !$0.same(old, new) }.map {
            Difference(change: .changed, entity: entity, field: $0.name, old: $0.text(old), new: $0.text(new))
        }
    }

    private static func items<T: Equatable & Identifiable>(_ old: [T], _ new: [T], _ fields: [MergeField<T>], kind: String,
                                                           title: (T) -> String) -> [Difference] where T.ID == String {
        guard old != new else { return [] }
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.id))
        var found: [Difference] = []
        for item in new {
            let entity = "\(kind)[\(item.id)]"
            guard let before = oldByID[item.id] else {
                found.append(Difference(change: .added, entity: entity, field: nil, old: nil, new: title(item)))
                continue
            }
            if before != item { found += self.fields(before, item, fields, entity: entity) }
        }
        for item in old where !newIDs.contains(item.id) {
            found.append(Difference(change: .removed, entity: "\(kind)[\(item.id)]", field: nil, old: title(item), new: nil))
        }
        return found
    }
}
