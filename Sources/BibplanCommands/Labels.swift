import BibplanCore

/// Words of the interface shared by several commands, in Danish and English.
enum Labels {
    /// `mangler 2 frivillige` / `2 volunteers missing`.
    static func missingVolunteers(_ number: Int, _ language: Language) -> String {
        language == .danish
            ? "mangler " + count(number, "frivillig", "frivillige")
            : count(number, "volunteer", "volunteers") + " missing"
    }

    /// `fuldt bemandet` / `fully staffed`.
    static func fullyStaffed(_ language: Language) -> String {
        language.pick("fuldt bemandet", "fully staffed")
    }

    /// `1 vagt`, `3 vagter`: a number and the noun in the right form.
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        NumberText.counted(number, singular, plural)
    }

    /// `HH:MM–HH:MM`.
    static func timeSpan(_ occurrence: Occurrence) -> String {
        occurrence.start.clock + "–" + occurrence.end.clock
    }

    /// The day written out, with the public holiday when it is one:
    /// `fredag 25. december 2026 (juledag)`.
    static func longDay(_ day: Day, _ language: Language) -> String {
        let text = DateNames.long(day, language)
        guard let holiday = DanishHolidays.holiday(on: day) else { return text }
        return text + " (" + holiday.name(language) + ")"
    }

    /// The day written out with why the library is closed, when it is:
    /// `fredag 25. december 2026 · lukket: juledag`; otherwise as `longDay(_:_:)`.
    static func longDay(_ day: Day, _ index: LibraryIndex, _ language: Language) -> String {
        guard let closure = index.closure(on: day) else { return longDay(day, language) }
        return DateNames.long(day, language) + " · " + SafeText.line(closure.text(language))
    }

    /// `lørdag 28. november 2026 – fredag 4. december 2026`, or one day alone.
    static func period(_ range: DayRange, _ language: Language) -> String {
        range.first == range.last
            ? DateNames.long(range.first, language)
            : DateNames.long(range.first, language) + " – " + DateNames.long(range.last, language)
    }
}
