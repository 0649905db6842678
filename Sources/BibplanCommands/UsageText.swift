import BibplanCore

/// The usage line and the help text of each command, in Danish and English.
public enum UsageText {
    /// `usage: bibplan [OPTIONS] agenda [--from DATE] [--days N] [--json]`.
    public static func usageLine(_ command: CommandName?, _ language: Language) -> String {
        language.pick("brug: ", "usage: ") + synopsis(command, language)
    }

    static func synopsis(_ command: CommandName?, _ language: Language) -> String {
        let options = language.pick("[TILVALG]", "[OPTIONS]")
        let date = language.pick("DATO", "DATE")
        switch command {
        case nil:
            return "bibplan [--data-dir \(language.pick("MAPPE", "DIR"))] [--library ID] [--today \(language.pick("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"))] [--lang da|en] [\(language.pick("KOMMANDO", "COMMAND"))]"
        case .today: return "bibplan \(options) today [--json]"
        case .agenda: return "bibplan \(options) agenda [--from \(date)] [--days N] [--json]"
        case .goals: return "bibplan \(options) goals [--json]"
        case .roster: return "bibplan \(options) roster [--volunteer ID] [--from \(date)] [--days N] [--json]"
        case .check: return "bibplan \(options) check [--json]"
        case .overview: return "bibplan \(options) overview [--theme \(language.pick("TEMA", "THEME"))] [--json]"
        case .restore: return "bibplan \(options) --library ID restore [--force]"
        case .exportData:
            let file = language.pick("FIL", "FILE")
            return "bibplan \(options) export ics [--from \(date)] [--to \(date)] [--initiative ID] [-o \(file)]\n"
                + "       bibplan \(options) export csv roster|volunteers|hours [--from \(date)] [--to \(date)] [--by volunteer|group] "
                + "[--delimiter ';'] [-o \(file)]"
        case .importData: return "bibplan \(options) import ics \(language.pick("FIL", "FILE")) [--dry-run] [--strict] [--json]"
        case .report:
            return "bibplan \(options) report [--all | --landscape [--theme \(language.pick("TEMA", "THEME"))]] [--format md|html|json] [--from \(date)] [--to \(date)] [-o \(language.pick("FIL", "FILE"))] [--json]"
        case .generate:
            let file = language.pick("FIL", "FILE")
            return "bibplan \(options) generate [--seed N] [--years N] [--series N] [--events N] [--volunteers N] [--shifts N] "
                + "[--goals N] [--initiatives N] [--id ID] [-o \(file)] [--ics \(file)]"
        case .rule: return "bibplan \(options) rule \(language.pick("TEKST", "TEXT")) [--from \(date)] [--count N] [--json]"
        case .merge, .gitSetup, .history, .remind, .clashes: return collaborationSynopsis(command, language)
        case .help: return "bibplan help [\(language.pick("KOMMANDO", "COMMAND"))]"
        }
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
        switch command {
        case .today:
            return language.pick("Dagens arrangementer: tid, titel, sted, hvem der har vagt, og hvad der mangler.",
                                 "Today's events: time, title, place, who is on shift, and what is missing.")
        case .agenda:
            return language.pick("Arrangementerne dag for dag i en periode (som standard 7 dage fra i dag).",
                                 "The events day by day over a period (by default 7 days from today).")
        case .goals:
            return language.pick("Strategien som træ: mål og delmål med status og fremdrift, og initiativerne under hvert mål.",
                                 "The strategy as a tree: goals and sub-goals with status and progress, and the initiatives under each goal.")
        case .roster:
            return language.pick("Vagtplanen: arrangementer med frivillige og ledige pladser (som standard 28 dage), eller én frivilligs vagter.",
                                 "The roster: events with volunteers and open slots (by default 28 days), or one volunteer's shifts.")
        case .check:
            return language.pick("Kontrollerer biblioteksfilerne og viser hver fejl (fil, linje:kolonne, JSON-sti, hvad der er galt).",
                                 "Checks the library files and lists every problem (file, line:column, JSON path, what is wrong).")
        case .overview:
            return language.pick("Alle biblioteker (eller dem --library a,b nævner): plan, vision, mål, ugens arrangementer og ledige vagter; planperioderne side om side; temaer og fælles partnere. Med --theme: ét tema på tværs af bibliotekerne med de nationale punkter (landscape.json).",
                                 "Every library (or those --library a,b names): plan, vision, goals, this week's events and open slots; the plan periods side by side; themes and shared partners. With --theme: one theme across the libraries with the national items (landscape.json).")
        case .generate:
            return language.pick("Laver et stort, realistisk bibliotek til demonstrationer og målinger (det samme for det samme --seed).",
                                 "Makes a large, realistic library for demos and benchmarks (the same for the same --seed).")
        case .restore:
            return language.pick("Lægger den forrige udgave (<id>.json.bak) tilbage, når biblioteksfilen er beskadiget eller væk; den beskadigede fil gemmes som <id>.json.damaged (.damaged.2, … når der er en i forvejen).",
                                 "Puts the previous version (<id>.json.bak) back when the library file is damaged or lost; the damaged file is kept as <id>.json.damaged (.damaged.2, … when there is one already).")
        case .exportData:
            return language.pick("Skriver arrangementerne som iCalendar (RFC 5545: serier med RRULE og EXDATE, faste UID'er) eller vagtplan, frivillige eller timer som CSV til regneark.",
                                 "Writes the events as iCalendar (RFC 5545: series with RRULE and EXDATE, stable UIDs), or the roster, volunteers or hours as CSV for spreadsheets.")
        case .importData:
            return language.pick("Henter arrangementer fra en iCalendar-fil i enhver tidszone; et ulæseligt arrangement springes over med linje og grund (--strict: alt eller intet), og samme fil to gange giver ingen dubletter.",
                                 "Reads events from an iCalendar file in any time zone into the library; an unreadable event is skipped with its line and reason (--strict: all or nothing), and the same file twice adds nothing twice.")
        case .report:
            return language.pick("Opfølgning på strategien for planperioden: mål, succeskriterier, initiativer, arrangementer og frivillige timer.",
                                 "The strategy follow-up for the plan period: goals, success criteria, initiatives, events and volunteer hours.")
        case .rule:
            return language.pick("Læser en gentagelse i ord («anden lørdag i måneden», «hverdage») og viser den i ord, som RRULE og de næste datoer.",
                                 "Reads a rhythm in words (\"the second Saturday of the month\", \"weekdays\") and shows it in words, as RRULE and the next dates.")
        case .merge, .gitSetup, .history, .remind, .clashes:
            return collaborationSummary(command, language)
        case .help:
            return language.pick("Viser hjælp til bibplan eller til én kommando.", "Shows help for bibplan or for one command.")
        }
    }

