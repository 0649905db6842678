import BibplanCore

/// The title bar: the library's name and whether it is saved at the left, the day (and
/// the clock while it is followed) at the right. When the line is narrow, what matters
/// least gives way first: the clock, the long date, the name's "Bibliotek", the date; the
/// `[ikke gemt]`/`gemmer…`/`[git: …]` markers always show.
enum TitleBar {
    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        screen.fill(area, style: .title)
        let language = state.language
        var markers: [String] = []
        if state.hasUnsavedChanges { markers.append(language.pick("[ikke gemt]", "[not saved]")) }
        if state.saving { markers.append(language.pick("gemmer…", "saving…")) }
        let gitClashes = GitClashUpdate.titleMark(state)
        if !gitClashes.isEmpty { markers.append(gitClashes) }
        let name = state.index.map { String($0.library.name.firstLine) } ?? "bibplan"
        let (left, right) = layout(name: name, markers: markers, today: state.today, clock: state.now?.clock, language, width: area.width)
        screen.put(left, x: area.x, y: area.y, limit: area.width, style: .title)
        if !right.isEmpty {
            let rightWidth = DisplayWidth.of(right)
            screen.put(right, x: area.right - rightWidth, y: area.y, limit: rightWidth, style: .title)
        }
    }

    /// The left and right texts for a line of `width` columns: the richest that fits.
    static func layout(name: String, markers: [String], today: Day, clock: String?, _ language: Language,
                       width: Int) -> (left: String, right: String) {
        let name = SafeText.line(name)
        let short = shortName(name)
        let long = DateNames.long(today, language), brief = DateNames.short(today, language)
        let withClock = clock.map { [(long, $0), (brief, $0)] } ?? []
        let dates: [(String, String?)] = withClock + [(long, nil), (brief, nil)]
        var candidates: [(name: String, date: String?, clock: String?)] = dates.map { (name, $0.0, $0.1) }
        if short != name { candidates.append((short, brief, nil)) }
        candidates.append((short, nil, nil))
        for candidate in candidates {
            let left = leftText(candidate.name, markers)
            let right = rightText(candidate.date, candidate.clock)
            if DisplayWidth.of(left) + (right.isEmpty ? 0 : 1 + DisplayWidth.of(right)) <= width { return (left, right) }
        }
        // Only the markers are sure to show: the name is cut (with "…") to the room left.
        let tail = markers.map { "  " + $0 }.joined()
        let room = width - 1 - DisplayWidth.of(tail)
        guard room >= 2 else { return (" " + markers.joined(separator: " "), "") }
        return (" " + TextWrap.cut(short, room) + tail, "")
    }

    /// The name without the words that only say it is a library ("Glostrup Bibliotek" →
    /// "Glostrup"), when other words remain.
    static func shortName(_ name: String) -> String {
        let words = name.split(separator: " ")
        let kept = words.filter { word in
            let lower = word.lowercased()
            return !lower.contains("bibliotek") && !lower.contains("librar")
        }
        return kept.isEmpty ? name : kept.joined(separator: " ")
    }

    private static func leftText(_ name: String, _ markers: [String]) -> String {
        " " + name + markers.map { "  " + $0 }.joined()
    }

    private static func rightText(_ date: String?, _ clock: String?) -> String {
        guard let date else { return "" }
        return date + (clock.map { "  " + $0 } ?? "") + " "
    }
}
