import Foundation

/// Who makes the changes a store writes: the account and its role in access.json.
public struct ChangeAuthor: Equatable, Sendable {
    public let account: String
    public let role: AccessRole

    public init(account: String, role: AccessRole) {
        self.account = account
        self.role = role
    }
}

/// One line of `<id>.history.jsonl`: one field of one item changed, or an item
/// added or removed, by whom and when.
public struct ChangeRecord: Equatable, Sendable {
    public enum Change: String, Sendable {
        case changed, added, removed
        /// The library put back from its backup (`new` names the backup).
        case restored
    }

    /// UTC, `2026-12-03T14:20:05Z`.
    public var time: String
    public var account: String
    public var role: String
    public var change: Change
    /// The item as the schema names it: `goals[g3]`, or `library` for its own fields.
    public var entity: String
    /// The field's key for `changed`; nil for an item added or removed.
    public var field: String?
    /// As a person reads them (`40`, `on-track`, `–` for nothing); for an item added
    /// or removed, its title in `new` or `old`.
    public var old: String?
    public var new: String?

    public init(time: String, account: String, role: String, change: Change, entity: String,
                field: String? = nil, old: String? = nil, new: String? = nil) {
        self.time = time
        self.account = account
        self.role = role
        self.change = change
        self.entity = entity
        self.field = field
        self.old = old
        self.new = new
    }

    /// `goals[g3].progress`, or the entity for an item added or removed.
    public var path: String { field.map { "\(entity).\($0)" } ?? entity }

    /// The item's id: `g3` for `goals[g3]`, empty for `library`.
    public var entityID: String {
        guard let open = entity.firstIndex(of: "["), entity.hasSuffix("]") else { return "" }
        return String(entity[entity.index(after: open)..<entity.index(before: entity.endIndex)])
    }

    /// The day of `time` (UTC).
    public var day: Day? { Day(iso: String(time.prefix(10))) }

    /// The moment of `time`, for "2 days ago".
    public var moment: Date? { Self.moment(of: time) }

    /// The moment of a time as the log writes it (`2026-12-03T14:20:05Z`, UTC), or nil. Read by
    /// hand: the details ask for it every frame, and a date formatter is costly to make.
    public static func moment(of time: String) -> Date? {
        let bytes = Array(time.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let day = Day(iso: String(time.prefix(10))),
              let hour = number(bytes[11...12]), hour < 24,
              let minute = number(bytes[14...15]), minute < 60,
              let second = number(bytes[17...18]), second < 60 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(((day.ordinal * 24 + hour) * 60 + minute) * 60 + second))
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        digits.reduce(Optional(0)) { total, byte in
            guard let total, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            return total * 10 + Int(byte - UInt8(ascii: "0"))
        }
    }

    public static func timeText(_ moment: Date) -> String { timeFormat.string(from: moment) }

    private static var timeFormat: ISO8601DateFormatter {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime]
        return format
    }
}
