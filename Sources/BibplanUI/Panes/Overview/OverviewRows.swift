import BibplanCore

/// The lines of each part of the overview.
enum OverviewRows {
    static func libraries(_ overview: Overview, _ language: Language) -> [OverviewRow] {
        overview.summaries.flatMap { summary -> [OverviewRow] in
            let plan = summary.plan.map { plan in
                plan.title + [plan.from?.iso, plan.to?.iso].compactMap { $0 }.joined(separator: " – ").prefixedIfAny(" · ")
            } ?? language.pick("ingen plan", "no plan")
            let health = summary.planEnded
                ? language.pick("\(summary.goalsByStatus.values.reduce(0, +)) historiske (planen er udløbet)",
                                "\(summary.goalsByStatus.values.reduce(0, +)) historical (the plan has ended)")
                : [GoalStatus.onTrack, .atRisk, .offTrack, .notStarted, .done]
                    .filter { summary.goals($0) > 0 }
                    .map { "\(summary.goals($0)) \($0.word(language))" }.joined(separator: ", ")
            let target = OverviewTarget.library(summary.id)
            var rows: [OverviewRow] = [
                .heading(String(summary.name.firstLine), summary.id),
                .line("  " + plan, to: target),
                .line("  " + (summary.vision.isEmpty ? "–" : String(summary.vision.firstLine)), to: target),
            ]
            if let example = summary.exampleContent {
                rows.append(.line("  " + language.pick("Eksempeldata: ", "Example data: ") + example.firstLine, to: target))
            }
            return rows + [
                .line("  " + language.pick("Mål: ", "Goals: ") + (health.isEmpty ? "–" : health), to: target),
                .line("  " + language.pick("Denne uge: \(summary.eventsThisWeek) arrangement\(summary.eventsThisWeek == 1 ? "" : "er")"
                                           + " · ledige vagter (4 uger): \(summary.openSlots)",
                                           "This week: \(summary.eventsThisWeek) event\(summary.eventsThisWeek == 1 ? "" : "s")"
                                           + " · open slots (4 weeks): \(summary.openSlots)"), to: target),
            ]
        }
    }

    /// The plan periods side by side: a cell per year, this year marked.
    static func timeline(_ overview: Overview, _ language: Language) -> [OverviewRow] {
        let years = overview.timelineYears(limit: 30)
        let heading = OverviewRow.heading(language.pick("Planperioder", "Plan periods") + " \(years.lowerBound)–\(years.upperBound)",
                                          "│ = \(overview.today.year)")
        return [heading] + overview.planPeriods.map { period in
            .line("  " + period.bar(years, thisYear: overview.today.year) + "  " + period.libraryName.firstLine,
                  period.periodText(language), to: .library(period.libraryID))
        }
    }

    static func themes(_ overview: Overview, _ language: Language) -> [OverviewRow] {
        overview.themes.flatMap { theme, items -> [OverviewRow] in
            let count = overview.libraryCount(of: items)
            let heading = OverviewRow.heading(theme.word(language).capitalizedFirst,
                                              language.pick("\(count) biblioteker", count == 1 ? "1 library" : "\(count) libraries"))
            return [heading] + items.map(strategyLine)
        }
    }

    static func partners(_ overview: Overview, _ language: Language) -> [OverviewRow] {
        overview.partners.flatMap { partner -> [OverviewRow] in
            let libraries = partner.libraryIDs.joined(separator: ", ")
            return [.heading(String(partner.name.firstLine), libraries)] + partner.initiatives.map(strategyLine)
        }
    }

    static func calendar(_ overview: Overview, _ language: Language) -> [OverviewRow] {
        var rows: [OverviewRow] = []
        var day: Day?
        for item in overview.occurrences(in: overview.week) {
            let occurrence = item.occurrence
            if occurrence.day != day {
                day = occurrence.day
                rows.append(.heading(DateNames.long(occurrence.day, language).capitalizedFirst))
            }
            let library = overview.libraries[item.library].library.id
            rows.append(.line("  " + occurrence.start.clock + "  " + overview.event(of: item).title.firstLine, library,
                              to: .day(library: library, occurrence.day)))
        }
        return rows
    }

    private static func strategyLine(_ item: StrategyItem) -> OverviewRow {
        let mark = item.kind == .goal ? "◆ " : "▸ "
        let target: OverviewTarget = item.kind == .goal ? .goal(library: item.libraryID, id: item.id) : .initiative(library: item.libraryID, id: item.id)
        return .line("  " + mark + item.title.firstLine, item.libraryID, to: target)
    }
}

extension String {
    func prefixedIfAny(_ prefix: String) -> String { isEmpty ? "" : prefix + self }
}
