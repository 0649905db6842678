import BibplanCore

/// `overview` as plain text in 80 columns: a block for each library, then the themes
/// with each library's goals and initiatives, then the partners, shared ones first.
enum OverviewText {
    static let width = 80
    static let labelWidth = 12

    static func text(_ overview: Overview, _ language: Language) -> String {
        let count = Labels.count(overview.libraries.count, language.pick("bibliotek", "library"),
                                 language.pick("biblioteker", "libraries"))
        var lines = [language.pick("Oversigt over ", "Overview of ") + count + " · " + DateNames.long(overview.today, language)]
        for summary in overview.summaries { lines += [""] + block(summary, overview, language) }
        lines += [""] + PlanTimelineText.lines(overview, language)
        lines += [""] + themes(overview, language)
        lines += [""] + partners(overview, language)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Libraries

    static func block(_ summary: LibrarySummary, _ overview: Overview, _ language: Language) -> [String] {
        var lines = PlainText.wrapped(SafeText.line(summary.name) + " " + OccurrenceText.tag(summary.id), width: width, lead: "", hang: "  ")
        if let plan = summary.plan {
            lines += labelled("Plan", SafeText.line(plan.title) + periodText(plan)
                              + (summary.planEnded ? language.pick(", udløbet", ", ended") : ""))
        }
        if !summary.vision.isEmpty {
            let label = "  " + PlainText.padded("Vision", to: labelWidth)
            lines.append(label + PlainText.cut(SafeText.line(summary.vision), to: width - label.count))
        }
        if let example = summary.exampleContent, !example.isEmpty {
            let label = "  " + PlainText.padded(language.pick("Eksempel", "Example"), to: labelWidth)
            lines.append(label + PlainText.cut(SafeText.line(example), to: width - label.count))
        }
        lines += labelled(language.pick("Mål", "Goals"), goalCounts(summary, language))
        let events = Labels.count(summary.eventsThisWeek, language.pick("arrangement", "event"), language.pick("arrangementer", "events"))
        lines += labelled(language.pick("Denne uge", "This week"), events + " (" + days(overview.week, language) + ")")
        let slots = Labels.count(summary.openSlots, language.pick("ledig vagt", "open slot"), language.pick("ledige vagter", "open slots"))
        lines += labelled(language.pick("Frivillige", "Volunteers"), slots + language.pick(" de næste fire uger", " in the coming four weeks"))
        return lines
    }

    /// `  Label       text`, wrapped under the text.
    private static func labelled(_ label: String, _ text: String) -> [String] {
        let lead = "  " + PlainText.padded(label, to: labelWidth)
        return PlainText.wrapped(text, width: width, lead: lead, hang: String(repeating: " ", count: lead.count))
    }

    /// ` (2026-01-01 – 2027-12-31)`, ` (2003-12-09 –)` without an end, or nothing for a plan without dates.
    private static func periodText(_ plan: Plan) -> String {
        guard plan.from != nil || plan.to != nil else { return "" }
        return " (" + (plan.from.map { $0.iso + " " } ?? "") + "–" + (plan.to.map { " " + $0.iso } ?? "") + ")"
    }

    /// `12 på sporet · 1 i fare · 0 bagud · 3 ikke startet · 2 nået`.
    static func goalCounts(_ summary: LibrarySummary, _ language: Language) -> String {
        if summary.planEnded {
            let count = summary.goalsByStatus.values.reduce(0, +)
            return "\(count) " + language.pick("historiske (planen er udløbet)", "historical (the plan has ended)")
        }
        let order: [GoalStatus] = [.onTrack, .atRisk, .offTrack, .notStarted, .done]
        return order.map { "\(summary.goals($0)) " + $0.word(language) }.joined(separator: " · ")
    }

    private static func days(_ range: DayRange, _ language: Language) -> String {
        DateNames.short(range.first, language) + "–" + DateNames.short(range.last, language)
    }

    // MARK: Themes and partners

    static func themes(_ overview: Overview, _ language: Language) -> [String] {
        let themes = overview.themes
        var lines = [language.pick("Temaer", "Themes")]
        if themes.isEmpty { lines.append(language.pick("  Ingen mål eller initiativer har et tema.", "  No goal or initiative has a theme.")) }
        let tagWidth = OccurrenceText.tagWidth(overview)
        for (theme, items) in themes {
            let libraries = Labels.count(overview.libraryCount(of: items), language.pick("bibliotek", "library"),
                                         language.pick("biblioteker", "libraries"))
            lines.append("  " + theme.word(language) + " (" + libraries + ")")
            lines += items.flatMap { itemLines($0, tagWidth: tagWidth, kind: true, language) }
        }
        return lines
    }

    static func partners(_ overview: Overview, _ language: Language) -> [String] {
        let partners = overview.partners
        var lines = [language.pick("Partnere", "Partners")]
        if partners.isEmpty { lines.append(language.pick("  Ingen initiativer har partnere.", "  No initiative has partners.")) }
        let tagWidth = OccurrenceText.tagWidth(overview)
        for partner in partners {
            lines += PlainText.wrapped(SafeText.line(partner.name) + ": " + partner.libraryIDs.joined(separator: ", "),
                                       width: width, lead: "  ", hang: "      ")
            lines += partner.initiatives.flatMap { itemLines($0, tagWidth: tagWidth, kind: false, language) }
        }
        return lines
    }

    /// `    [glostrup]  initiativ  Litteratur på bassinkanten`, the title wrapped under itself.
    private static func itemLines(_ item: StrategyItem, tagWidth: Int, kind: Bool, _ language: Language) -> [String] {
        var lead = "    " + PlainText.padded(OccurrenceText.tag(item.libraryID), to: tagWidth) + "  "
        if kind {
            let word = item.kind == .goal ? language.pick("mål", "goal") : language.pick("initiativ", "initiative")
            lead += PlainText.padded(word, to: 10) + "  "
        }
        return PlainText.wrapped(SafeText.line(item.title), width: width, lead: lead, hang: String(repeating: " ", count: lead.count))
    }
}
