/// The key that opens the git merge's clashes, and the dialog's keys: `m` keeps mine
/// (ours), `t` takes theirs, as the save-clash dialog words them.
enum GitClashKeys {
    static let bindings: [KeyBinding] = [
        KeyBinding([.character("K")], .showGitClashes, .global, "sammenstød fra git (afgør dem)", "clashes from git (settle them)")
            .hidden().editing(),
        bind([.character("m"), .character("M")], .keepMine, "behold min udgave", "keep my version")
            .summary("m", "behold min udgave", "keep my version").editing(),
        bind([.character("t"), .character("T")], .keepTheirs, "tag den andens udgave", "take the other's version")
            .summary("t", "tag den andens", "take theirs").editing(),
        bind([.down, .character("j")], .down, "næste", "next").hidden(),
        bind([.up, .character("k")], .up, "forrige", "previous").hidden(),
        bind([.escape, .character("q")], .close, "luk (resten venter)", "close (the rest wait)").summary("Esc", "luk", "close"),
    ]

    private static func bind(_ keys: [Key], _ command: KeyCommand, _ danish: String, _ english: String) -> KeyBinding {
        KeyBinding(keys, command, .dialog(.gitClashes), danish, english)
    }
}
