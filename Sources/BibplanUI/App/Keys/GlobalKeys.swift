/// The keys that work in every pane (a pane's own binding of the same key comes first).
enum GlobalKeys: KeyTable {
    static let scope = Scope.global

    static let bindings: [KeyBinding] = [
        bind([.character("1")], .showPane(.goals), "mål", "goals"),
        bind([.character("2")], .showPane(.initiatives), "initiativer", "initiatives"),
        bind([.character("3")], .showPane(.calendar), "kalender", "calendar"),
        bind([.character("4")], .showPane(.volunteers), "frivillige", "volunteers"),
        bind([.character("5")], .showPane(.overview), "oversigt over bibliotekerne", "overview of the libraries"),
        bind([.tab], .nextPane, "næste rude", "next pane").hidden(),
        bind([.backTab], .previousPane, "forrige rude", "previous pane").hidden(),
        bind([.up, .character("k")], .up, "op", "up").hidden(),
        bind([.down, .character("j")], .down, "ned", "down").hidden(),
        bind([.pageUp], .pageUp, "side op", "page up").hidden(),
        bind([.pageDown], .pageDown, "side ned", "page down").hidden(),
        bind([.home, .character("g")], .home, "første", "first").hidden(),
        bind([.end, .character("G")], .end, "sidste", "last").hidden(),
        bind([.character("t")], .today, "i dag", "today"),
        bind([.character("u")], .undo, "fortryd", "undo").editing(),
        bind([.control("r")], .redo, "gentag", "redo").hidden().editing(),
        bind([.character("B")], .librarySettings, "bibliotekets indstillinger", "the library's settings").hidden().editing(),
        bind([.character("S")], .saveAgain, "gem igen (efter en fejl)", "save again (after a failure)").hidden().editing(),
        bind([.character("/")], .search, "søg", "search"),
        bind([.character("?")], .help, "hjælp", "help"),
        bind([.character("q")], .quit, "afslut", "quit"),
    ]
}
