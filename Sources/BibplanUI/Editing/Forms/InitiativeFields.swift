import BibplanCore

/// The initiative form: title, owner, status, partners, period, funding, notes.
/// Goals are linked with `L` from the initiatives pane.
enum InitiativeFields {
    static func form(_ initiative: Initiative, isNew: Bool, _ language: Language) -> EditForm {
        EditForm(subject: .initiative(initiative), isNew: isNew,
                 heading: isNew ? language.pick("Nyt initiativ", "New initiative") : language.pick("Rediger initiativ", "Edit initiative"),
                 fields: [
                     .text(.title, language.pick("Titel", "Title"), initiative.title),
                     .text(.owner, language.pick("Ansvarlig", "Owner"), initiative.owner),
                     .choice(.status, "Status", options: InitiativeStatus.allCases.map(\.rawValue),
                             labels: InitiativeStatus.allCases.map { $0.word(language) }, selected: initiative.status.rawValue),
                     .text(.partners, language.pick("Partnere (komma)", "Partners (commas)"), initiative.partners.joined(separator: ", ")),
                     .text(.from, language.pick("Fra", "From"), initiative.from?.iso ?? ""),
                     .text(.to, language.pick("Til", "To"), initiative.to?.iso ?? ""),
                     .text(.funding, language.pick("Finansiering", "Funding"), initiative.funding),
                     .text(.notes, language.pick("Noter", "Notes"), initiative.notes),
                 ])
    }

    static func read(_ original: Initiative, _ reader: inout FormReader) -> Initiative {
        var initiative = original
        initiative.title = reader.required(.title)
        initiative.owner = reader.text(.owner)
        initiative.status = reader.choice(.status, InitiativeStatus.self) ?? initiative.status
        initiative.partners = reader.list(.partners)
        initiative.from = reader.day(.from)
        initiative.to = reader.day(.to)
        if let from = initiative.from, let to = initiative.to, to < from {
            reader.fail(.to, "før startdatoen", "before the start date")
        }
        initiative.funding = reader.text(.funding)
        initiative.notes = reader.text(.notes)
        return initiative
    }
}
