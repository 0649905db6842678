/// The keys of a volunteer's own program: the only keys a volunteer has.
enum VolunteerProgramKeys: KeyTable {
    static let scope = Scope.volunteerProgram

    static let bindings: [KeyBinding] = [
        bind([.up, .character("k")], .up, "forrige; vagtplanen står nederst", "previous; the roster is shown below")
            .summary("↑/↓", "vælg", "select"),
        bind([.down, .character("j")], .down, "næste", "next").hidden(),
        bind([.pageUp], .pageUp, "side op", "page up").hidden(),
        bind([.pageDown], .pageDown, "side ned", "page down").hidden(),
        bind([.home, .character("g")], .home, "første", "first").hidden(),
        bind([.end, .character("G")], .end, "sidste", "last").hidden(),
        bind([.character("1")], .showMyShifts, "dine vagter: kommende, så tidligere med timer",
             "your shifts: coming ones, then past ones with hours").summary("1/2", "liste", "list"),
        bind([.character("2")], .showOpenShifts, "ledige vagter i dine grupper", "open slots in your groups").hidden(),
        bind([.tab, .backTab], .switchList, "den anden liste", "the other list").hidden(),
        bind([.character("s"), .enter], .signUp, "tilmeld dig den valgte vagt, eller overtag et bytte",
             "sign up for the selected slot, or take over a swap")
            .summary("s", "tilmeld", "sign up").inList(.open).signupOnly(),
        bind([.character("w")], .withdraw, "meld fra til din valgte vagt (mindst 48 timer før)",
             "withdraw from your shift (at least 48 hours ahead)")
            .summary("w", "meld fra", "withdraw").inList(.mine).signupOnly(),
        bind([.character("b")], .offerSwap, "tilbyd din vagt til bytte i gruppen (b igen: tilbage)",
             "offer your shift for a swap (b again takes it back)")
            .summary("b", "byt", "swap").inList(.mine).signupOnly(),
        bind([.character("?")], .help, "hjælp (enhver tast lukker den)", "help (any key closes it)").hidden(),
        bind([.character("q"), .control("c")], .quit, "afslut", "quit").summary("q", "afslut", "quit"),
    ]
}

/// A volunteer's yes or no before a change.
enum VolunteerQuestionKeys: KeyTable {
    static let scope = Scope.dialog(.volunteerQuestion)

    static let bindings: [KeyBinding] = [
        bind([.character("j"), .character("y")], .confirm, "ja (andre taster: nej)", "yes (other keys: no)").summary("j/y", "ja", "yes"),
    ]
}
