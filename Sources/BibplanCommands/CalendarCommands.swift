import BibplanCore

/// `today` and `agenda`: one library's events, or several libraries' in one list.
extension CommandSpec {
    static let today = CommandSpec(
        .today, options: [.json],
        summary: Phrase("Dagens arrangementer: tid, titel, sted, hvem der har vagt, og hvad der mangler.",
                        "Today's events: time, title, place, who is on shift, and what is missing."),
        access: .everyone, severalLibraries: { _ in true },
        build: jsonOnly(Command.today(json:)),
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .today(let json) = invocation.command else { return .badUsage }
            let today = invocation.today ?? runner.realToday
            runner.output.write(try runner.calendar(invocation, range: DayRange(day: today), json: json, today: today, language))
            return .ok
        })

    static let agenda = CommandSpec(
        .agenda, options: [.from(), .days(default: 7), .json],
        summary: Phrase("Arrangementerne dag for dag i en periode (som standard 7 dage fra i dag).",
                        "The events day by day over a period (by default 7 days from today)."),
        access: .everyone, severalLibraries: { _ in true },
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            return .agenda(from: parsed.day("--from"), days: parsed.number("--days") ?? 7, json: parsed.flag("--json"))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .agenda(let from, let days, let json) = invocation.command else { return .badUsage }
            let today = invocation.today ?? runner.realToday
            let range = runner.period(from: from ?? today, days: days)
            runner.output.write(try runner.calendar(invocation, range: range, json: json, today: today, language))
            return .ok
        })
}

extension CommandRunner {
    /// `today` (a range of one day) and `agenda`: one library's, or several libraries' in one list.
    func calendar(_ invocation: Invocation, range: DayRange, json: Bool, today: Day,
                  _ language: Language) throws(CommandFailure) -> String {
        let isToday = invocation.command.name == .today
        let command: CommandName = isToday ? .today : .agenda
        guard invocation.libraryIDs.count > 1 else {
            let index = try loadLibrary(invocation, command: command, language)
            if isToday {
                return json ? CalendarReports.todayJSON(index, day: range.first)
                    : CalendarReports.todayText(index, day: range.first, language)
            }
            return json ? CalendarReports.agendaJSON(index, range: range) : CalendarReports.agendaText(index, range: range, language)
        }
        let overview = Overview(libraries: try loadLibraries(invocation, command: command, language), today: today)
        if isToday {
            return json ? CombinedCalendarReports.todayJSON(overview, day: range.first)
                : CombinedCalendarReports.todayText(overview, day: range.first, language)
        }
        return json ? CombinedCalendarReports.agendaJSON(overview, range: range)
            : CombinedCalendarReports.agendaText(overview, range: range, language)
    }

    func period(from first: Day, days: Int) -> DayRange {
        DayRange(first, first.adding(days: max(days, 1) - 1))
    }
}
