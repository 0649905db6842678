@testable import BibplanCore
import Foundation

/// The model of what must survive: every change a person made, as field values by
/// path (`goals[g3].progress`), and the order in which saves acknowledged them.
struct AcknowledgedChanges {
    struct Change {
        let path: String
        /// The item's path (`goals[g3]`), for existence and for clashes about a whole item.
        let item: String
        let value: String
    }

    private(set) var log: [Change] = []

    mutating func acknowledge(_ changes: [Change]) { log += changes }

    /// Every field of every item, and each item's existence, as text by path.
    static func values(of library: Library) -> [String: String] {
        var values: [String: String] = [:]
        add(library.goals, "goals", MergeFields.goals, to: &values)
        add(library.initiatives, "initiatives", MergeFields.initiatives, to: &values)
        add(library.events, "events", MergeFields.events, to: &values)
        add(library.volunteers, "volunteers", MergeFields.volunteers, to: &values)
        add(library.shifts, "shifts", MergeFields.shifts, to: &values)
        return values
    }

    private static func add<T: Identifiable>(_ items: [T], _ kind: String, _ fields: [MergeField<T>], to values: inout [String: String])
    where T.ID == String {
        for item in items {
            let path = "\(kind)[\(item.id)]"
            values[path] = "present"
            for field in fields { values["\(path).\(field.name)"] = field.text(item) }
        }
    }

    /// The changes from one version of the screen's library to the next (only items
    /// that differ are looked at field by field).
    static func changes(from before: Library, to after: Library) -> [Change] {
        guard before != after else { return [] }
        var changes: [Change] = []
        collect(before.goals, after.goals, "goals", MergeFields.goals, into: &changes)
        collect(before.initiatives, after.initiatives, "initiatives", MergeFields.initiatives, into: &changes)
        collect(before.events, after.events, "events", MergeFields.events, into: &changes)
        collect(before.volunteers, after.volunteers, "volunteers", MergeFields.volunteers, into: &changes)
        collect(before.shifts, after.shifts, "shifts", MergeFields.shifts, into: &changes)
        return changes
    }

    private static func collect<T: Identifiable & Equatable>(_ before: [T], _ after: [T], _ kind: String, _ fields: [MergeField<T>],
                                                              into changes: inout [Change]) where T.ID == String {
        guard before != after else { return }
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in Set(old.keys).union(new.keys).sorted() where old[id] != new[id] {
            let item = "\(kind)[\(id)]"
            guard let now = new[id] else { changes.append(Change(path: item, item: item, value: "absent")); continue }
            if old[id] == nil { changes.append(Change(path: item, item: item, value: "present")) }
            for field in fields where old[id].map({ !field.same($0, now) }) ?? true {
                changes.append(Change(path: "\(item).\(field.name)", item: item, value: field.text(now)))
            }
        }
    }

    /// What the file must hold: the last acknowledged value of every path, where the
    /// item's last acknowledged change says it exists. Returns every difference.
    func differences(from library: Library) -> [String] {
        let actual = Self.values(of: library)
        var lastValue: [String: String] = [:]
        var itemAlive: [String: Bool] = [:]
        for change in log {
            lastValue[change.path] = change.value
            itemAlive[change.item] = change.path != change.item || change.value == "present"
        }
        var problems: [String] = []
        for (item, alive) in itemAlive where (actual[item] != nil) != alive {
            problems.append("\(item): expected \(alive ? "present" : "absent")")
        }
        for (path, value) in lastValue where path.contains(".") && actual[String(path.prefix { $0 != "." })] != nil {
            if actual[path] != value { problems.append("\(path): expected \(value), file has \(actual[path] ?? "nothing")") }
        }
        return problems.sorted()
    }
}
