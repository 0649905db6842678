/// The calendar's keys.
enum CalendarKeys: KeyTable {
    static let scope = Scope.pane(.calendar)

    static let bindings: [KeyBinding] = [
        bind([.left, .character("h")], .left, "forrige dag", "previous day").hidden(),
        bind([.right, .character("l")], .right, "næste dag", "next day").hidden(),
        bind([.character("[")], .previousWeek, "forrige uge", "previous week").hidden(),
        bind([.character("]")], .nextWeek, "næste uge", "next week").hidden(),
        bind([.character("{")], .previousMonth, "forrige måned", "previous month").hidden(),
        bind([.character("}")], .nextMonth, "næste måned", "next month").hidden(),
        bind([.character("v")], .cycleCalendarView, "dag/uge/måned", "day/week/month"),
        bind([.enter], .open, "detaljer og vagtplan", "details and roster").summary("Enter", "detaljer", "details"),
        bind([.character("n")], .new, "nyt arrangement", "new event").editing(),
        bind([.character("e")], .edit, "rediger arrangement", "edit event").hidden().editing(),
        bind([.character("D")], .delete, "slet arrangement (alle gange)", "delete event (every time)").hidden().editing(),
        bind([.character("x")], .cancelOccurrence, "aflys denne gang", "cancel this time").hidden().editing(),
        bind([.character("m")], .moveOccurrence, "flyt denne gang", "move this time").hidden().editing(),
        bind([.character("o")], .openSlots, "ledige vagter", "open slots"),
        bind([.character("f")], .cycleCategory, "vis én kategori / alle", "one category / all").hidden(),
        bind([.character("c")], .duplicate, "kopiér arrangementet som nyt", "copy the event as a new one").hidden().editing(),
    ]
}

/// The calendar while a search lasts: `n`/`N` go from date to date with a match.
enum CalendarSearchKeys: KeyTable {
    static let scope = Scope.search(.calendar)

    static let bindings: [KeyBinding] = [
        bind([.character("n")], .nextMatch, "næste dato med træf", "next date with a match"),
        bind([.character("N")], .previousMatch, "forrige dato med træf", "previous date with a match"),
        bind([.escape], .close, "afslut søgningen (n er igen nyt)", "end the search (n is new again)"),
    ]
}

/// Cancelling one time: typing writes the reason.
enum CancelKeys: KeyTable {
    static let scope = Scope.dialog(.confirmCancel)

    static let bindings: [KeyBinding] = [
        bind([], .editText, "skriv en årsag", "type a reason").labelled("abc").summary("", "skriv en årsag", "type a reason"),
        bind([.enter], .confirm, "aflyser med årsagen", "cancels with the reason").summary("Enter", "aflyser", "cancels"),
        bind([.escape], .close, "fortryder", "keeps it").summary("Esc", "fortryder", "keeps it"),
    ]
}
