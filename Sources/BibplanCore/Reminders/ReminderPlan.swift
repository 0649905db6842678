import Foundation

/// The reminders due for a period: one per shift of an active volunteer with an
/// e-mail address, with the occurrence's date, time, place, role and who else is on
/// it (first names only), and the volunteers who cannot be reminded and why.
public enum ReminderPlan {
    public struct Reminder: Equatable, Sendable {
        /// What the log remembers: the shift, its day and its volunteer.
        public let key: String
        public let volunteer: Volunteer
        public let address: String
        public let subject: String
        public let body: String
    }

    public enum Skipped: Equatable, Sendable {
        case inactive(Volunteer)
        case noAddress(Volunteer)
        case unusableAddress(Volunteer)
    }

    public static func plan(_ index: LibraryIndex, range: DayRange, language: Language) -> (reminders: [Reminder], skipped: [Skipped]) {
        var reminders: [Reminder] = [], skipped: [Skipped] = []
        for occurrence in index.occurrences(in: range) {
            let event = index.event(of: occurrence)
            guard event.status != .cancelled, !event.cancellations.contains(where: { $0.date == occurrence.day }) else { continue }
            let shifts = index.shifts(of: occurrence)
            for shift in shifts {
                guard let volunteer = index.volunteer(shift.volunteer) else { continue }
                guard volunteer.active else { skipped.append(.inactive(volunteer)); continue }
                let address = volunteer.email.trimmingCharacters(in: .whitespaces)
                guard !address.isEmpty else { skipped.append(.noAddress(volunteer)); continue }
                guard MailHeader.isUsableAddress(address) else { skipped.append(.unusableAddress(volunteer)); continue }
                let others = shifts.filter { $0.id != shift.id }.map { other in
                    (index.volunteer(other.volunteer).map(firstName) ?? "?") + (other.role.isEmpty ? "" : " (\(other.role))")
                }
                let text = ReminderText(event: event, occurrence: occurrence, role: shift.role, others: others, language: language)
                reminders.append(Reminder(key: "\(shift.id) \(occurrence.day.iso) \(volunteer.id)", volunteer: volunteer, address: address,
                                          subject: text.subject, body: text.body(greeting: firstName(volunteer),
                                              library: index.library.name)))
            }
        }
        return (reminders, skipped)
    }

    /// The first word of the name once line breaks are spaces: a name cannot start a line of its own.
    private static func firstName(_ volunteer: Volunteer) -> String {
        String(SafeText.line(volunteer.name).split(separator: " ").first ?? "")
    }
}

/// The words of one reminder, in the library's language.
struct ReminderText {
    let event: Event
    let occurrence: Occurrence
    let role: String
    let others: [String]
    let language: Language

    var when: String { DateNames.long(occurrence.day, language) + " " + occurrence.start.clock + "–" + occurrence.end.clock }

    var subject: String {
        language.pick("Påmindelse: ", "Reminder: ") + event.title + ", " + when
    }

    func body(greeting name: String, library: String) -> String {
        let place = SafeText.line([event.room, event.location.isEmpty ? nil : event.location].compactMap { $0 }.joined(separator: ", "))
        let role = SafeText.line(role)
        var lines = [language.pick("Hej \(name)", "Hello \(name)"), "",
                     language.pick("Du har en vagt:", "You have a shift:"), "",
                     "  " + SafeText.line(event.title),
                     "  " + language.pick("Hvornår: ", "When:  ") + when]
        if !place.isEmpty { lines.append("  " + language.pick("Hvor:    ", "Where: ") + place) }
        if !role.isEmpty { lines.append("  " + language.pick("Rolle:   ", "Role:  ") + role) }
        lines.append("  " + language.pick("Sammen med: ", "With:  ")
                     + (others.isEmpty ? language.pick("ingen andre endnu",
                         "nobody else yet") : SafeText.line(others.joined(separator: ", "))))
        lines += ["", language.pick("Kan du ikke komme, så sig det til personalet i god tid.",
                                    "If you cannot come, please tell the staff in good time."),
                  "", language.pick("Venlig hilsen", "Kind regards"), SafeText.line(library)]
        return SafeText.lines(lines.joined(separator: "\n")) + "\n"
    }
}
