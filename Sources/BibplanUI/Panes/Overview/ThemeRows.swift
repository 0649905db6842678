import BibplanCore

/// The one-theme part of the overview (issue 19): the national items of the theme,
/// each library's goals and initiatives under it (priorities first) with their
/// status, progress, period and owner, and the libraries with nothing under it.
enum ThemeRows {
    static func rows(_ view: ThemeView, _ language: Language) -> [OverviewRow] {
        national(view, language) + libraries(view, language) + gaps(view, language)
    }

    private static func national(_ view: ThemeView, _ language: Language) -> [OverviewRow] {
        var rows = [OverviewRow.heading(language.pick("Nationale punkter", "National items"), "landscape.json")]
        rows += view.national.map { actor, item in
            .line("  " + item.kind.word(language).capitalizedFirst + ": " + item.title.firstLine, actor.name, to: nil)
        }
        if !view.actorsWithout.isEmpty {
            rows.append(.line("  " + language.pick("Uden punkter under temaet: ", "No items under the theme: ")
                              + view.actorsWithout.map(\.name).joined(separator: ", "), to: nil))
        }
        return rows
    }

    private static func libraries(_ view: ThemeView, _ language: Language) -> [OverviewRow] {
        var rows: [OverviewRow] = []
        var library = ""
        for row in view.rows {
            if row.item.libraryID != library {
                library = row.item.libraryID
                rows.append(.heading(String(row.item.libraryName.firstLine), library))
            }
            let mark = row.item.kind == .goal ? "◆ " : "▸ "
            let target: OverviewTarget = row.item.kind == .goal
                ? .goal(library: library, id: row.item.id) : .initiative(library: library, id: row.item.id)
            let taken = row.contributes.map { " → " + $0.title }.joined()
            rows.append(.line("  " + mark + row.item.title.firstLine + taken, row.facts(language), to: target))
        }
        return rows
    }

    private static func gaps(_ view: ThemeView, _ language: Language) -> [OverviewRow] {
        guard !view.librariesWithout.isEmpty else { return [] }
        return [.heading(language.pick("Intet under temaet", "Nothing under the theme"))]
            + view.librariesWithout.map { .line("  " + $0.name.firstLine, $0.id, to: .library($0.id)) }
    }
}
