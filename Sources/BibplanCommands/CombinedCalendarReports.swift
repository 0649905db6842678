import BibplanCore

/// `today` and `agenda` over several libraries (`--library a,b,c`): one list in time
/// order, each occurrence marked with its library (`[glostrup]`), under a legend that
/// names the libraries.
enum CombinedCalendarReports {
    static func todayText(_ overview: Overview, day: Day, _ language: Language) -> String {
        let summaries = all(overview, in: DayRange(day: day))
        var lines = [Labels.longDay(day, language)] + legend(overview) + [""]
        if summaries.isEmpty {
            lines.append(language.pick("Ingen arrangementer i dag.", "No events today."))
        }
        let width = OccurrenceText.tagWidth(overview)
        for summary in summaries { lines += OccurrenceText.block(summary, language, tagWidth: width) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func agendaText(_ overview: Overview, range: DayRange, _ language: Language) -> String {
        let summaries = all(overview, in: range)
        var lines = [Labels.period(range, language)] + legend(overview) + [""]
        if summaries.isEmpty {
            lines.append(language.pick("Ingen arrangementer i perioden.", "No events in this period."))
        }
        lines += OccurrenceText.byDay(summaries, language, tagWidth: OccurrenceText.tagWidth(overview))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"libraries": [ids], "date", "occurrences": [{"library", "event", …}]}`.
    static func todayJSON(_ overview: Overview, day: Day) -> String {
        json(overview, range: DayRange(day: day)) { $0.field("date", day.iso) }
    }

    /// `{"libraries": [ids], "from", "to", "occurrences": [{"library", "event", …}]}`; `to` is included.
    static func agendaJSON(_ overview: Overview, range: DayRange) -> String {
        json(overview, range: range) { writer in
            writer.field("from", range.first.iso)
            writer.field("to", range.last.iso)
        }
    }

    private static func json(_ overview: Overview, range: DayRange, period: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("libraries", overview.libraries.map(\.library.id))
        period(&writer)
        writer.occurrences(all(overview, in: range), withLibrary: true)
        writer.endObject()
        return writer.text
    }

    /// Every library's occurrences in the range, in time order.
    static func all(_ overview: Overview, in range: DayRange) -> [OccurrenceSummary] {
        let roomsTaken = overview.libraries.map { $0.roomConflicts(in: range) }
        return overview.occurrences(in: range, listed: true).map {
            OccurrenceSummary($0.occurrence, in: overview.libraries[$0.library], roomsTaken: roomsTaken[$0.library])
        }
    }

    /// `[glostrup]  Glostrup Bibliotek`, a line for each library.
    private static func legend(_ overview: Overview) -> [String] {
        let width = OccurrenceText.tagWidth(overview)
        return overview.libraries.map { index in
            PlainText.padded(OccurrenceText.tag(index.library.id), to: width) + "  " + SafeText.line(index.library.name)
        }
    }
}
