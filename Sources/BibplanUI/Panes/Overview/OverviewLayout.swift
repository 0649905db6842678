import BibplanCore

/// How the overview's lines fit their width: the bar of parts (v) and the columns of
/// text and detail (a library, a date, a status).
enum OverviewLayout {
    // MARK: The bar of parts

    /// The bar of parts at the first level of names that fits `width`: all full, the
    /// others short, all short; else a window of it that keeps the selected part in view,
    /// with `…` where parts are hidden.
    static func bar(_ overview: OverviewState, _ language: Language, width: Int) -> String {
        let sections = OverviewState.Section.allCases
        let selected = overview.section
        let levels: [(OverviewState.Section) -> String] = [
            { overview.title($0, language) },
            { $0 == selected ? overview.title($0, language) : overview.shortTitle($0, language) },
            { $0 == selected && $0 == .theme ? overview.title($0, language) : overview.shortTitle($0, language) },
        ]
        var names: [String] = []
        for level in levels {
            names = sections.map { $0 == selected ? "[" + level($0) + "]" : level($0) }
            if DisplayWidth.of(names.joined(separator: "  ")) <= width { return names.joined(separator: "  ") }
        }
        // The first part shown: the leftmost from which the selected one fits whole
        // (a `…` stands for the ones before it, and the last column for those after it).
        let position = selected.rawValue
        var first = 0
        while first < position {
            let shown = (first > 0 ? "… " : "") + names[first...position].joined(separator: "  ")
            if DisplayWidth.of(shown) < width { break }
            first += 1
        }
        return (first > 0 ? "… " : "") + names[first...].joined(separator: "  ")
    }

    // MARK: Text and detail

    /// The columns of a list's lines: the text from the left, the detail after the
    /// widest text (so it stays near its text on a wide screen), or at the right edge
    /// when there is no room for that.
    struct Columns: Equatable {
        let width: Int
        /// Where the details start when they fit after the widest text.
        let detailColumn: Int

        init(_ rows: [OverviewRow], width: Int) {
            self.width = width
            let widestText = rows.filter { !$0.detail.isEmpty }.map { DisplayWidth.of($0.text) }.max() ?? 0
            detailColumn = min(widestText, width) + 2
        }

        /// The text's room and the detail (shortened to fit) with its column, for one row.
        func place(_ row: OverviewRow) -> (textWidth: Int, detail: String, detailX: Int) {
            guard !row.detail.isEmpty else { return (width, "", width) }
            // A name (a library, a partner) takes at most a third of the line, cut like text;
            // facts (`på sporet · 30 % · 2025-01-01–2029-12-31`) narrow the text first.
            let keepText = min(DisplayWidth.of(row.text), max(width * 2 / 5, 12))
            let room = row.detail.contains(" · ") ? width - keepText - 2 : max(width / 3, 1)
            let detail = OverviewLayout.fit(row.detail, max(room, 1))
            let detailX = min(detailColumn, width - DisplayWidth.of(detail))
            return (max(detailX - 1, 1), detail, detailX)
        }
    }

    /// A detail in at most `width` columns: whole when it fits; else its leading parts
    /// (`på sporet · 30 % · 2025-01-01–2029-12-31`) and `…`, so a date or a number is
    /// never cut in half; else cut.
    static func fit(_ detail: String, _ width: Int) -> String {
        let visible = String(detail.map(SafeText.visible))
        guard DisplayWidth.of(visible) > width else { return visible }
        let parts = visible.components(separatedBy: " · ")
        for count in stride(from: parts.count - 1, through: 1, by: -1) {
            let kept = parts.prefix(count).joined(separator: " · ") + " …"
            if DisplayWidth.of(kept) <= width { return kept }
        }
        return TextWrap.cut(visible, width)
    }
}

extension OverviewState {
    /// A part's name on a narrow bar: `Temaer`, `Kalender`.
    public func shortTitle(_ section: Section, _ language: Language) -> String {
        switch section {
        case .libraries: return language.pick("Biblioteker", "Libraries")
        case .themes: return language.pick("Temaer", "Themes")
        case .theme: return language.pick("Tema", "Theme")
        case .partners: return language.pick("Partnere", "Partners")
        case .calendar: return language.pick("Kalender", "Calendar")
        }
    }
}
