import BibplanCore

/// What `remind` tells staff: the reminders sent (or, in a dry run, those it would
/// send), those sent before, those that failed, the volunteers it could not remind,
/// and the open slots of the period.
struct RemindSummary {
    let library: String
    let range: DayRange
    let language: Language
    var planned: [ReminderPlan.Reminder] = []
    var run = LibraryStore.ReminderRun()
    var skipped: [ReminderPlan.Skipped] = []
    var openSlots: [(title: String, occurrence: Occurrence, missing: Int)] = []

    func text(dryRun: Bool) -> String {
        var lines = [language.pick("Påmindelser, ", "Reminders, ") + library + ", " + Labels.period(range, language)]
        let done = dryRun ? planned : run.sent
        lines += done.map { (dryRun ? language.pick("  ville sende: ", "  would send: ") : language.pick("  sendt: ", "  sent: "))
            + describe($0) }
        lines += run.sentBefore.map { language.pick("  sendt før: ", "  sent before: ") + describe($0) }
        lines += run.failed.map { language.pick("  IKKE sendt: ", "  NOT sent: ") + describe($0.reminder) + " (\($0.reason))" }
        var named = Set<String>()
        for skip in skipped {
            let (volunteer, why) = reason(skip)
            guard named.insert(volunteer.id).inserted else { continue }
            lines.append(language.pick("  ikke påmindet: ", "  not reminded: ") + SafeText.line("\(volunteer.name) (\(volunteer.id)): ")
                + why)
        }
        if done.isEmpty, run.sentBefore.isEmpty, run.failed.isEmpty, skipped.isEmpty {
            lines.append(language.pick("  ingen vagter", "  no shifts"))
        }
        lines.append(language.pick("Ledige pladser:", "Open slots:"))
        lines += openSlots.map { slot in
            "  " + DateNames.long(slot.occurrence.day, language) + " " + Labels.timeSpan(slot.occurrence) + "  "
                + SafeText.line(slot.title) + "  "
                + Labels.missingVolunteers(slot.missing, language)
        }
        if openSlots.isEmpty { lines.append("  " + language.pick("ingen", "none")) }
        return SafeText.lines(lines.joined(separator: "\n")) + "\n"
    }

    private func describe(_ reminder: ReminderPlan.Reminder) -> String {
        SafeText.line("\(reminder.volunteer.name) <\(reminder.address)>: \(reminder.subject)")
    }

    private func reason(_ skip: ReminderPlan.Skipped) -> (Volunteer, String) {
        switch skip {
        case .inactive(let volunteer): return (volunteer, language.pick("ikke aktiv", "inactive"))
        case .noAddress(let volunteer): return (volunteer, language.pick("ingen e-mailadresse", "no e-mail address"))
        case .unusableAddress(let volunteer): return (volunteer, language.pick("e-mailadressen kan ikke bruges",
            "the e-mail address cannot be used"))
        }
    }
}
