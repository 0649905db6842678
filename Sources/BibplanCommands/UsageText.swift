import BibplanCore

/// The usage line and the help text of each command, in Danish and English.
public enum UsageText {
    /// `usage: bibplan [OPTIONS] agenda [--from DATE] [--days N] [--json]`.
    public static func usageLine(_ command: CommandName?, _ language: Language) -> String {
        language.pick("brug: ", "usage: ") + synopsis(command, language)
    }

    /// The program's synopsis for nil, else the command's, from its spec.
    static func synopsis(_ command: CommandName?, _ language: Language) -> String {
        let lines = command?.spec.synopsis(language)
            ?? [Placeholders.shown("bibplan [--data-dir DIR] [--library ID] [--today YYYY-MM-DD] [--lang da|en] [COMMAND]", language)]
        return lines.joined(separator: "\n       ")
    }

    /// The full help: the overview for nil, else the command's usage, purpose and options.
    /// `shown`: the commands the person may run (all of them for staff).
    public static func help(_ command: CommandName?, _ language: Language, shown: (CommandName) -> Bool = { _ in true }) -> String {
        guard let command else { return overview(language, shown: shown) }
        var lines = [usageLine(command, language), "", summary(command, language)]
        let options = optionLines(command, language)
        if !options.isEmpty {
            lines += ["", language.pick("Tilvalg:", "Options:")] + options
        }
        lines += ["", language.pick("Fælles tilvalg: se bibplan help.", "Global options: see bibplan help.")]
        return lines.joined(separator: "\n") + "\n"
    }

    static func summary(_ command: CommandName, _ language: Language) -> String {
        command.spec.summary(language)
    }

    /// The command's options as help rows, from its spec.
    static func optionLines(_ command: CommandName, _ language: Language) -> [String] {
        table(command.spec.options.map { ($0.label(language), $0.help(language)) })
    }

    /// Two columns, indented by two spaces, the second aligned.
    static func table(_ rows: [(String, String)]) -> [String] {
        let width = (rows.map(\.0.count).max() ?? 0) + 2
        return rows.map { "  " + PlainText.padded($0.0, to: width) + $0.1 }
    }

    static func overview(_ language: Language, shown: (CommandName) -> Bool = { _ in true }) -> String {
        let lines: [String] = [
            usageLine(nil, language),
            "",
            language.pick("Uden kommando: fuldskærmsprogrammet, der åbner med dagens arrangementer.",
                          "Without a command: the full-screen program, opening on today's events."),
            "",
            language.pick("Kommandoer:", "Commands:"),
        ] + table(CommandName.allCases.filter(shown).map { ($0.rawValue, summary($0, language)) }) + [
            "",
            language.pick("Fælles tilvalg:", "Global options:"),
        ] + table([
            ("--data-dir " + language.pick("MAPPE", "DIR"),
             language.pick("datamappen (ellers $BIBPLAN_DATA, $XDG_DATA_HOME/bibplan, ~/.local/share/bibplan)",
                           "the data directory (else $BIBPLAN_DATA, $XDG_DATA_HOME/bibplan, ~/.local/share/bibplan)")),
            ("--library ID", language.pick("biblioteket (nødvendigt når mappen har flere)", "the library (needed when the directory holds several)")),
            ("--library ID,ID", language.pick("flere biblioteker: today, agenda, overview, export ics, report, check",
                                              "several libraries: today, agenda, overview, export ics, report, check")),
            ("--today " + language.pick("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"), language.pick("fastsæt datoen", "pin the date")),
            ("--lang da|en", language.pick("sproget (ellers fra LANG)", "the language (else from LANG)")),
            ("--no-mouse", language.pick("fuldskærmsprogrammet uden mus (terminalens egen markering virker)",
                                         "the full-screen program without the mouse (the terminal's own selection works)")),
            ("--help, -h", language.pick("denne hjælp; efter en kommando: dens hjælp", "this help; after a command: its help")),
        ]) + [
            "",
            language.pick("Afslutningskode: 0 i orden, 1 fejl i data, 2 forkert brug.",
                          "Exit status: 0 ok, 1 bad data, 2 bad usage."),
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
