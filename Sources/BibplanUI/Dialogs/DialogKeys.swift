/// A form's keys; the other keys edit the focused field.
enum FormKeys: KeyTable {
    static let scope = Scope.dialog(.form)

    static let bindings: [KeyBinding] = [
        bind([.enter], .confirm, "gemmer", "saves").summary("Enter", "gemmer", "saves"),
        bind([.escape], .close, "fortryder (spørger ved ændringer)", "cancels (asks when changed)").summary("Esc", "fortryder", "cancels"),
        bind([.tab, .down], .nextField, "næste felt (markerer teksten)", "next field (selects its text)")
            .summary("Tab", "næste felt", "next field"),
        bind([.backTab, .up], .previousField, "forrige felt", "previous field").hidden(),
        bind([.left, .right], .editText, "flyt markøren · skift valg", "move the cursor · change a choice").hidden(),
        bind([.control("a"), .control("e"), .control("k"), .control("u")], .editText, "start · slut · slet til slut/start",
             "start · end · delete to end/start").labelled("Ctrl-A/E/K/U").hidden(),
        bind([.control("c")], .quit, "afslutter (spørger ved ændringer)", "quits (asks when changed)").hidden(),
    ]
}

/// The yes/no questions, the clash, the help and the library picker: a few keys each.
enum QuestionKeys {
    static let bindings: [KeyBinding] = [
        bind(.confirmDelete, [.character("j"), .character("y")], .confirm, "ja, slet (andre taster: nej)", "yes, delete (other keys: no)")
            .summary("j/y", "bekræfter", "confirms"),
        bind(.confirmQuit, [.character("j"), .character("y"), .character("q"), .control("c")], .confirm,
             "afslut uden at gemme", "quit without saving").labelled("j/y").summary("j/y", "afslutter", "quits"),
        bind(.confirmQuit, [.character("S")], .saveAgain, "gem igen", "save again").summary("S", "gemmer igen", "saves again"),
        bind(.clash, [.character("m"), .character("M")], .keepMine, "behold min udgave", "keep my version")
            .summary("m", "behold min udgave", "keep my version"),
        bind(.clash, [.character("t"), .character("T")], .keepTheirs, "tag den andens udgave", "take the other's version")
            .summary("t", "tag den andens", "take theirs"),
        bind(.help, [.down, .character("j")], .down, "rul ned", "scroll down").hidden(),
        bind(.help, [.up, .character("k")], .up, "rul op", "scroll up").hidden(),
        bind(.help, [.pageDown, .character(" ")], .pageDown, "side ned", "page down").hidden(),
        bind(.help, [.pageUp], .pageUp, "side op", "page up").hidden(),
        bind(.picker, [.up, .character("k")], .up, "forrige", "previous").hidden(),
        bind(.picker, [.down, .character("j")], .down, "næste", "next").hidden(),
        bind(.picker, [.enter], .open, "åbn biblioteket", "open the library"),
        bind(.picker, [.character("q"), .escape], .close, "luk (afslut uden bibliotek)", "close (quit without a library)"),
    ]

    private static func bind(_ dialog: Dialog, _ keys: [Key], _ command: KeyCommand, _ danish: String, _ english: String) -> KeyBinding {
        KeyBinding(keys, command, .dialog(dialog), danish, english)
    }
}
