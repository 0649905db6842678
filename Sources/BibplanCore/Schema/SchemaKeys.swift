/// The keys one kind of object may have in schema 1. The decoder matches a key's
/// bytes against these names, so a known key never becomes a `String`.
protocol ObjectKeys: CaseIterable, Equatable, Sendable, RawRepresentable where RawValue == String {
    static var table: KeyTable<Self> { get }
}

/// The names of `Key`'s cases as bytes, for matching keys straight from the document.
///
/// Made once per kind of object (a `static let`) and never freed, so it holds plain
/// buffers: copying it for every key costs no reference counting.
struct KeyTable<Key: ObjectKeys>: @unchecked Sendable {
    // @unchecked: the buffers are written in init only and live as long as the program.
    let cases: UnsafeBufferPointer<Key>
    private let names: UnsafeBufferPointer<UInt8>
    private let starts: UnsafeBufferPointer<Int>

    init() {
        let cases = Array(Key.allCases)
        var names: [UInt8] = [], starts = [0]
        for key in cases {
            names += key.rawValue.utf8
            starts.append(names.count)
        }
        precondition(cases.count <= 64, "at most 64 keys per object (a bit each)")
        self.cases = Self.permanent(cases)
        self.names = Self.permanent(names)
        self.starts = Self.permanent(starts)
    }

    private static func permanent<T>(_ values: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
        return UnsafeBufferPointer(buffer)
    }

    /// The position of the key whose name is the span's text, when it has no escapes.
    /// Tried from `likely` on: keys mostly come in the order of the schema.
    func position(of span: JSONStringSpan, in reader: JSONReader, likely: Int) -> Int? {
        guard !span.escaped else { return nil }
        let length = span.end - span.start
        for step in 0..<cases.count {
            var position = likely + step
            if position >= cases.count { position -= cases.count }
            let start = starts[position]
            guard starts[position + 1] - start == length else { continue }
            var index = 0
            while index < length, reader.bytes[span.start + index] == names[start + index] { index += 1 }
            if index == length { return position }
        }
        return nil
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
    let table = Key.table
    var known: UInt64 = 0
    /// The position after the last known key: where the next one most likely is.
    var next = 0
    var unknown: [String] = []
    /// The current key is on the decoder's path (taken off at the next key or the end).
    var onPath = false

    func contains(_ key: Key) -> Bool {
        known & (1 << UInt64(table.position(of: key))) != 0
    }
}

enum LibraryKey: String, ObjectKeys {
    case schema, id, name, municipality, address, timeZone, openingHours, closingDays, vision, plan, rooms, categories, goals, initiatives, events,
         volunteers, shifts
    case volunteerSignup, exampleContent
    case sendmail, language
    static let table = KeyTable<Self>()
}

enum MeasureKey: String, ObjectKeys {
    case label, unit, current, target, baseline
    static let table = KeyTable<Self>()
}

enum RoomKey: String, ObjectKeys {
    case name, capacity
    static let table = KeyTable<Self>()
}

enum CategoryKey: String, ObjectKeys {
    case id, name, colour
    static let table = KeyTable<Self>()
}

enum DatedKey: String, ObjectKeys {
    case date, reason, count
    static let table = KeyTable<Self>()
}

enum PlanKey: String, ObjectKeys {
    case title, from, to
    static let table = KeyTable<Self>()
}

enum GoalKey: String, ObjectKeys {
    case id, parent, title, description, owner, status, progress, successCriteria, due, themes, measures
    case priority, contributes
    static let table = KeyTable<Self>()
}

enum InitiativeKey: String, ObjectKeys {
    case id, title, goals, owner, partners, status, from, to, funding, notes, themes, category
    case contributes
    static let table = KeyTable<Self>()
}

enum EventKey: String, ObjectKeys {
    case id, title, start, durationMinutes, rrule, exdates, onClosingDay, location, audience, initiative, capacity, groups, volunteersNeeded,
         description
    case status, room, category, cancellations, registrations, overrides
    static let table = KeyTable<Self>()
}

enum OverrideKey: String, ObjectKeys {
    case date, start, durationMinutes, title, room, location, description
    static let table = KeyTable<Self>()
}

enum VolunteerKey: String, ObjectKeys {
    case id, name, groups, phone, email, active, notes
    static let table = KeyTable<Self>()
}

enum ShiftKey: String, ObjectKeys {
    case id, event, date, volunteer, role, offered
    static let table = KeyTable<Self>()
}
