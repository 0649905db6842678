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
    case new, newTopLevel, edit, delete, undo, redo, cycleStatus, progressUp, progressDown, cancelOccurrence, moveOccurrence, linkGoals
    case openSlots, saveAgain, writeReport, duplicate, cycleCategory, librarySettings
}

/// Where a binding applies.
public enum Scope: Hashable, Sendable {
    case global
    case pane(Pane)
}

/// One key binding: the keys, what they do, the words for help, where it applies.
/// The help screen and the status line are generated from the table.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: KeyCommand
    public let scope: Scope
    public let danish: String
    public let english: String
    /// Shown in the status line (the keys that matter now).
    public let inStatusLine: Bool

    public func help(_ language: Language) -> String { language.pick(danish, english) }
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

public enum KeyBindings {
    public static let all: [KeyBinding] = [
        bind([.character("1")], .showPane(.goals), .global, "mål", "goals"),
        bind([.character("2")], .showPane(.initiatives), .global, "initiativer", "initiatives"),
        bind([.character("3")], .showPane(.calendar), .global, "kalender", "calendar"),
        bind([.character("4")], .showPane(.volunteers), .global, "frivillige", "volunteers"),
        bind([.character("5")], .showPane(.overview), .global, "oversigt over bibliotekerne", "overview of the libraries"),
        bind([.tab], .nextPane, .global, "næste rude", "next pane", status: false),
        bind([.backTab], .previousPane, .global, "forrige rude", "previous pane", status: false),
        bind([.up, .character("k")], .up, .global, "op", "up", status: false),
        bind([.down, .character("j")], .down, .global, "ned", "down", status: false),
        bind([.pageUp], .pageUp, .global, "side op", "page up", status: false),
        bind([.pageDown], .pageDown, .global, "side ned", "page down", status: false),
        bind([.home, .character("g")], .home, .global, "første", "first", status: false),
        bind([.end, .character("G")], .end, .global, "sidste", "last", status: false),
        bind([.left, .character("h")], .left, .pane(.calendar), "forrige dag", "previous day", status: false),
        bind([.right, .character("l")], .right, .pane(.calendar), "næste dag", "next day", status: false),
        bind([.character("[")], .previousWeek, .pane(.calendar), "forrige uge", "previous week", status: false),
        bind([.character("]")], .nextWeek, .pane(.calendar), "næste uge", "next week", status: false),
        bind([.character("{")], .previousMonth, .pane(.calendar), "forrige måned", "previous month", status: false),
        bind([.character("}")], .nextMonth, .pane(.calendar), "næste måned", "next month", status: false),
        bind([.character("v")], .cycleCalendarView, .pane(.calendar), "dag/uge/måned", "day/week/month"),
        bind([.character("t")], .today, .global, "i dag", "today"),
        bind([.enter], .open, .pane(.calendar), "detaljer og vagtplan", "details and roster"),
        bind([.right, .character("l"), .enter], .open, .pane(.goals), "fold ud", "expand", status: false),
        bind([.left, .character("h")], .back, .pane(.goals), "fold sammen", "collapse", status: false),
        bind([.character("i")], .initiativesOfGoal, .pane(.goals), "målets initiativer", "initiatives of goal"),
        bind([.character("a")], .showAllInitiatives, .pane(.initiatives), "alle initiativer", "all initiatives"),
        bind([.character("n")], .new, .pane(.goals), "nyt delmål", "new sub-goal"),
        bind([.character("N")], .newTopLevel, .pane(.goals), "nyt hovedmål", "new top-level goal", status: false),
        bind([.character("e")], .edit, .pane(.goals), "rediger", "edit"),
        bind([.character("D")], .delete, .pane(.goals), "slet (spørger først)", "delete (asks first)", status: false),
        bind([.character("s")], .cycleStatus, .pane(.goals), "skift status", "next status"),
        bind([.character("+")], .progressUp, .pane(.goals), "fremdrift +5", "progress +5", status: false),
        bind([.character("-")], .progressDown, .pane(.goals), "fremdrift −5", "progress −5", status: false),
        bind([.character("r")], .writeReport, .pane(.goals), "opfølgningsrapport til fil", "follow-up report to a file", status: false),
        bind([.character("n")], .new, .pane(.initiatives), "nyt initiativ", "new initiative"),
        bind([.character("e")], .edit, .pane(.initiatives), "rediger", "edit"),
        bind([.character("D")], .delete, .pane(.initiatives), "slet (spørger først)", "delete (asks first)", status: false),
        bind([.character("s")], .cycleStatus, .pane(.initiatives), "skift status", "next status"),
        bind([.character("L")], .linkGoals, .pane(.initiatives), "knyt til mål", "link to goals"),
        bind([.character("c")], .duplicate, .pane(.initiatives), "kopiér som nyt", "copy as a new one", status: false),
        bind([.character("n")], .new, .pane(.calendar), "nyt arrangement", "new event"),
        bind([.character("e")], .edit, .pane(.calendar), "rediger arrangement", "edit event", status: false),
        bind([.character("D")], .delete, .pane(.calendar), "slet arrangement (alle gange)", "delete event (every time)", status: false),
        bind([.character("x")], .cancelOccurrence, .pane(.calendar), "aflys denne gang", "cancel this time", status: false),
        bind([.character("m")], .moveOccurrence, .pane(.calendar), "flyt denne gang", "move this time", status: false),
        bind([.character("o")], .openSlots, .pane(.calendar), "ledige vagter", "open slots"),
        bind([.character("f")], .cycleCategory, .pane(.calendar), "vis én kategori / alle", "one category / all", status: false),
        bind([.character("f")], .cycleCategory, .pane(.initiatives), "vis én kategori / alle", "one category / all", status: false),
        bind([.character("c")], .duplicate, .pane(.calendar), "kopiér arrangementet som nyt", "copy the event as a new one", status: false),
        bind([.character("v")], .cycleCalendarView, .pane(.overview), "biblioteker/temaer/tema/partnere/kalender",
             "libraries/themes/theme/partners/calendar"),
        bind([.left, .character("h")], .left, .pane(.overview), "forrige tema (ét tema)", "previous theme (one theme)", status: false),
        bind([.right, .character("l")], .right, .pane(.overview), "næste tema (ét tema)", "next theme (one theme)", status: false),
        bind([.enter], .open, .pane(.overview), "gå til", "go there"),
        bind([.character("n")], .new, .pane(.volunteers), "ny frivillig", "new volunteer"),
        bind([.character("e")], .edit, .pane(.volunteers), "rediger", "edit"),
        bind([.character("D")], .delete, .pane(.volunteers), "slet (spørger først)", "delete (asks first)", status: false),
        bind([.character("u")], .undo, .global, "fortryd", "undo"),
        bind([.control("r")], .redo, .global, "gentag", "redo", status: false),
        bind([.character("B")], .librarySettings, .global, "bibliotekets indstillinger", "the library's settings", status: false),
        bind([.character("S")], .saveAgain, .global, "gem igen (efter en fejl)", "save again (after a failure)", status: false),
        bind([.character("/")], .search, .global, "søg", "search"),
        bind([.character("?")], .help, .global, "hjælp", "help"),
        bind([.character("q")], .quit, .global, "afslut", "quit"),
    ]

    private static func bind(_ keys: [Key], _ command: KeyCommand, _ scope: Scope, _ danish: String, _ english: String,
                             status: Bool = true) -> KeyBinding {
        KeyBinding(keys: keys, command: command, scope: scope, danish: danish, english: english, inStatusLine: status)
    }

    /// The command for a key in a pane: the pane's own binding first, then the global one.
    public static func command(for key: Key, in pane: Pane) -> KeyCommand? {
        all.first { $0.scope == .pane(pane) && $0.keys.contains(key) }?.command
            ?? all.first { $0.scope == .global && $0.keys.contains(key) }?.command
    }

    /// Bindings that apply in a pane, pane-specific first.
    public static func bindings(in pane: Pane) -> [KeyBinding] {
        all.filter { $0.scope == .pane(pane) } + all.filter { $0.scope == .global }
    }
}
