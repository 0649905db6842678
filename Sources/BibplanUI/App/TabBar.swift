import BibplanCore

/// The tab line: all five panes, always, the selected one reversed. When the full
/// names do not fit, the others shorten first (`2 Init`), then all, then the others
/// show their number only while the selected one keeps its name.
enum TabBar {
    /// One tab as drawn: its pane, its label (with the padding spaces) and its columns.
    struct Tab: Equatable {
        let pane: Pane
        let label: String
        let rect: Rect
    }

    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        let tabs = layout(selected: state.pane, state.language, area: area)
        for tab in tabs {
            let style: Style = tab.pane == state.pane ? Style(reverse: true, underline: false) : .dim
            screen.put(tab.label, x: tab.rect.x, y: area.y, limit: tab.rect.width, style: style)
            screen.hits.add(tab.rect, .tab(tab.pane))
            screen.put("│", x: tab.rect.right, y: area.y, limit: area.right - tab.rect.right, style: .dim)
        }
        let x = (tabs.last?.rect.right ?? area.x) + 1
        if let filter = state.search, !filter.query.isEmpty, !filter.editing {
            screen.put(" /" + filter.query, x: x + 1, y: area.y, limit: area.right - x - 1, style: .caution)
        }
    }

    /// The tabs at the first level of names that fits `area` (each tab followed by `│`).
    static func layout(selected: Pane, _ language: Language, area: Rect) -> [Tab] {
        let levels: [(Pane) -> String] = [
            { $0.title(language) },
            { $0 == selected ? $0.title(language) : $0.shortTitle(language) },
            { $0.shortTitle(language) },
            { $0 == selected ? $0.title(language) : "" },
            { $0 == selected ? $0.shortTitle(language) : "" },
            { _ in "" },
        ]
        var labels: [String] = []
        for level in levels {
            labels = Pane.allCases.map { label($0, level($0)) }
            if labels.reduce(0, { $0 + DisplayWidth.of($1) + 1 }) <= area.width { break }
        }
        var x = area.x
        return zip(Pane.allCases, labels).map { pane, label in
            let width = DisplayWidth.of(label)
            defer { x += width + 1 }
            return Tab(pane: pane, label: label, rect: Rect(x: x, y: area.y, width: width, height: 1))
        }
    }

    private static func label(_ pane: Pane, _ name: String) -> String {
        " \(pane.rawValue + 1)" + (name.isEmpty ? "" : " " + name) + " "
    }
}

extension Pane {
    /// The name on a narrow tab line: `Init`, `Kal`, `Friv`.
    public func shortTitle(_ language: Language) -> String {
        switch self {
        case .calendar: return language.pick("Kal", "Cal")
        case .goals: return language.pick("Mål", "Goals")
        case .initiatives: return language.pick("Init", "Init")
        case .volunteers: return language.pick("Friv", "Vol")
        case .overview: return language.pick("Overs", "Over")
        }
    }
}
