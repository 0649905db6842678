import BibplanCore

/// The plan periods side by side (issue 19): a row per library, a cell per year.
///
/// ```
/// Planperioder 2003–2029 (│ = 2026)
///   [albertslund]  ███████████████████████████▸  2003-12-09 –, ingen slutdato
///   [taarnby]      ··············████·····│···  2017-01-01 – 2020-12-31, udløbet
/// ```
enum PlanTimelineText {
    /// At most this many years, so a row fits 80 columns beside its tag and period.
    static let yearLimit = 30

    static func lines(_ overview: Overview, _ language: Language) -> [String] {
        let years = overview.timelineYears(limit: yearLimit)
        let thisYear = overview.today.year
        var lines = [language.pick("Planperioder", "Plan periods") + " \(years.lowerBound)–\(years.upperBound) (│ = \(thisYear))"]
        let tagWidth = OccurrenceText.tagWidth(overview)
        for period in overview.planPeriods {
            lines.append("  " + PlainText.padded(OccurrenceText.tag(period.libraryID), to: tagWidth) + "  "
                         + period.bar(years, thisYear: thisYear) + "  " + period.periodText(language))
        }
        return lines
    }
}
