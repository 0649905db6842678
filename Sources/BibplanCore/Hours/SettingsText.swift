/// A library's settings as one line of text each, for the settings form: weekly hours
/// (`man-fre 10-19; lør 10-14`), closing days (`24/12-26/12 jul; 31/12`), rooms
/// (`Salen (80); Caféen`). What each writes, its reader reads back.
public enum SettingsText {
    /// A problem in one part of a line: the part, and what is wrong.
    public struct Problem: Error, Equatable, Sendable {
        public let part: String
        public let danish: String
        public let english: String

        public func text(_ language: Language) -> String { "«" + part + "» " + language.pick(danish, english) }
    }

    // MARK: Weekly hours

    public static func hours(_ weekly: WeeklyHours, _ language: Language) -> String {
        var groups: [(first: Int, last: Int, spans: [ClockSpan])] = []
        for (position, spans) in weekly.days.enumerated() where !spans.isEmpty {
            if let last = groups.last, last.last == position - 1, last.spans == spans {
                groups[groups.count - 1].last = position
            } else {
                groups.append((position, position, spans))
            }
        }
        if groups.count == 1, groups[0].first == 0, groups[0].last == 6 { return HoursText.text(groups[0].spans) }
        return groups.map { group in
            let first = DateNames.shortWeekday(Weekday.allCases[group.first], language).lowercased()
            let last = DateNames.shortWeekday(Weekday.allCases[group.last], language).lowercased()
            return (group.first == group.last ? first : first + "-" + last) + " " + HoursText.text(group.spans)
        }.joined(separator: "; ")
    }

