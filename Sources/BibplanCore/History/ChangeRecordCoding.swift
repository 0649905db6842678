/// A change record as one line of JSON, and back. A line that does not read
/// (a write cut short by a crash, a hand edit) is skipped by `decodeLines` and counted.
extension ChangeRecord {
    private static let keys = ["time", "account", "role", "change", "entity", "field", "old", "new"]

    /// One object on one line, ending in a line feed.
    public var jsonLine: [UInt8] {
        var writer = JSONWriter(capacity: 256)
        writeJSON(into: &writer)
        return writer.bytes + [UInt8(ascii: "\n")]
    }

    /// The record as an inline object (also a member of `history --json`).
    public func writeJSON(into writer: inout JSONWriter) {
        writer.beginObject(inline: true)
        writer.field("time", time)
        writer.field("account", account)
        writer.field("role", role)
        writer.field("change", change.rawValue)
        writer.field("entity", entity)
        for (key, value) in [("field", field), ("old", old), ("new", new)] {
            if let value { writer.field(key, value) }
        }
        writer.endObject()
    }

    /// Every record in the bytes of a history file, and how many lines did not read.
    public static func decodeLines(_ bytes: [UInt8]) -> (records: [ChangeRecord], unreadable: Int) {
        var records: [ChangeRecord] = [], unreadable = 0
        for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == 13 }) {
            if let record = decode(Array(line)) { records.append(record) } else { unreadable += 1 }
        }
        return (records, unreadable)
    }

    static func decode(_ line: [UInt8]) -> ChangeRecord? {
        line.withUnsafeBufferPointer { buffer -> ChangeRecord? in
            var reader = JSONReader(bytes: buffer)
            var values: [String: String] = [:]
            do throws(JSONSyntaxError) {
                try reader.beginObject()
                while let key = try reader.nextKey() {
                    guard keys.contains(key), try reader.peekKind() == .string else { return nil }
                    values[key] = try reader.readString()
                }
                try reader.expectEnd()
            } catch {
                return nil
            }
            guard let time = values["time"], let account = values["account"], let role = values["role"],
                  let change = values["change"].flatMap(Change.init(rawValue:)), let entity = values["entity"] else { return nil }
            return ChangeRecord(time: time, account: account, role: role, change: change, entity: entity,
                                field: values["field"], old: values["old"], new: values["new"])
        }
    }
}
