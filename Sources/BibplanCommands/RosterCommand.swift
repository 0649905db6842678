import BibplanCore

/// `goals` and `roster`: the strategy tree and the shifts of one library.
extension CommandSpec {
    static let goals = CommandSpec(
        .goals, options: [.json],
        summary: Phrase("Strategien som træ: mål og delmål med status og fremdrift, og initiativerne under hvert mål.",
                        "The strategy as a tree: goals and sub-goals with status and progress, and the initiatives under each goal."),
        build: jsonOnly(Command.goals(json:)),
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .goals(let json) = invocation.command else { return .badUsage }
            let today = invocation.today ?? runner.realToday
            let index = try runner.loadLibrary(invocation, command: .goals, language)
            runner.output.write(json ? GoalsReport.json(index, today: today)
                : PlainText.reflow(GoalsReport.text(index, language, today: today), width: runner.textWidth))
            return .ok
        })

    static let roster = CommandSpec(
        .roster,
        options: [OptionSpec("--volunteer", .text, value: "ID",
                             help: Phrase("kun denne frivilliges vagter", "only this volunteer's shifts")),
                  .from(), .days(default: 28), .json],
        summary: Phrase("Vagtplanen: arrangementer med frivillige og ledige pladser (som standard 28 dage), eller én frivilligs vagter.",
                        "The roster: events with volunteers and open slots (by default 28 days), or one volunteer's shifts."),
        access: .everyone,
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            return .roster(volunteer: parsed.text("--volunteer"), from: parsed.day("--from"), days: parsed.number("--days") ?? 28,
                           json: parsed.flag("--json"))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .roster(let volunteerID, let from, let days, let json) = invocation.command else { return .badUsage }
            let index = try runner.loadLibrary(invocation, command: .roster, language)
            let range = runner.period(from: from ?? invocation.today ?? runner.realToday, days: days)
            runner.output.write(try runner.roster(index, volunteerID: volunteerID, range: range, json: json, language))
            return .ok
        })
}

extension CommandRunner {
    func roster(_ index: LibraryIndex, volunteerID: String?, range: DayRange, json: Bool,
                _ language: Language) throws(CommandFailure) -> String {
        guard let volunteerID else {
            return json ? RosterReport.json(index, range: range) : RosterReport.text(index, range: range, language)
        }
        let volunteer = try Self.volunteer(volunteerID, in: index)
        return json ? RosterReport.volunteerJSON(index, volunteer: volunteer, range: range)
            : RosterReport.volunteerText(index, volunteer: volunteer, range: range, language)
    }
}
