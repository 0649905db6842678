/// The CSV exports: what each table holds, its header in the interface language.
public enum CSVTables {
    /// One row per shift and one per open slot of every occurrence in the range
    /// that needs or has volunteers, each given to `row` as it is made (a long roster
    /// is never held whole); `row` returns false to stop.
    public static func roster(_ index: LibraryIndex, range: DayRange, _ language: Language, row: ([String]) -> Bool) {
        let header = [language.pick("dato", "date"), language.pick("start", "start"), language.pick("slut", "end"),
                      language.pick("arrangement", "event"), language.pick("titel", "title"), language.pick("sted", "location"),
                      language.pick("frivillig", "volunteer"), language.pick("navn", "name"), language.pick("rolle", "role"),
                      language.pick("status", "status")]
        guard row(header) else { return }
        // Four weeks at a time: the order of the whole, the memory of a month.
        for first in stride(from: range.first.ordinal, through: range.last.ordinal, by: 28) {
            let window = DayRange(Day(ordinal: first), Day(ordinal: min(first + 27, range.last.ordinal)))
            for occurrence in index.occurrences(in: window) {
                let event = index.event(of: occurrence)
                let shifts = index.shifts(of: occurrence)
                guard event.volunteersNeeded > 0 || !shifts.isEmpty else { continue }
                let base = [occurrence.day.iso, occurrence.start.clock, occurrence.end.clock, event.id, event.title, event.place]
                for shift in shifts {
                    guard row(base + [shift.volunteer, index.volunteer(shift.volunteer)?.name ?? "", shift.role,
                                      language.pick("besat", "filled")]) else { return }
                }
                for _ in 0..<index.openSlots(of: occurrence) {
                    guard row(base + ["", "", "", language.pick("mangler", "open")]) else { return }
                }
            }
        }
    }

    /// Every volunteer with contact details, in file order.
    public static func volunteers(_ index: LibraryIndex, _ language: Language) -> [[String]] {
        let header = ["id", language.pick("navn", "name"), language.pick("grupper", "groups"), language.pick("telefon", "phone"),
                      language.pick("e-mail", "email"), language.pick("aktiv", "active"), language.pick("noter", "notes")]
        return [header] + index.library.volunteers.map { volunteer in
            [volunteer.id, volunteer.name, volunteer.groups.joined(separator: ", "), volunteer.phone, volunteer.email,
             volunteer.active ? language.pick("ja", "yes") : language.pick("nej", "no"), volunteer.notes]
        }
    }

    /// Shifts and hours in the range per volunteer (every active volunteer, and any
    /// other with shifts), with a total row.
    public static func hoursPerVolunteer(_ index: LibraryIndex, range: DayRange, decimalComma: Bool, _ language: Language) -> [[String]] {
        let people = VolunteerHours(index, range: range).people
        var rows = [["id", language.pick("navn", "name"), language.pick("grupper", "groups"), language.pick("vagter", "shifts"),
                     language.pick("timer", "hours"), language.pick("fra", "from"), language.pick("til", "to")]]
        for person in people {
            rows.append([person.volunteerID, person.name, person.groups.joined(separator: ", "), String(person.shifts),
                         VolunteerHours.hoursText(person.minutes, decimalComma: decimalComma), range.first.iso, range.last.iso])
        }
        let shifts = people.reduce(0) { $0 + $1.shifts }, minutes = people.reduce(0) { $0 + $1.minutes }
        rows.append(["", language.pick("I alt", "Total"), "", String(shifts), VolunteerHours.hoursText(minutes, decimalComma: decimalComma),
                     range.first.iso, range.last.iso])
        return rows
    }

    /// Shifts and hours in the range per volunteer group, with a total row.
    public static func hoursPerGroup(_ index: LibraryIndex, range: DayRange, decimalComma: Bool, _ language: Language) -> [[String]] {
        let hours = VolunteerHours(index, range: range)
        let groups = hours.groups
        var rows = [[language.pick("gruppe", "group"), language.pick("frivillige", "volunteers"), language.pick("vagter", "shifts"),
                     language.pick("timer", "hours"), language.pick("fra", "from"), language.pick("til", "to")]]
        for group in groups {
            rows.append([group.name.isEmpty ? language.pick("(uden gruppe)", "(no group)") : group.name, String(group.volunteers),
                         String(group.shifts), VolunteerHours.hoursText(group.minutes, decimalComma: decimalComma),
                         range.first.iso, range.last.iso])
        }
        let shifts = groups.reduce(0) { $0 + $1.shifts }, minutes = groups.reduce(0) { $0 + $1.minutes }
        let volunteers = Set(hours.counted.map(\.shift.volunteer)).count
        rows.append([language.pick("I alt", "Total"), String(volunteers), String(shifts),
                     VolunteerHours.hoursText(minutes, decimalComma: decimalComma), range.first.iso, range.last.iso])
        return rows
    }
}