    static func optionLines(_ command: CommandName, _ language: Language) -> [String] {
        let json = ("--json", language.pick("skriv JSON i stedet for tekst", "write JSON instead of text"))
        let from = ("--from " + language.pick("DATO", "DATE"),
                    language.pick("første dag (ÅÅÅÅ-MM-DD); som standard i dag", "first day (YYYY-MM-DD); today by default"))
        let days = language.pick("antal dage, 1 til 366", "number of days, 1 to 366")
        switch command {
        case .today, .goals, .check: return table([json])
        case .overview:
            let theme = ("--theme " + language.pick("TEMA", "THEME"),
                         language.pick("ét tema, fx digitalisering, \"digital dannelse\", læsning", "one theme, e.g. digitalisation, \"digital literacy\", reading"))
            return table([theme, json])
        case .agenda: return table([from, ("--days N", days + language.pick(" (standard 7)", " (default 7)")), json])
        case .roster:
            let volunteer = ("--volunteer ID", language.pick("kun denne frivilliges vagter", "only this volunteer's shifts"))
            return table([volunteer, from, ("--days N", days + language.pick(" (standard 28)", " (default 28)")), json])
        case .generate: return table(GenerateRequest.optionHelp(language))
        case .rule:
            return table([(from.0, language.pick("første dag, som i formularerne (2026-12-01, 1/12, 1. december, i morgen, mandag); standard i dag",
                                                 "first day, as in the forms (2026-12-01, 1/12, 1 December, tomorrow, Monday); today by default")),
                          ("--count N", language.pick("antal datoer, 1 til 1000 (standard 5)", "number of dates, 1 to 1000 (default 5)")), json])
        case .exportData, .importData, .report: return table(exchangeOptionHelp(command, language))
        case .restore:
            return table([("--force", language.pick("også når biblioteksfilen er gyldig", "even when the library file is valid"))])
        case .merge, .gitSetup, .history, .remind, .clashes: return table(collaborationOptionHelp(command, language))
        case .help: return []
        }
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
