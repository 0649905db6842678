import BibplanCore

/// The goal form: title, description, owner, status, progress, due date, priority
/// (the library's rank, empty for none) and success criteria (separated by semicolons).
enum GoalFields {
    static func form(_ goal: Goal, isNew: Bool, _ language: Language) -> EditForm {
        let heading = isNew ? (goal.parent == nil ? language.pick("Nyt mål", "New goal") : language.pick("Nyt delmål", "New sub-goal"))
            : language.pick("Rediger mål", "Edit goal")
        return EditForm(subject: .goal(goal), isNew: isNew, heading: heading, fields: [
            .text(.title, language.pick("Titel", "Title"), goal.title),
            .text(.description, language.pick("Beskrivelse", "Description"), goal.description),
            .text(.owner, language.pick("Ansvarlig", "Owner"), goal.owner),
            .choice(.status, "Status", options: GoalStatus.allCases.map(\.rawValue),
                    labels: GoalStatus.allCases.map { $0.word(language) }, selected: goal.status.rawValue),
            .text(.progress, language.pick("Fremdrift %", "Progress %"), String(goal.progress)),
            .text(.due, language.pick("Frist", "Due"), goal.due?.iso ?? ""),
            .text(.priority, language.pick("Prioritet (1 først)", "Priority (1 first)"), goal.priority.map(String.init) ?? ""),
            .text(.criteria, language.pick("Succeskriterier", "Success criteria"), goal.successCriteria.joined(separator: "; ")),
        ])
    }

    static func read(_ original: Goal, _ reader: inout FormReader) -> Goal {
        var goal = original
        goal.title = reader.required(.title)
        goal.description = reader.text(.description)
        goal.owner = reader.text(.owner)
        goal.status = reader.choice(.status, GoalStatus.self) ?? goal.status
        goal.progress = reader.number(.progress, 0...100, required: true) ?? goal.progress
        goal.due = reader.day(.due)
        goal.priority = reader.number(.priority, 1...99)
        goal.successCriteria = reader.form[.criteria].split(separator: ";")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return goal
    }
}
