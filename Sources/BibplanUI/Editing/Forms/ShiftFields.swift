import BibplanCore

/// The shift form: the role on an occurrence (the volunteer is picked from the roster).
enum ShiftFields {
    static func form(_ shift: Shift, volunteerName: String, _ language: Language) -> EditForm {
        EditForm(subject: .shift(shift), isNew: false, heading: language.pick("Vagt: ", "Shift: ") + volunteerName,
                 fields: [.text(.role, language.pick("Rolle", "Role"), shift.role)])
    }

    static func read(_ original: Shift, _ reader: inout FormReader) -> Shift {
        var shift = original
        shift.role = reader.text(.role)
        return shift
    }
}
