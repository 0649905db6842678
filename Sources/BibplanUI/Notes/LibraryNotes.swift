import BibplanCore
import Foundation

/// What is read beside the library when it loads and after each save or reload: who last
/// changed each item (the details' "ændret af helle for 2 dage siden") and the clashes a git
/// merge left open in `<id>.clashes.json`. A volunteer gets none of it.
public struct LibraryNotes: Sendable {
    public var changes: LastChanges
    /// When the history was read: "now" for the relative times while the clock is not followed.
    public var readAt: Date?
    /// Open only for staff, who may settle them.
    public var clashes: [GitClash]

    public init(changes: LastChanges = LastChanges(), readAt: Date? = nil, clashes: [GitClash] = []) {
        self.changes = changes
        self.readAt = readAt
        self.clashes = clashes
    }
}

/// One open clash of a git merge: its path in the schema (`goals[g3].progress`) and both values.
public struct GitClash: Equatable, Sendable {
    public let path: String
    public let ours: String
    public let theirs: String

    public init(path: String, ours: String, theirs: String) {
        self.path = path
        self.ours = ours
        self.theirs = theirs
    }
}

extension AppState {
    /// "changed by helle 2 days ago" for item `id` of `kind` (`goals`, `initiatives`, `events`,
    /// `volunteers`); empty when it has no change in the history, and always for a volunteer.
    /// One dictionary look-up and one date sum: cheap in every frame.
    func lastChangeText(kind: String, id: String) -> String {
        guard !role.isVolunteer, let entry = notes.changes.last(kind: kind, id: id), let index else { return "" }
        let timeZone = index.library.timeZone
        guard let now = now.flatMap({ Self.date(of: $0, timeZone: timeZone) }) ?? notes.readAt else { return "" }
        return entry.text(now: now, timeZone: timeZone, language: language) ?? ""
    }

    /// The field for a details view, or none (so the other labels keep their width).
    func lastChangeFields(kind: String, id: String) -> [(String, String)] {
        let text = lastChangeText(kind: kind, id: id)
        return text.isEmpty ? [] : [(language.pick("Senest", "Last change"), text)]
    }

    /// The moment a wall-clock time of the library names.
    static func date(of time: LocalDateTime, timeZone: String) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(identifier: timeZone) else { return nil }
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: time.day.year, month: time.day.month, day: time.day.dayOfMonth,
                                                  hour: time.minutes / 60, minute: time.minutes % 60))
    }
}
