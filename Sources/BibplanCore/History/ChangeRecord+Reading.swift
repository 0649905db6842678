import Foundation

extension ChangeRecord {
    /// `2026-12-03 15:20` in the library's time zone (the record's own text when it does not read).
    public func localTime(in zone: String) -> String {
        guard let moment else { return time }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: moment)
        let two = { (value: Int?) in String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + "-" + two(parts.month) + "-" + two(parts.day) + " " + two(parts.hour) + ":"
            + two(parts.minute)
    }

    /// The newest record of a change to one of `clash`'s fields (or to its item, when it
    /// was deleted on one side): who saved the other version, and when.
    public static func latest(for clash: ThreeWayMerge.Clash, in records: [ChangeRecord]) -> ChangeRecord? {
        records.last { $0.entity == clash.item && (clash.deleted || $0.field.map(clash.fields.contains) == true) }
    }
}
