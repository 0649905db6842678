import BibplanCore
import Foundation

/// The form for a new or changed goal. Opens with the title focused; Enter saves
/// (when every field is valid), Esc cancels and asks only if something changed.
public struct GoalForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case title, description, owner, status, progress, due }

    public let original: Goal
    public let isNew: Bool
    public var title: TextField
    public var description: TextField
    public var owner: TextField
    public var status: GoalStatus
    public var progress: TextField
    public var due: TextField
    public var focus: Field = .title
    /// Problems found at the last Enter, by field.
    public var errors: [Field: String] = [:]
    /// Esc was pressed once with changes: the next Esc discards them.
    public var confirmingDiscard = false

    public init(goal: Goal, isNew: Bool) {
        original = goal
        self.isNew = isNew
        title = TextField(goal.title)
        description = TextField(goal.description)
        owner = TextField(goal.owner)
        status = goal.status
        progress = TextField(String(goal.progress))
        due = TextField(goal.due?.iso ?? "")
    }

    public static func label(_ field: Field, _ language: Language) -> String {
        switch field {
        case .title: return language.pick("Titel", "Title")
        case .description: return language.pick("Beskrivelse", "Description")
        case .owner: return language.pick("Ansvarlig", "Owner")
        case .status: return "Status"
        case .progress: return language.pick("Fremdrift %", "Progress %")
        case .due: return language.pick("Frist", "Due")
        }
    }

    public func text(of field: Field, _ language: Language) -> String {
        switch field {
        case .title: return title.text
        case .description: return description.text
        case .owner: return owner.text
        case .status: return "‹ " + status.word(language) + " ›"
        case .progress: return progress.text
        case .due: return due.text
        }
    }

    /// The goal the form describes, or the problems that keep it from being saved.
    public func result(today: Day, language: Language) -> Result<Goal, FormErrors> {
        var goal = original
        var errors: [Field: String] = [:]
        goal.title = title.text.trimmingCharacters(in: .whitespaces)
        if goal.title.isEmpty { errors[.title] = language.pick("skal udfyldes", "cannot be empty") }
        goal.description = description.text
        goal.owner = owner.text
        goal.status = status
        if let value = Int(progress.text.trimmingCharacters(in: .whitespaces)), (0...100).contains(value) {
            goal.progress = value
        } else {
            errors[.progress] = language.pick("et tal fra 0 til 100", "a number from 0 to 100")
        }
        let dueText = due.text.trimmingCharacters(in: .whitespaces)
        if dueText.isEmpty {
            goal.due = nil
        } else if let day = Day(typed: dueText, today: today) {
            goal.due = day
        } else {
            errors[.due] = language.pick("ikke en dato (fx 27/11 eller 2026-11-27)", "not a date (e.g. 27/11 or 2026-11-27)")
        }
        return errors.isEmpty ? .success(goal) : .failure(FormErrors(byField: errors))
    }

    public var hasChanges: Bool {
        title.text != original.title || description.text != original.description || owner.text != original.owner
            || status != original.status || progress.text != String(original.progress) || due.text != (original.due?.iso ?? "")
    }

    public struct FormErrors: Error, Equatable, Sendable {
        public let byField: [Field: String]
    }
}
