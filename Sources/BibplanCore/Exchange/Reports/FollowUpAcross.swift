/// The follow-up of several libraries side by side (issue 10): first a table with
/// each library's plan, period and goals by status, then each library's own report,
/// its headings one level down. Markdown, or one self-contained HTML page in which
/// each library is an `<article>` (starting a new page in print) and the goals'
/// ids carry the library's id, so they stay unique.
public struct FollowUpAcross: Sendable {
    public let reports: [FollowUpReport]
    /// The day the report was made, when known.
    public let made: Day?

    public init(reports: [FollowUpReport], made: Day? = nil) {
        self.reports = reports
        self.made = made
    }

    public func markdown(_ language: Language) -> String {
        var lines = ["# " + FollowUpReport.md(title(language)), ""]
        if let made { lines += [madeText(made, language), ""] }
        lines += ["## " + language.pick("Sammendrag", "Summary"), "", "| " + header(language).joined(separator: " | ") + " |",
                  "|---|---|---|" + String(repeating: "---:|", count: GoalStatus.allCases.count + 1)]
        lines += reports.map { "| " + row($0, language, escape: FollowUpReport.md).joined(separator: " | ") + " |" }
        lines.append("")
        return lines.joined(separator: "\n") + "\n" + reports.map { $0.markdown(language, depth: 1) }.joined(separator: "\n")
    }

    public func html(_ language: Language) -> String {
        var out = FollowUpReport.pageStart(title: title(language), language) + ["<header>", "<h1>" + FollowUpReport.html(title(language)) + "</h1>"]
        if let made { out.append("<p class=\"subtitle\">" + FollowUpReport.html(madeText(made, language)) + "</p>") }
        out += ["</header>"] + summaryHTML(language)
        for report in reports {
            let id = FollowUpReport.html(report.library.id)
            out += ["<article class=\"library\" id=\"library-\(id)\">"] + report.content(language, depth: 1, idPrefix: id + "-") + ["</article>"]
        }
        return (out + FollowUpReport.pageEnd).joined(separator: "\n")
    }

    private func summaryHTML(_ language: Language) -> [String] {
        ["<section class=\"summary\">", "<h2>" + language.pick("Sammendrag", "Summary") + "</h2>", "<table>",
         "<thead><tr>" + cells(header(language).map(FollowUpReport.html), "th") + "</tr></thead>", "<tbody>"]
            + reports.map { "<tr>" + cells(row($0, language, escape: FollowUpReport.html), "td") + "</tr>" }
            + ["</tbody>", "</table>", "</section>"]
    }

    /// Table cells of text already escaped; the numbers (after library, plan and period) aligned right.
    private func cells(_ texts: [String], _ name: String) -> String {
        texts.enumerated().map { "<\(name)\($0.offset > 2 ? " class=\"number\"" : "")>" + $0.element + "</\(name)>" }.joined()
    }

    /// `Udarbejdet 28. november 2026`.
    private func madeText(_ made: Day, _ language: Language) -> String {
        language.pick("Udarbejdet ", "Made ") + FollowUpReport.dayText(made, language)
    }

    /// `Opfølgning på strategierne: 4 biblioteker`.
    func title(_ language: Language) -> String {
        let count = reports.count
        return language.pick("Opfølgning på strategierne: \(count) \(count == 1 ? "bibliotek" : "biblioteker")",
                             "Strategy follow-up: \(count) \(count == 1 ? "library" : "libraries")")
    }

    /// Library, plan, period, a column for each goal status, and all goals.
    func header(_ language: Language) -> [String] {
        [language.pick("Bibliotek", "Library"), "Plan", language.pick("Periode", "Period")]
            + GoalStatus.allCases.map { FollowUpReport.statusWord($0, language) } + [language.pick("Mål i alt", "All goals")]
    }

    /// A library's row; `escape` makes the text from the data (name and plan) safe for the format.
    func row(_ report: FollowUpReport, _ language: Language, escape: (String) -> String) -> [String] {
        let period = FollowUpReport.dayText(report.period.first, language) + " – " + FollowUpReport.dayText(report.period.last, language)
        return [escape(report.library.name), report.library.plan.map { escape($0.title) } ?? "–", period] + report.statusCounts.map { String($0.count) }
            + [String(report.goals.count)]
    }
}
