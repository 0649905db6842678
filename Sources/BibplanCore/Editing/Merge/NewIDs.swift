/// Two sessions that each add an item pick the same next id (`g27`) without knowing
/// of each other. Before merging, this session's new item moves to a free id, with
/// every reference to it, so both additions stay.
extension ThreeWayMerge {
    static func separatingNewIDs(mine: Library, base: Library, theirs: Library) -> Library {
        var result = mine
        for kind in ItemKind.allCases {
            let baseIDs = Set(kind.ids(in: base))
            let theirNew = Set(kind.ids(in: theirs)).subtracting(baseIDs)
            guard !theirNew.isEmpty else { continue }
            var taken = Set(kind.ids(in: theirs)).union(kind.ids(in: mine))
            for id in kind.ids(in: mine) where theirNew.contains(id) && !baseIDs.contains(id) && !kind.same(id, mine, theirs) {
                let fresh = freeID(like: id, avoiding: taken)
                taken.insert(fresh)
                result.rename(kind, from: id, to: fresh)
            }
        }
        return result
    }

    /// `g27` → `g28` (or the next number not taken), keeping the id's letters.
    static func freeID(like id: String, avoiding taken: Set<String>) -> String {
        let prefix = String(id.prefix { !$0.isNumber })
        var number = Int(id.dropFirst(prefix.count)) ?? 0
        var candidate = id
        while taken.contains(candidate) {
            number += 1
            candidate = prefix + String(number)
        }
        return candidate
    }
}

/// The kinds of item a library lists by id.
enum ItemKind: CaseIterable {
    case goal, initiative, event, volunteer, shift

    func ids(in library: Library) -> [String] {
        switch self {
        case .goal: library.goals.map(\.id)
        case .initiative: library.initiatives.map(\.id)
        case .event: library.events.map(\.id)
        case .volunteer: library.volunteers.map(\.id)
        case .shift: library.shifts.map(\.id)
        }
    }

    /// Both libraries hold the same item under `id`.
    func same(_ id: String, _ one: Library, _ other: Library) -> Bool {
        switch self {
        case .goal: one.goals.first { $0.id == id } == other.goals.first { $0.id == id }
        case .initiative: one.initiatives.first { $0.id == id } == other.initiatives.first { $0.id == id }
        case .event: one.events.first { $0.id == id } == other.events.first { $0.id == id }
        case .volunteer: one.volunteers.first { $0.id == id } == other.volunteers.first { $0.id == id }
        case .shift: one.shifts.first { $0.id == id } == other.shifts.first { $0.id == id }
        }
    }
}

extension Library {
    /// Gives an item a new id and points every reference to it there.
    mutating func rename(_ kind: ItemKind, from old: String, to new: String) {
        switch kind {
        case .goal:
            for position in goals.indices {
                if goals[position].id == old { goals[position].id = new }
                if goals[position].parent == old { goals[position].parent = new }
            }
            for position in initiatives.indices { initiatives[position].goals = initiatives[position].goals.map { $0 == old ? new : $0 } }
        case .initiative:
            for position in initiatives.indices where initiatives[position].id == old { initiatives[position].id = new }
            for position in events.indices where events[position].initiative == old { events[position].initiative = new }
        case .event:
            for position in events.indices where events[position].id == old { events[position].id = new }
            for position in shifts.indices where shifts[position].event == old { shifts[position].event = new }
        case .volunteer:
            for position in volunteers.indices where volunteers[position].id == old { volunteers[position].id = new }
            for position in shifts.indices where shifts[position].volunteer == old { shifts[position].volunteer = new }
        case .shift:
            for position in shifts.indices where shifts[position].id == old { shifts[position].id = new }
        }
    }
}
