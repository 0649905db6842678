/// The overview pane's keys.
enum OverviewKeys: KeyTable {
    static let scope = Scope.pane(.overview)

    static let bindings: [KeyBinding] = [
        bind([.character("v")], .cycleCalendarView, "biblioteker/temaer/tema/partnere/kalender",
             "libraries/themes/theme/partners/calendar"),
        bind([.left, .character("h")], .left, "forrige tema (ét tema)", "previous theme (one theme)").hidden(),
        bind([.right, .character("l")], .right, "næste tema (ét tema)", "next theme (one theme)").hidden(),
        bind([.enter], .open, "gå til", "go there"),
    ]
}
