import BibplanCore

/// The overview pane: a part of the view across libraries (v changes part), as a list.
enum OverviewView {
    static func render(_ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        let (header, body) = area.splitTop(2)
        let sections = OverviewState.Section.allCases.map { section -> String in
            let title = state.overview.title(section, language)
            return section == state.overview.section ? "[" + title + "]" : title
        }
        screen.put(sections.joined(separator: "  "), x: header.x, y: header.y, limit: header.width, style: .heading)
        guard let overview = state.overviewData else {
            screen.put(language.pick("Indlæser bibliotekerne …", "Loading the libraries …"), x: body.x + 1, y: body.y, style: .dim)
            return
        }
        let rows = state.overview.rows(overview, search: state.search?.query, language)
        var position = state.overview.list
        OverviewUpdate.skipHeadings(rows, forward: true, &position)
        guard !rows.isEmpty else {
            screen.put(language.pick("Intet at vise.", "Nothing to show."), x: body.x + 1, y: body.y, style: .dim)
            return
        }
        if state.isWide, state.overview.section == .themes {
            let selected = rows.indices.contains(position.selected) ? rows[position.selected] : nil
            OverviewColumns.render(overview, selected: selected, state, into: &screen, area: body)
            return
        }
        // On a wide screen the details (tags, libraries) stand in a column beside the texts, at most
        // halfway across; a longer text has its detail right after it. Never at the far edge.
        let textColumn = min((rows.map { DisplayWidth.of($0.text) }.max() ?? 0) + 2, body.width / 2)
        Widgets.list(rows, selected: position.selected, in: &screen, area: body) { row, line, screen in
            draw(row, into: &screen, line: line, textColumn: textColumn)
        }
    }

    private static func draw(_ row: OverviewRow, into screen: inout Screen, line: Rect, textColumn: Int) {
        let detailWidth = row.detail.isEmpty ? 0 : min(DisplayWidth.of(row.detail), max(line.width / 3, 1))
        let detailX = min(line.x + max(textColumn, DisplayWidth.of(row.text) + 2), line.right - detailWidth)
        let textWidth = detailWidth > 0 ? detailX - line.x - 1 : line.width
        screen.put(row.text, x: line.x, y: line.y, limit: max(textWidth, 1), style: row.isHeading ? .heading : .plain)
        if detailWidth > 0 {
            screen.put(row.detail, x: detailX, y: line.y, limit: detailWidth, style: .dim)
        }
    }
}
