/// Danish public holidays (helligdage), computed: the fixed ones and those that
/// follow Easter. Store bededag was abolished from 2024.
public enum DanishHolidays {
    public struct Holiday: Equatable, Sendable {
        public let day: Day
        public let danish: String
        public let english: String

        public func name(_ language: Language) -> String { language.pick(danish, english) }
    }

    public static func holidays(in year: Int) -> [Holiday] {
        guard let easter = easterSunday(year), let newYear = Day(year: year, month: 1, day: 1),
              let christmas = Day(year: year, month: 12, day: 25) else { return [] }
        var list = [
            Holiday(day: newYear, danish: "nytårsdag", english: "New Year's Day"),
            Holiday(day: easter.adding(days: -3), danish: "skærtorsdag", english: "Maundy Thursday"),
            Holiday(day: easter.adding(days: -2), danish: "langfredag", english: "Good Friday"),
            Holiday(day: easter, danish: "påskedag", english: "Easter Sunday"),
            Holiday(day: easter.adding(days: 1), danish: "2. påskedag", english: "Easter Monday"),
            Holiday(day: easter.adding(days: 39), danish: "Kristi himmelfartsdag", english: "Ascension Day"),
            Holiday(day: easter.adding(days: 49), danish: "pinsedag", english: "Whit Sunday"),
            Holiday(day: easter.adding(days: 50), danish: "2. pinsedag", english: "Whit Monday"),
            Holiday(day: christmas, danish: "juledag", english: "Christmas Day"),
            Holiday(day: christmas.adding(days: 1), danish: "2. juledag", english: "Boxing Day"),
        ]
        if year < 2024 { list.append(Holiday(day: easter.adding(days: 26), danish: "store bededag", english: "Great Prayer Day")) }
        return list.sorted { $0.day < $1.day }
    }

    public static func holiday(on day: Day) -> Holiday? {
        holidays(in: day.year).first { $0.day == day }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous algorithm).
    public static func easterSunday(_ year: Int) -> Day? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)
    }
}
