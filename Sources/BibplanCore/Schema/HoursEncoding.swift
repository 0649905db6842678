/// Schema 1, written: opening hours and closing days, left out when not given.
enum HoursEncoding {
    static func write(_ writer: inout JSONWriter, _ hours: OpeningHours?, _ closingDays: [ClosingDay]) {
        if let hours {
            writer.key("openingHours")
            writer.beginObject()
            week(&writer, "staffed", hours.staffed)
            week(&writer, "selfService", hours.selfService)
            if hours.publicHolidays != .closed { writer.field("publicHolidays", hours.publicHolidays.rawValue) }
            writer.endObject()
        }
        guard !closingDays.isEmpty else { return }
        writer.key("closingDays")
        writer.beginArray()
        for closing in closingDays {
            writer.beginObject(inline: true)
            writer.field("from", closing.from.iso)
            if closing.to != closing.from { writer.field("to", closing.to.iso) }
            if !closing.reason.isEmpty { writer.field("reason", closing.reason) }
            writer.endObject()
        }
        writer.endArray()
    }

    /// `{"mon": "10-19", …}` on one line; days without hours left out.
    private static func week(_ writer: inout JSONWriter, _ key: String, _ week: WeeklyHours) {
        guard !week.isEmpty else { return }
        writer.key(key)
        writer.beginObject(inline: true)
        for (weekday, name) in zip(Weekday.allCases, WeekdayKey.allCases) where !week[weekday].isEmpty {
            writer.field(name.rawValue, HoursText.text(week[weekday]))
        }
        writer.endObject()
    }
}

/// Foundation's form (for merging) is the schema's: `{"mon": "10-19", "tue": "10-12, 13-19"}`.
extension WeeklyHours: Codable {
    private struct DayName: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: DayName.self)
        for (weekday, name) in zip(Weekday.allCases, WeekdayKey.allCases) {
            guard let text = try container.decodeIfPresent(String.self, forKey: DayName(stringValue: name.rawValue)) else { continue }
            switch HoursText.parse(text) {
            case .success(let spans): self[weekday] = spans
            case .failure(let error):
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DayName.self)
        for (weekday, name) in zip(Weekday.allCases, WeekdayKey.allCases) where !self[weekday].isEmpty {
            try container.encode(HoursText.text(self[weekday]), forKey: DayName(stringValue: name.rawValue))
        }
    }
}
