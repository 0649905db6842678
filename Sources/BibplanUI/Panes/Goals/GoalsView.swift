import BibplanCore

/// The strategy as a tree: status by colour and symbol and word, progress as a
/// bar (rolled up on parents), and the selected goal's details.
enum GoalsView {
    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect) {
        let rows = state.goals.rows(index, search: state.search?.query)
        let (listArea, detailArea) = split(area, wide: state.isWide, rowCount: rows.count)
        drawList(rows, state: state, into: &screen, area: listArea)
        guard rows.indices.contains(state.goals.list.selected), !detailArea.isEmpty else {
            if rows.isEmpty { screen.put(state.language.pick("Ingen mål.", "No goals."), x: area.x + 1, y: area.y, style: .dim) }
            return
        }
        drawDetails(rows[state.goals.list.selected].goal, index, state, into: &screen, area: detailArea)
    }

    /// Side by side on a wide terminal; otherwise the tree above and details below.
    static func split(_ area: Rect, wide: Bool, rowCount: Int) -> (Rect, Rect) {
        if wide {
            let (left, right) = area.splitLeft(area.width * 11 / 20, gap: 3)
            return (left, right)
        }
        let listHeight = min(max(rowCount, 3), max(area.height * 11 / 20, 3))
        let (top, bottom) = area.splitTop(listHeight)
        return (top, Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1))
    }

    private static func drawList(_ rows: [GoalRow], state: AppState, into screen: inout Screen, area: Rect) {
        let barWidth = area.width >= 70 ? 18 : 12
        let statusWidth = area.width >= 60 ? 13 : 0
        Widgets.list(rows, selected: state.goals.list.selected, in: &screen, area: area) { row, line, screen in
            let marker = row.hasChildren ? (row.isExpanded ? "▾ " : "▸ ") : "  "
            var x = line.x
            x += screen.put(String(repeating: "  ", count: row.depth) + marker, x: x, y: line.y, limit: line.width)
            x += screen.put(String(row.goal.status.symbol) + " ", x: x, y: line.y, limit: line.right - x, style: row.goal.status.style)
            let titleWidth = line.right - x - barWidth - statusWidth - 2
            screen.put(row.goal.title.firstLine, x: x, y: line.y, limit: max(titleWidth, 0), style: row.depth == 0 ? .bold : .plain)
            let barX = line.right - barWidth - statusWidth
            guard barX > x else { return }
            screen.put(Widgets.progressBar(row.progress, width: barWidth, state.language), x: barX, y: line.y, limit: barWidth)
            if statusWidth > 0 {
                screen.put(" " + row.goal.status.word(state.language), x: barX + barWidth, y: line.y, limit: statusWidth, style: row.goal.status.style)
            }
        }
    }

    private static func drawDetails(_ goal: Goal, _ index: LibraryIndex, _ state: AppState, into screen: inout Screen, area: Rect) {
        let language = state.language
        var y = area.y
        screen.put(goal.title.firstLine, x: area.x, y: y, limit: area.width, style: .heading)
        y += 1
        let own = goal.progress, rolled = index.rolledUpProgress(ofGoal: goal.id)
        let progress = rolled == own || index.children(ofGoal: goal.id).isEmpty
            ? language.percent(own)
            : language.percent(rolled) + language.pick(" samlet (egen ", " rolled up (own ") + language.percent(own) + ")"
        y += Widgets.fields([
            (language.pick("Status", "Status"), "\(goal.status.symbol) " + goal.status.word(language)),
            (language.pick("Fremdrift", "Progress"), progress),
            (language.pick("Beregnet", "Computed"), index.library.planEnded(before: state.today)
                ? language.pick("historisk (planen er udløbet)", "history (the plan has ended)")
                : computed(index.health(ofGoal: goal.id, today: state.today), language)),
            (language.pick("Ansvarlig", "Owner"), goal.owner),
            (language.pick("Frist", "Due"), goal.due.map { DateNames.long($0, language) } ?? ""),
        ] + state.lastChangeFields(kind: "goals", id: goal.id),
           in: &screen, area: Rect(x: area.x, y: y, width: area.width, height: area.bottom - y))
        let initiatives = index.initiatives(ofGoal: goal.id).map { "\($0.title) (\($0.status.word(language)))" }
        let measures = goal.measures.map { $0.text(language) }
        if !goal.description.isEmpty, y < area.bottom {
            // The whole text where there is room, leaving the sections below a line each; a cut ends in `…`.
            let sections = [goal.successCriteria, measures, initiatives].filter { !$0.isEmpty }.map { 2 + $0.count }.reduce(0, +)
            let rows = max(4, area.bottom - y - 1 - sections)
            y += 1 + Widgets.wrapped(goal.description, in: &screen, area: Rect(x: area.x, y: y + 1, width: area.width, height: min(rows, area.bottom - y - 1)))
        }
        y = section(language.pick("Succeskriterier", "Success criteria"), goal.successCriteria, into: &screen, area: area, y: y)
        y = section(language.pick("Målinger", "Measures"), measures, into: &screen, area: area, y: y)
        _ = section(language.pick("Initiativer", "Initiatives"), initiatives, into: &screen, area: area, y: y)
    }

    /// `bagud: forventet 45 %, har 30 %`.
    static func computed(_ reading: GoalHealth, _ language: Language) -> String {
        guard let expected = reading.expected else { return reading.health.word(language) + " (" + language.percent(reading.actual) + ")" }
        return reading.health.word(language) + language.pick(": forventet ", ": expected ") + language.percent(expected)
            + language.pick(", har ", ", has ") + language.percent(reading.actual)
    }

    private static func section(_ title: String, _ items: [String], into screen: inout Screen, area: Rect, y: Int) -> Int {
        guard !items.isEmpty, y + 2 < area.bottom else { return y }
        screen.put(title, x: area.x, y: y + 1, limit: area.width, style: .bold)
        let used = Widgets.bullets(items, in: &screen, area: Rect(x: area.x, y: y + 2, width: area.width, height: area.bottom - y - 2))
        return y + 2 + used
    }
}
