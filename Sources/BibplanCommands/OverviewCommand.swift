import BibplanCore

/// `overview`: every library side by side, or one theme across them.
extension CommandSpec {
    static let overview = CommandSpec(
        .overview,
        options: [.theme(Phrase("ét tema, fx digitalisering, \"digital dannelse\", læsning",
                                "one theme, e.g. digitalisation, \"digital literacy\", reading")), .json],
        summary: Phrase("Alle biblioteker (eller dem --library a,b nævner): plan, vision, mål, ugens arrangementer og ledige vagter; "
                            + "planperioderne side om side; temaer og fælles partnere. Med --theme: ét tema på tværs af bibliotekerne "
                            + "med de nationale punkter (landscape.json).",
                        "Every library (or those --library a,b names): plan, vision, goals, this week's events and open slots; the plan "
                            + "periods side by side; themes and shared partners. With --theme: one theme across the libraries with the "
                            + "national items (landscape.json)."),
        severalLibraries: { _ in true },
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            return .overview(json: parsed.flag("--json"), theme: parsed.theme("--theme"))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .overview(let json, let theme) = invocation.command else { return .badUsage }
            let today = invocation.today ?? runner.realToday
            let overview = try runner.loadOverview(invocation, command: .overview, today: today, language)
            if let theme {
                let view = ThemeView(overview, theme: theme)
                runner.output.write(json ? ThemeJSON.json(view, overview) : ThemeText.text(view, overview, language))
            } else {
                runner.output.write(json ? OverviewJSON.json(overview) : OverviewText.text(overview, language))
            }
            return .ok
        })
}
