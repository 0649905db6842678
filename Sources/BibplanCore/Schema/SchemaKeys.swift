/// The keys one kind of object may have in schema 1. The decoder matches a key's
/// bytes against these names, so a known key never becomes a `String`.
protocol ObjectKeys: CaseIterable, Equatable, Sendable, RawRepresentable where RawValue == String {
    static var table: KeyTable<Self> { get }
}

/// The names of `Key`'s cases as bytes, for matching keys straight from the document.
struct KeyTable<Key: ObjectKeys>: Sendable {
    let cases: [Key]
    private let names: [UInt8]
    private let starts: [Int]

    init() {
        cases = Array(Key.allCases)
        var names: [UInt8] = [], starts = [0]
        for key in cases {
            names += key.rawValue.utf8
            starts.append(names.count)
        }
        self.names = names
        self.starts = starts
        precondition(cases.count <= 64, "at most 64 keys per object (a bit each)")
    }

    /// The position of the key whose name is the span's text, when it has no escapes.
    func position(of span: JSONStringSpan, in reader: JSONReader) -> Int? {
        names.withUnsafeBufferPointer { names in
            for position in 0..<cases.count {
                let name = UnsafeBufferPointer(rebasing: names[starts[position]..<starts[position + 1]])
                if reader.text(of: span, is: name) { return position }
            }
            return nil
        }
    }

    /// The position of the key named `text` (for a key written with escapes).
    func position(of text: String) -> Int? {
        cases.firstIndex { $0.rawValue == text }
    }

    func position(of key: Key) -> Int {
        cases.firstIndex(of: key) ?? 0
    }
}

/// The keys met so far in one object: a bit per known key, the names of unknown ones.
struct KeysSeen<Key: ObjectKeys> {
    var known: UInt64 = 0
    var unknown: [String] = []
    /// The current key is on the decoder's path (taken off at the next key or the end).
    var onPath = false

    func contains(_ key: Key) -> Bool {
        known & (1 << UInt64(Key.table.position(of: key))) != 0
    }
}

enum LibraryKey: String, ObjectKeys {
    case schema, id, name, municipality, address, timeZone, vision, plan, goals, initiatives, events, volunteers, shifts, volunteerSignup
    static let table = KeyTable<Self>()
}

enum PlanKey: String, ObjectKeys {
    case title, from, to
    static let table = KeyTable<Self>()
}

enum GoalKey: String, ObjectKeys {
    case id, parent, title, description, owner, status, progress, successCriteria, due
    static let table = KeyTable<Self>()
}

enum InitiativeKey: String, ObjectKeys {
    case id, title, goals, owner, partners, status, from, to, funding, notes
    static let table = KeyTable<Self>()
}

enum EventKey: String, ObjectKeys {
    case id, title, start, durationMinutes, rrule, exdates, location, audience, initiative, capacity, groups, volunteersNeeded, description
    static let table = KeyTable<Self>()
}

enum VolunteerKey: String, ObjectKeys {
    case id, name, groups, phone, email, active, notes
    static let table = KeyTable<Self>()
}

enum ShiftKey: String, ObjectKeys {
    case id, event, date, volunteer, role
    static let table = KeyTable<Self>()
}
