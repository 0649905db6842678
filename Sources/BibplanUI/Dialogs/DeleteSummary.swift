import BibplanCore

/// What a delete or a cancellation takes with it, in the words the confirmation shows.
enum DeleteSummary {
    static func goal(_ id: String, _ index: LibraryIndex, _ language: Language) -> [String] {
        let removed = index.library.goalsRemoved(byDeleting: id)
        let links = index.library.initiatives.filter { initiative in removed.contains { initiative.goals.contains($0.id) } }
        var summary = removed.map { "• " + $0.title.firstLine }
        if !links.isEmpty {
            summary.append(language.pick("Fjernes som mål for " + NumberText.counted(links.count, "initiativ", "initiativer"),
                                         "Unlinked from " + NumberText.counted(links.count, "initiative", "initiatives")))
        }
        return summary
    }

    static func initiative(_ initiative: Initiative, _ index: LibraryIndex, _ language: Language) -> [String] {
        let events = index.events(ofInitiative: initiative.id).count
        var summary = ["• " + initiative.title.firstLine]
        if events > 0 {
            let stays = language.pick(NumberText.counted(events, "arrangement bliver", "arrangementer bliver") + " stående",
                                      NumberText.counted(events, "event stays", "events stay"))
            summary.append(stays + language.pick(" uden initiativ", ", without an initiative"))
        }
        return summary
    }

    static func event(_ event: Event, _ index: LibraryIndex, _ language: Language) -> [String] {
        let shifts = index.library.shifts.filter { $0.event == event.id }.count
        var summary = ["• " + event.title.firstLine + (event.rrule == nil ? "" : language.pick(" (alle gange)", " (every time)"))]
        if shifts > 0 {
            summary.append(language.pick(NumberText.counted(shifts, "vagt slettes", "vagter slettes") + " med",
                                         NumberText.counted(shifts, "shift goes", "shifts go") + " with it"))
        }
        return summary
    }

    static func volunteer(_ volunteer: Volunteer, _ index: LibraryIndex, _ language: Language) -> [String] {
        let shifts = index.shifts(ofVolunteer: volunteer.id).count
        var summary = ["• " + volunteer.name.firstLine]
        if shifts > 0 { summary.append(language.pick("\(shifts) vagter slettes med", "\(shifts) shifts go with them")) }
        return summary
    }

    static func occurrence(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> [String] {
        let event = index.event(of: occurrence)
        var summary = ["• " + event.title.firstLine + " " + DateNames.long(occurrence.day, language) + " " + occurrence.start.clock]
        summary += index.shifts(of: occurrence).map { shift in
            language.pick("  vagt frigives: ", "  shift released: ") + (index.volunteer(shift.volunteer)?.name ?? shift.volunteer)
        }
        return summary
    }
}
