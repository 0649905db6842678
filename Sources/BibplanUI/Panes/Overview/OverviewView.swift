import BibplanCore

/// The overview pane: a part of the view across libraries (v changes part), as a list.
enum OverviewView {
    static func render(_ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        let (header, body) = area.splitTop(2)
        let bar = OverviewLayout.bar(state.overview, language, width: header.width)
        screen.put(bar, x: header.x, y: header.y, limit: header.width, style: .heading)
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
        let columns = OverviewLayout.Columns(rows, width: body.width)
        Widgets.list(rows, selected: position.selected, in: &screen, area: body) { row, line, screen in
            draw(row, columns, into: &screen, line: line)
        }
    }

    private static func draw(_ row: OverviewRow, _ columns: OverviewLayout.Columns, into screen: inout Screen, line: Rect) {
        let (textWidth, detail, detailX) = columns.place(row)
        screen.put(row.text, x: line.x, y: line.y, limit: textWidth, style: row.isHeading ? .heading : .plain)
        if !detail.isEmpty {
            screen.put(detail, x: line.x + detailX, y: line.y, limit: line.width - detailX, style: .dim)
        }
    }
}
