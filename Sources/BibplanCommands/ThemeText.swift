import BibplanCore

/// `overview --theme TEXT` as plain text in 80 columns: the national items of the
/// theme, then each library's goals and initiatives under it (priorities first)
/// with status, progress, period and owner, then the libraries with nothing under it.
enum ThemeText {
    static let width = OverviewText.width

    static func text(_ view: ThemeView, _ overview: Overview, _ language: Language) -> String {
        var lines = [language.pick("Tema: ", "Theme: ") + view.theme.word(language) + " · " + DateNames.long(overview.today, language), ""]
        lines += national(view, language) + [""]
        lines += libraries(view, overview, language) + [""]
        lines.append(language.pick("Intet under temaet", "Nothing under the theme"))
        if view.librariesWithout.isEmpty { lines.append(language.pick("  Alle biblioteker har noget.", "  Every library has something.")) }
        let tagWidth = OccurrenceText.tagWidth(overview)
        for library in view.librariesWithout {
            lines.append("  " + PlainText.padded(OccurrenceText.tag(library.id), to: tagWidth) + "  " + SafeText.line(library.name))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func national(_ view: ThemeView, _ language: Language) -> [String] {
        var lines = [language.pick("Nationale punkter", "National items")]
        if view.national.isEmpty && view.actorsWithout.isEmpty {
            lines.append(language.pick("  Ingen (ingen landscape.json).", "  None (no landscape.json)."))
        }
        var actor = ""
        for (owner, item) in view.national {
            if owner.id != actor { lines.append("  " + SafeText.line(owner.name)); actor = owner.id }
            let lead = "    " + PlainText.padded(item.kind.word(language), to: 14) + "  "
            lines += PlainText.wrapped(SafeText.line(item.title), width: width, lead: lead, hang: String(repeating: " ", count: lead.count))
        }
        if !view.actorsWithout.isEmpty {
            lines += PlainText.wrapped(language.pick("Uden punkter under temaet: ", "No items under the theme: ")
                                       + view.actorsWithout.map { SafeText.line($0.name) }.joined(separator: ", "),
                                       width: width, lead: "  ", hang: "    ")
        }
        return lines
    }

    static func libraries(_ view: ThemeView, _ overview: Overview, _ language: Language) -> [String] {
        var lines = [language.pick("Bibliotekernes mål og initiativer", "The libraries' goals and initiatives")]
        if view.rows.isEmpty { lines.append(language.pick("  Ingen.", "  None.")) }
        let tagWidth = OccurrenceText.tagWidth(overview)
        for row in view.rows {
            let lead = "  " + PlainText.padded(OccurrenceText.tag(row.item.libraryID), to: tagWidth) + "  "
                + PlainText.padded(row.kindWord(language), to: 10) + "  "
            let hang = String(repeating: " ", count: lead.count)
            lines += PlainText.wrapped(SafeText.line(row.item.title), width: width, lead: lead, hang: hang)
            lines += PlainText.wrapped(SafeText.line(row.facts(language)), width: width, lead: hang, hang: hang)
            for item in row.contributes {
                lines += PlainText.wrapped(language.pick("tager op: ", "takes up: ") + SafeText.line(item.title),
                                           width: width, lead: hang, hang: hang + "  ")
            }
        }
        return lines
    }
}
