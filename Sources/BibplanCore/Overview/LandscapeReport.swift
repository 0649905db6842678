/// `report --landscape`: the material of the yearly meeting (seed 004) for one theme —
/// the plan periods with each library's priorities, the national items, each
/// library's goals and initiatives with status and progress, and the gaps — as
/// Markdown or one self-contained HTML page (the follow-up report's style sheet).
public struct LandscapeReport: Sendable {
    public let overview: Overview
    public let view: ThemeView

    public init(overview: Overview, theme: Theme) {
        self.overview = overview
        view = ThemeView(overview, theme: theme)
    }

    /// One titled table; the Markdown and the HTML are both written from these.
    struct Table {
        var level: Int
        var title: String
        var header: [String]
        var rows: [[String]]
        var note = ""
    }

    public func title(_ language: Language) -> String {
        language.pick("Strategilandskabet: ", "The strategy landscape: ") + view.theme.word(language)
    }

    func subtitle(_ language: Language) -> String {
        var parts = [language.pick("Udarbejdet ", "Made ") + FollowUpReport.dayText(overview.today, language),
                     language.pick("\(overview.libraries.count) biblioteker", "\(overview.libraries.count) libraries")]
        if !overview.landscape.source.isEmpty { parts.append(language.pick("kilde: ", "source: ") + overview.landscape.source) }
        return parts.joined(separator: " · ")
    }

    func tables(_ language: Language) -> [Table] {
        [periods(language), national(language)] + libraries(language) + [gaps(language)]
    }

    private func periods(_ language: Language) -> Table {
        let rows = overview.planPeriods.map { period -> [String] in
            let ranked = overview.libraries.first { $0.library.id == period.libraryID }?.library.priorities ?? []
            let priorities = ranked.map { "\($0.priority ?? 0). " + $0.title }.joined(separator: "; ")
            return [period.libraryName, period.title, period.periodText(language), priorities]
        }
        return Table(level: 2, title: language.pick("Planperioder og prioriteter", "Plan periods and priorities"),
                     header: [language.pick("Bibliotek", "Library"), "Plan", language.pick("Periode", "Period"),
                              language.pick("Prioriteter", "Priorities")], rows: rows)
    }

    private func national(_ language: Language) -> Table {
        let rows = view.national.map { actor, item in
            [actor.name, item.kind.word(language), item.title, Self.period(item.from, item.to), item.description]
        }
        let without = view.actorsWithout.map(\.name).joined(separator: ", ")
        return Table(level: 2, title: language.pick("Nationale punkter", "National items"),
                     header: [language.pick("Part", "Party"), language.pick("Slags", "Kind"), language.pick("Punkt", "Item"),
                              language.pick("Periode", "Period"), language.pick("Beskrivelse", "Description")],
                     rows: rows, note: without.isEmpty ? "" : language.pick("Uden punkter under temaet: ", "No items under the theme: ") + without)
    }

    private func libraries(_ language: Language) -> [Table] {
        var tables: [Table] = []
        var library = ""
        for row in view.rows {
            if row.item.libraryID != library {
                library = row.item.libraryID
                tables.append(Table(level: 3, title: row.item.libraryName, header: [
                    "", language.pick("Titel", "Title"), "Status", language.pick("Fremdrift", "Progress"), language.pick("Periode", "Period"),
                    language.pick("Ansvarlig", "Owner"), language.pick("Prioritet", "Priority"), language.pick("Tager op", "Takes up"),
                ], rows: []))
            }
            tables[tables.count - 1].rows.append([
                row.kindWord(language), row.item.title, row.statusWord(language), row.progress.map { FollowUpReport.percent($0, language) } ?? "",
                Self.period(row.from, row.to), row.owner, row.priority.map(String.init) ?? "", row.contributes.map(\.title).joined(separator: "; "),
            ])
        }
        return tables
    }

    private func gaps(_ language: Language) -> Table {
        Table(level: 2, title: language.pick("Intet under temaet", "Nothing under the theme"),
              header: [language.pick("Bibliotek", "Library")], rows: view.librariesWithout.map { [$0.name] },
              note: view.librariesWithout.isEmpty ? language.pick("Alle biblioteker har noget under temaet.", "Every library has something under the theme.") : "")
    }

    static func period(_ from: Day?, _ to: Day?) -> String {
        from == nil && to == nil ? "" : (from?.iso ?? "") + "–" + (to?.iso ?? "")
    }

    /// The heading over the libraries' tables.
    static func librariesHeading(_ language: Language) -> String {
        language.pick("Bibliotekernes mål og initiativer", "The libraries' goals and initiatives")
    }
}

extension LandscapeReport {
    public func markdown(_ language: Language) -> String {
        var lines = ["# " + FollowUpReport.md(title(language)), "", FollowUpReport.md(subtitle(language)), ""]
        for table in tables(language) {
            if table.level == 3, !lines.contains("## " + Self.librariesHeading(language)) {
                lines += ["## " + Self.librariesHeading(language), ""]
            }
            lines += [FollowUpReport.hashes(table.level) + " " + FollowUpReport.md(table.title), ""]
            if !table.rows.isEmpty {
                lines.append("| " + table.header.map(FollowUpReport.md).joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: "---|", count: table.header.count))
                lines += table.rows.map { "| " + $0.map(FollowUpReport.md).joined(separator: " | ") + " |" }
                lines.append("")
            }
            if !table.note.isEmpty { lines += [FollowUpReport.md(table.note), ""] }
        }
        return lines.joined(separator: "\n")
    }

    public func html(_ language: Language) -> String {
        var out = FollowUpReport.pageStart(title: title(language), language)
        out += ["<header>", "<h1>" + FollowUpReport.html(title(language)) + "</h1>",
                "<p class=\"subtitle\">" + FollowUpReport.html(subtitle(language)) + "</p>", "</header>"]
        var librariesOpen = false
        for table in tables(language) {
            if table.level == 3, !librariesOpen {
                out += ["<section class=\"libraries\">", FollowUpReport.heading(2, FollowUpReport.html(Self.librariesHeading(language)))]
                librariesOpen = true
            } else if table.level == 2, librariesOpen {
                out.append("</section>")
                librariesOpen = false
            }
            out += ["<section class=\"landscape\">", FollowUpReport.heading(table.level, FollowUpReport.html(table.title))]
            if !table.rows.isEmpty {
                out.append("<table>")
                out.append("<thead><tr>" + table.header.map { "<th>" + FollowUpReport.html($0) + "</th>" }.joined() + "</tr></thead>")
                out.append("<tbody>" + table.rows.map { "<tr>" + $0.map { "<td>" + FollowUpReport.html($0) + "</td>" }.joined() + "</tr>" }.joined()
                           + "</tbody>")
                out.append("</table>")
            }
            if !table.note.isEmpty { out.append("<p>" + FollowUpReport.html(table.note) + "</p>") }
            out.append("</section>")
        }
        if librariesOpen { out.append("</section>") }
        return (out + FollowUpReport.pageEnd).joined(separator: "\n")
    }
}