    /// `7-22` (every day) or `man-fre 10-19; lør 10-14` (the days named; others closed).
    public static func hours(_ text: String) -> Result<WeeklyHours, Problem> {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return .success(WeeklyHours()) }
        if case .success(let spans) = HoursText.parse(trimmed) { return .success(WeeklyHours(everyDay: spans)) }
        var weekly = WeeklyHours()
        for part in trimmed.split(separator: ";").map({ String($0).trimmingSpaces }) where !part.isEmpty {
            let pieces = part.split(separator: " ", maxSplits: 1).map(String.init)
            guard pieces.count == 2, let days = weekdays(pieces[0]) else {
                return .failure(Problem(part: part, danish: "er ikke ugedage og timer (fx man-fre 10-19)", english: "is not weekdays and hours (e.g. mon-fri 10-19)"))
            }
            switch HoursText.parse(pieces[1]) {
            case .success(let spans): for day in days { weekly[day] = spans }
            case .failure: return .failure(Problem(part: pieces[1], danish: "er ikke åbningstider (fx 10-19 eller 10-12, 13-19)",
                                                   english: "is not opening hours (e.g. 10-19 or 10-12, 13-19)"))
            }
        }
        return .success(weekly)
    }

    /// `man`, `tir-fre`, `mon-fri`: the weekdays named, in order.
    private static func weekdays(_ text: String) -> [Weekday]? {
        let ends = text.split(separator: "-").map { String($0).lowercased() }
        guard (1...2).contains(ends.count), let first = RecurrenceVocabulary.weekday(ends[0]), let last = RecurrenceVocabulary.weekday(ends.last ?? ends[0]), first.index <= last.index else { return nil }
        return Array(Weekday.allCases[first.index...last.index])
    }

    // MARK: Closing days

    public static func closingDays(_ days: [ClosingDay]) -> String {
        days.map { day in
            (day.from == day.to ? day.from.iso : day.from.iso + " - " + day.to.iso) + (day.reason.isEmpty ? "" : " " + day.reason)
        }.joined(separator: "; ")
    }

    /// `24/12-26/12 jul; 2027-07-20 - 2027-07-31 sommerlukket; 31/12`.
    public static func closingDays(_ text: String, today: Day) -> Result<[ClosingDay], Problem> {
        var days: [ClosingDay] = []
        for part in text.split(separator: ";").map({ String($0).trimmingSpaces }) where !part.isEmpty {
            guard let closing = closingDay(part, today: today) else {
                return .failure(Problem(part: part, danish: "er ikke en dato eller to (fx 24/12-26/12 jul)",
                                        english: "is not a date or two (e.g. 24/12-26/12 christmas)"))
            }
            days.append(closing)
        }
        return .success(days)
    }

    private static func closingDay(_ part: String, today: Day) -> ClosingDay? {
        let words = part.split(separator: " ").map(String.init)
        for taken in stride(from: min(words.count, 3), through: 1, by: -1) {
            let dates = words.prefix(taken).joined(separator: " ")
            let reason = words.dropFirst(taken).joined(separator: " ")
            if let (from, to) = dateSpan(dates, today: today) { return ClosingDay(from: from, to: to, reason: reason) }
        }
        return nil
    }

    private static func dateSpan(_ text: String, today: Day) -> (Day, Day)? {
        if let day = Day(typed: text, today: today) { return (day, day) }
        let separators = [" - ", " – ", "–"] + (text.contains("/") ? ["-"] : [])
        for separator in separators {
            let ends = text.components(separatedBy: separator)
            guard ends.count == 2, let from = Day(typed: ends[0], today: today), let to = Day(typed: ends[1], today: from), from <= to else { continue }
            return (from, to)
        }
        return nil
    }

    // MARK: Rooms

    public static func rooms(_ rooms: [Room]) -> String {
        rooms.map { $0.name + ($0.capacity.map { " (\($0))" } ?? "") }.joined(separator: "; ")
    }

    /// `Salen (80); Caféen; Mødelokale 2 (12)`: a name, and its seats in brackets.
    public static func rooms(_ text: String) -> Result<[Room], Problem> {
        var rooms: [Room] = []
        for part in text.split(separator: ";").map({ String($0).trimmingSpaces }) where !part.isEmpty {
            var name = part
            var capacity: Int?
            if part.hasSuffix(")"), let open = part.lastIndex(of: "(") {
                let inside = part[part.index(after: open)..<part.index(before: part.endIndex)]
                guard let seats = Int(String(inside).trimmingSpaces), Room.capacities.contains(seats) else {
                    return .failure(Problem(part: part, danish: "har ikke et antal pladser fra 1 til 100000 i parentesen",
                                            english: "has no number of seats from 1 to 100000 in the brackets"))
                }
                capacity = seats
                name = String(part[..<open]).trimmingSpaces
            }
            guard !rooms.contains(where: { $0.name == name }) else {
                return .failure(Problem(part: name, danish: "står to gange", english: "is there twice"))
            }
            rooms.append(Room(name: name, capacity: capacity))
        }
        return .success(rooms)
    }

    // MARK: Categories

    public static func categories(_ categories: [Category], _ language: Language) -> String {
        categories.map { $0.id + ": " + $0.name + " (" + colourWord($0.colour, language) + ")" }.joined(separator: "; ")
    }

    /// `boern: Børn & læseglæde (gul); demokrati: Demokrati (magenta)`.
    public static func categories(_ text: String) -> Result<[Category], Problem> {
        var categories: [Category] = []
        for part in text.split(separator: ";").map({ String($0).trimmingSpaces }) where !part.isEmpty {
            guard let colon = part.firstIndex(of: ":"), part.hasSuffix(")"), let open = part.lastIndex(of: "("), colon < open else {
                return .failure(Problem(part: part, danish: "er ikke id: navn (farve)", english: "is not id: name (colour)"))
            }
            let id = String(part[..<colon]).trimmingSpaces
            let name = String(part[part.index(after: colon)..<open]).trimmingSpaces
            let word = String(part[part.index(after: open)..<part.index(before: part.endIndex)]).trimmingSpaces.lowercased()
            guard let colour = colour(word) else {
                return .failure(Problem(part: word, danish: "er ikke en farve (rød, grøn, gul, blå, magenta, cyan)",
                                        english: "is not a colour (red, green, yellow, blue, magenta, cyan)"))
            }
            guard LibraryID.isValid(id), !name.isEmpty, !categories.contains(where: { $0.id == id }) else {
                return .failure(Problem(part: part, danish: "har ikke et nyt id (små bogstaver, tal og -) og et navn",
                                        english: "has no new id (lowercase letters, digits and -) and name"))
            }
            categories.append(Category(id: id, name: name, colour: colour))
        }
        return .success(categories)
    }

    private static let danishColours: [CategoryColour: String] = [.red: "rød", .green: "grøn", .yellow: "gul", .blue: "blå", .magenta: "magenta", .cyan: "cyan"]

    private static func colourWord(_ colour: CategoryColour, _ language: Language) -> String {
        language == .danish ? danishColours[colour] ?? colour.rawValue : colour.rawValue
    }

    private static func colour(_ word: String) -> CategoryColour? {
        CategoryColour(rawValue: word) ?? danishColours.first { $0.value == word }?.key
    }
}
