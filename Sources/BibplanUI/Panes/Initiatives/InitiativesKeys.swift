/// The initiatives pane's keys.
enum InitiativesKeys: KeyTable {
    static let scope = Scope.pane(.initiatives)

    static let bindings: [KeyBinding] = [
        bind([.character("a")], .showAllInitiatives, "alle initiativer", "all initiatives"),
        bind([.character("n")], .new, "nyt initiativ", "new initiative").editing(),
        bind([.character("e")], .edit, "rediger", "edit").editing(),
        bind([.character("D")], .delete, "slet (spørger først)", "delete (asks first)").hidden().editing(),
        bind([.character("s")], .cycleStatus, "skift status", "next status").editing(),
        bind([.character("L")], .linkGoals, "knyt til mål", "link to goals").editing(),
        bind([.character("c")], .duplicate, "kopiér som nyt", "copy as a new one").hidden().editing(),
        bind([.character("f")], .cycleCategory, "vis én kategori / alle", "one category / all").hidden(),
    ]
}

/// Linking an initiative to goals.
enum LinkGoalsKeys: KeyTable {
    static let scope = Scope.dialog(.linkGoals)

    static let bindings: [KeyBinding] = [
        bind([.up, .character("k")], .up, "forrige mål", "previous goal").hidden(),
        bind([.down, .character("j")], .down, "næste mål", "next goal").hidden(),
        bind([.enter, .character(" ")], .toggleLink, "knyt til eller fra", "link or unlink")
            .summary("", "Enter/mellemrum knytter eller løsner", "Enter/Space links or unlinks").editing(),
        bind([.escape, .character("q"), .character("L")], .close, "luk", "close").summary("Esc", "lukker", "closes"),
    ]
}
