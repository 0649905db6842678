import BibplanCore

/// The volunteer form: name, groups, contact, active, notes.
enum VolunteerFields {
    static func form(_ volunteer: Volunteer, isNew: Bool, _ language: Language) -> EditForm {
        EditForm(subject: .volunteer(volunteer), isNew: isNew,
                 heading: isNew ? language.pick("Ny frivillig", "New volunteer") : language.pick("Rediger frivillig", "Edit volunteer"),
                 fields: [
                     .text(.name, language.pick("Navn", "Name"), volunteer.name),
                     .text(.groups, language.pick("Grupper (komma)", "Groups (commas)"), volunteer.groups.joined(separator: ", ")),
                     .text(.phone, language.pick("Telefon", "Phone"), volunteer.phone),
                     .text(.email, language.pick("E-mail", "Email"), volunteer.email),
                     .choice(.active, language.pick("Aktiv", "Active"), options: ["true", "false"],
                             labels: [language.pick("ja", "yes"), language.pick("nej", "no")], selected: String(volunteer.active)),
                     .text(.notes, language.pick("Noter", "Notes"), volunteer.notes),
                 ])
    }

    static func read(_ original: Volunteer, _ reader: inout FormReader) -> Volunteer {
        var volunteer = original
        volunteer.name = reader.required(.name)
        volunteer.groups = reader.list(.groups)
        volunteer.phone = reader.text(.phone)
        volunteer.email = reader.text(.email)
        if !volunteer.email.isEmpty, !volunteer.email.contains("@") || volunteer.email.contains(" ") {
            reader.fail(.email, "ikke en e-mailadresse", "not an email address")
        }
        volunteer.active = reader.form[.active] == "true"
        volunteer.notes = reader.text(.notes)
        return volunteer
    }
}
