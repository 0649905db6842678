import BibplanCore

/// What a key asks for. Key bindings map keys to these; `update` carries them out.
public enum KeyCommand: Hashable, Sendable {
    case showPane(Pane)
    case nextPane, previousPane
    case up, down, left, right, pageUp, pageDown, home, end
    case open, back
    case today
    case previousWeek, nextWeek, previousMonth, nextMonth, cycleCalendarView
    case initiativesOfGoal, showAllInitiatives
    case search, help, quit
    /// While a search lasts: the next or previous date with a match.
    case nextMatch, previousMatch
    case new, newTopLevel, edit, delete, undo, redo, cycleStatus, progressUp, progressDown, cancelOccurrence, moveOccurrence, linkGoals
    case openSlots, saveAgain, writeReport, duplicate, cycleCategory, librarySettings
    // In dialogs: close it, say yes (or save the form), move between a form's fields, edit its text.
    case close, confirm, nextField, previousField, editText
    // In a roster, the volunteer chooser and the open slots.
    case assignVolunteer, removeShift, editShiftRole, moreRegistered, fewerRegistered
    // After a clash; while linking an initiative to goals.
    case keepMine, keepTheirs, toggleLink, showGitClashes
    // In a volunteer's own program.
    case showMyShifts, showOpenShifts, switchList, signUp, withdraw, offerSwap
}

/// Where a binding applies.
public enum Scope: Hashable, Sendable {
    case global
    case pane(Pane)
    /// Over the pane: a roster, a form, a question.
    case dialog(Dialog)
    /// The volunteer's own program, the only screen a volunteer has.
    case volunteerProgram
    /// A pane while a search typed into it lasts (after Enter): its keys come before the pane's.
    case search(Pane)

    public func title(_ language: Language) -> String {
        switch self {
        case .global: return language.pick("Overalt", "Everywhere")
        case .pane(let pane): return pane.title(language)
        case .dialog(let dialog): return dialog.title(language)
        case .volunteerProgram: return language.pick("Dit program", "Your program")
        case .search(let pane): return pane.title(language) + language.pick(" under en søgning", " while searching")
        }
    }
}

/// The boxes drawn over a pane, each with its own keys.
public enum Dialog: CaseIterable, Hashable, Sendable {
    case form, roster, chooser, openSlots, linkGoals, confirmDelete, confirmCancel, confirmQuit, clash, help, picker, gitClashes
    /// A volunteer's sign-up, withdrawal or swap, asked before it is done.
    case volunteerQuestion

    public func title(_ language: Language) -> String {
        switch self {
        case .form: return language.pick("I en formular", "In a form")
        case .roster: return language.pick("I en vagtplan", "In a roster")
        case .chooser: return language.pick("Når en frivillig vælges", "Choosing a volunteer")
        case .openSlots: return language.pick("Ledige vagter", "Open slots")
        case .linkGoals: return language.pick("Knyt til mål", "Linking to goals")
        case .confirmDelete: return language.pick("Før en sletning", "Before a delete")
        case .confirmCancel: return language.pick("Aflys denne gang", "Cancel this time")
        case .confirmQuit: return language.pick("Afslut uden at gemme", "Quit without saving")
        case .clash: return language.pick("Ændret to steder", "Changed in two places")
        case .gitClashes: return language.pick("Sammenstød fra git", "Clashes from git")
        case .help: return language.pick("I hjælpen", "In the help")
        case .picker: return language.pick("Vælg bibliotek", "Choosing a library")
        case .volunteerQuestion: return language.pick("Når du bliver spurgt", "When asked")
        }
    }

    /// What the keys the table does not list do here, when they do something.
    func otherKeys(_ language: Language) -> String? {
        switch self {
        case .confirmDelete:
            return language.pick("alle andre taster fortryder (u fortryder bagefter)", "any other key cancels (u undoes afterwards)")
        case .confirmQuit: return language.pick("andre taster bliver", "other keys stay")
        case .volunteerQuestion: return language.pick("andre taster nej", "other keys no")
        default: return nil
        }
    }
}

extension AppState.Overlay {
    /// The key table's scope for this overlay.
    var dialog: Dialog {
        switch self {
        case .help: return .help
        case .occurrence: return .roster
        case .picker: return .picker
        case .form: return .form
        case .confirmDelete: return .confirmDelete
        case .clash: return .clash
        case .confirmCancel: return .confirmCancel
        case .linkGoals: return .linkGoals
        case .assign: return .chooser
        case .openSlots: return .openSlots
        case .confirmQuit: return .confirmQuit
        case .gitClashes: return .gitClashes
        }
    }
}
