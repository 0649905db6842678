import BibplanCore

/// `today` and `agenda`: the events of one day, or of a period day by day.
enum CalendarReports {
    static func todayText(_ index: LibraryIndex, day: Day, _ language: Language) -> String {
        let summaries = OccurrenceSummary.all(in: DayRange(day: day), of: index)
        var lines = [SafeText.line(index.library.name) + ": " + Labels.longDay(day, language)]
        if let opening = index.opening(on: day)?.text(language) { lines.append(SafeText.line(opening)) }
        lines.append("")
        if summaries.isEmpty {
            lines.append(language.pick("Ingen arrangementer i dag.", "No events today."))
        }
        for summary in summaries { lines += OccurrenceText.block(summary, language) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"library", "date", "occurrences": [...]}`.
    static func todayJSON(_ index: LibraryIndex, day: Day) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", index.library.id)
        writer.field("date", day.iso)
        writer.occurrences(OccurrenceSummary.all(in: DayRange(day: day), of: index))
        writer.endObject()
        return writer.text
    }

    static func agendaText(_ index: LibraryIndex, range: DayRange, _ language: Language) -> String {
        let summaries = OccurrenceSummary.all(in: range, of: index)
        var lines = [SafeText.line(index.library.name) + ": " + Labels.period(range, language), ""]
        if summaries.isEmpty {
            lines.append(language.pick("Ingen arrangementer i perioden.", "No events in this period."))
        }
        lines += OccurrenceText.byDay(summaries, language) { Labels.longDay($0, index, language) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"library", "from", "to", "occurrences": [...]}`; `to` is the last day, included.
    static func agendaJSON(_ index: LibraryIndex, range: DayRange) -> String {
        OccurrenceSummary.periodJSON(index, range: range, OccurrenceSummary.all(in: range, of: index))
    }
}
