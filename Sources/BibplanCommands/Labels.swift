import BibplanCore

/// Words of the interface shared by several commands, in Danish and English.
enum Labels {
    static func status(_ status: GoalStatus, _ language: Language) -> String {
        switch status {
        case .notStarted: return language.pick("ikke startet", "not started")
        case .onTrack: return language.pick("på sporet", "on track")
        case .atRisk: return language.pick("i fare", "at risk")
        case .offTrack: return language.pick("bagud", "off track")
        case .done: return language.pick("nået", "done")
        }
    }

    static func status(_ status: InitiativeStatus, _ language: Language) -> String {
        switch status {
        case .idea: return language.pick("idé", "idea")
        case .planned: return language.pick("planlagt", "planned")
        case .active: return language.pick("i gang", "active")
        case .paused: return language.pick("sat på pause", "paused")
        case .done: return language.pick("afsluttet", "done")
        case .cancelled: return language.pick("aflyst", "cancelled")
        }
    }

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
        "\(number) " + (number == 1 ? singular : plural)
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

    /// `lørdag 28. november 2026 – fredag 4. december 2026`, or one day alone.
    static func period(_ range: DayRange, _ language: Language) -> String {
        range.first == range.last
            ? DateNames.long(range.first, language)
            : DateNames.long(range.first, language) + " – " + DateNames.long(range.last, language)
    }
}
