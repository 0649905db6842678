import BibplanCore
@testable import BibplanUI

/// One screen of the golden matrix: a sample library, who is looking, and the way there from
/// the opening screen, by the key table's commands (so a rebound key does not break a scene).
struct GoldenScene: Sendable {
    enum Step: Sendable {
        /// The first key the table binds to the command in the scope.
        case press(KeyCommand, Scope)
        /// Letters typed into a text (a search, a reason).
        case type(String)
        /// Something the run loop would send (the overview's libraries, a clash after a save).
        case action(GoldenAction)
        /// A change the last save could not write (so quitting asks).
        case unsaved
    }

    /// Actions built when the scene is played (they need the loaded samples).
    enum GoldenAction: Sendable { case overviewLoaded, saveClashed }

    enum Viewer: Sendable {
        case staff
        /// A volunteer's own program (Karen Højbjerg of Glostrup), with sign-up allowed.
        case volunteer(String)
        /// No library loaded yet: the picker over the four samples.
        case choosing
    }

    let name: String
    let library: String
    var viewer = Viewer.staff
    let steps: [Step]
}

extension GoldenScene {
    private static func calendar(_ command: KeyCommand) -> Step { .press(command, .pane(.calendar)) }
    private static func show(_ pane: Pane) -> Step { .press(.showPane(pane), .global) }
    private static let karen = Viewer.volunteer("v12")
    private static let overview: [Step] = [show(.overview), .action(.overviewLoaded)]
    private static let nextOverviewView = Step.press(.cycleCalendarView, .pane(.overview))

    /// Every pane, in each of its views.
    static let panes: [GoldenScene] = [
        GoldenScene(name: "goals-expanded", library: "ballerup", steps: [show(.goals), .press(.open, .pane(.goals))]),
        GoldenScene(name: "initiatives", library: "glostrup", steps: [show(.initiatives)]),
        GoldenScene(name: "calendar-day", library: "glostrup", steps: []),
        GoldenScene(name: "calendar-week", library: "glostrup", steps: [calendar(.cycleCalendarView)]),
        GoldenScene(name: "calendar-month", library: "glostrup", steps: [calendar(.cycleCalendarView), calendar(.cycleCalendarView)]),
        GoldenScene(name: "calendar-week-taarnby", library: "taarnby", steps: [calendar(.cycleCalendarView)]),
        GoldenScene(name: "volunteers", library: "glostrup", steps: [show(.volunteers)]),
        GoldenScene(name: "overview-libraries", library: "glostrup", steps: overview),
        GoldenScene(name: "overview-themes", library: "glostrup", steps: overview + [nextOverviewView]),
        GoldenScene(name: "overview-theme", library: "glostrup", steps: overview + [nextOverviewView, nextOverviewView]),
        GoldenScene(name: "overview-partners", library: "glostrup", steps: overview + Array(repeating: nextOverviewView, count: 3)),
        GoldenScene(name: "overview-calendar", library: "glostrup", steps: overview + Array(repeating: nextOverviewView, count: 4)),
        GoldenScene(name: "volunteer-mine", library: "glostrup", viewer: karen, steps: []),
        GoldenScene(name: "volunteer-open", library: "glostrup", viewer: karen, steps: [.press(.showOpenShifts, .volunteerProgram)]),
    ]

    /// Every dialog, each over the pane it opens from.
    static let dialogs: [GoldenScene] = [
        GoldenScene(name: "event-form", library: "glostrup", steps: [calendar(.edit)]),
        GoldenScene(name: "goal-form", library: "taarnby", steps: [show(.goals), .press(.edit, .pane(.goals))]),
        GoldenScene(name: "initiative-form", library: "ballerup", steps: [show(.initiatives), .press(.edit, .pane(.initiatives))]),
        GoldenScene(name: "volunteer-form", library: "glostrup", steps: [show(.volunteers), .press(.edit, .pane(.volunteers))]),
        GoldenScene(name: "settings", library: "albertslund", steps: [.press(.librarySettings, .global)]),
        GoldenScene(name: "roster", library: "glostrup", steps: [calendar(.open)]),
        GoldenScene(name: "assign-chooser", library: "glostrup",
                    steps: [calendar(.open), .press(.assignVolunteer, .dialog(.roster))]),
        GoldenScene(name: "open-slots", library: "glostrup", steps: [calendar(.openSlots)]),
        GoldenScene(name: "confirm-delete", library: "albertslund", steps: [show(.goals), .press(.delete, .pane(.goals))]),
        GoldenScene(name: "cancel-question", library: "glostrup",
                    steps: [.press(.down, .global), calendar(.cancelOccurrence), .type("Forfatteren er syg")]),
        GoldenScene(name: "clash", library: "ballerup", steps: [show(.goals), .action(.saveClashed)]),
        GoldenScene(name: "confirm-quit", library: "glostrup", steps: [.unsaved, .press(.quit, .global)]),
        GoldenScene(name: "help", library: "glostrup", steps: [.press(.help, .global)]),
        GoldenScene(name: "library-picker", library: "glostrup", viewer: .choosing, steps: []),
        GoldenScene(name: "link-goals", library: "ballerup", steps: [show(.initiatives), .press(.linkGoals, .pane(.initiatives))]),
        GoldenScene(name: "volunteer-question", library: "glostrup", viewer: karen,
                    steps: [.press(.showOpenShifts, .volunteerProgram), .press(.signUp, .volunteerProgram)]),
    ]

    static let all = panes + dialogs

    /// The sizes every scene is recorded at: the smallest usable, the common, a large one.
    static let sizes = [(width: 40, height: 12), (width: 80, height: 24), (width: 200, height: 50)]
    static let languages: [Language] = [.danish, .english]
}
