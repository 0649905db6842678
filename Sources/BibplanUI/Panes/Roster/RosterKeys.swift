/// An occurrence's roster. Its key line in the box, its help and the message for an
/// unused key are all these rows.
enum RosterKeys: KeyTable {
    static let scope = Scope.dialog(.roster)

    static let bindings: [KeyBinding] = [
        bind([.character("a")], .assignVolunteer, "tildel en frivillig (gruppens først)", "assign a volunteer (the group's first)")
            .summary("a", "tildel frivillig", "assign volunteer").editing(),
        bind([.character("d"), .delete], .removeShift, "fjern den valgte vagt", "remove the selected shift")
            .summary("d", "fjern vagt", "remove shift").editing(),
        bind([.character("e")], .editShiftRole, "vagtens rolle", "the shift's role").summary("e", "rolle", "role").editing(),
        bind([.character("+")], .moreRegistered, "én tilmeldt mere", "one more registered")
            .summary("+/-", "tilmeldte", "registered").editing(),
        bind([.character("-")], .fewerRegistered, "én tilmeldt mindre", "one fewer registered").hidden().editing(),
        bind([.character("u")], .undo, "fortryd (og luk)", "undo (and close)").hidden().editing(),
        bind([.up, .character("k")], .up, "forrige vagt", "previous shift").hidden(),
        bind([.down, .character("j")], .down, "næste vagt", "next shift").hidden(),
        bind([.escape, .enter, .character("q")], .close, "luk", "close").summary("Esc", "luk", "close"),
    ]
}

/// Choosing a volunteer for an occurrence: typing narrows the list.
enum ChooserKeys: KeyTable {
    static let scope = Scope.dialog(.chooser)

    static let bindings: [KeyBinding] = [
        bind([], .editText, "skriv for at søge", "type to search").labelled("abc").summary("", "skriv for at søge", "type to search"),
        bind([.up], .up, "forrige", "previous").summary("↑/↓", "", ""),
        bind([.down], .down, "næste", "next").hidden(),
        bind([.pageUp], .pageUp, "side op", "page up").hidden(),
        bind([.pageDown], .pageDown, "side ned", "page down").hidden(),
        bind([.enter], .confirm, "tildeler (advarsel: Enter igen)", "assigns (a warning: Enter again)")
            .summary("Enter", "tildeler", "assigns").editing(),
        bind([.escape], .close, "tilbage", "back").summary("Esc", "tilbage", "back"),
    ]
}

/// The occurrences of the coming weeks that still need volunteers.
enum OpenSlotsKeys: KeyTable {
    static let scope = Scope.dialog(.openSlots)

    static let bindings: [KeyBinding] = [
        bind([.up, .character("k")], .up, "forrige", "previous").hidden(),
        bind([.down, .character("j")], .down, "næste", "next").hidden(),
        bind([.pageUp], .pageUp, "side op", "page up").hidden(),
        bind([.pageDown], .pageDown, "side ned", "page down").hidden(),
        bind([.enter, .character("a")], .assignVolunteer, "vælg en frivillig", "pick a volunteer")
            .summary("Enter", "vælger en frivillig", "picks a volunteer"),
        bind([.escape, .character("q"), .character("o")], .close, "luk", "close").summary("Esc", "lukker", "closes"),
    ]
}
