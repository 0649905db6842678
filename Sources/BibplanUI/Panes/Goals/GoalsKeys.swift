/// The goals pane's keys.
enum GoalsKeys: KeyTable {
    static let scope = Scope.pane(.goals)

    static let bindings: [KeyBinding] = [
        bind([.right, .character("l"), .enter], .open, "fold ud", "expand").hidden(),
        bind([.left, .character("h")], .back, "fold sammen", "collapse").hidden(),
        bind([.character("i")], .initiativesOfGoal, "målets initiativer", "initiatives of goal"),
        bind([.character("n")], .new, "nyt delmål", "new sub-goal").editing(),
        bind([.character("N")], .newTopLevel, "nyt hovedmål", "new top-level goal").hidden().editing(),
        bind([.character("e")], .edit, "rediger", "edit").editing(),
        bind([.character("D")], .delete, "slet (spørger først)", "delete (asks first)").hidden().editing(),
        bind([.character("s")], .cycleStatus, "skift status", "next status").editing(),
        bind([.character("+")], .progressUp, "fremdrift +5", "progress +5").hidden().editing(),
        bind([.character("-")], .progressDown, "fremdrift −5", "progress −5").hidden().editing(),
        bind([.character("r")], .writeReport, "opfølgningsrapport til fil", "follow-up report to a file").hidden(),
    ]
}
