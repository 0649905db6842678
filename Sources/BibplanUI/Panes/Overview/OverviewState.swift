import BibplanCore

/// The overview pane across libraries: which part it shows and what is selected.
public struct OverviewState: Equatable, Sendable {
    public enum Section: Int, CaseIterable, Sendable { case libraries, themes, theme, partners, calendar }

    public var section: Section = .libraries
    public var list = ListPosition()
    /// The theme the one-theme part shows (`←`/`→` change it).
    public var theme: Theme = .digitalisation

    public init() {}

    public func title(_ section: Section, _ language: Language) -> String {
        switch section {
        case .libraries: return language.pick("Bibliotekerne", "The libraries")
        case .themes: return language.pick("Temaer på tværs", "Themes across")
        case .theme: return language.pick("Tema: ", "Theme: ") + theme.word(language)
        case .partners: return language.pick("Partnere", "Partners")
        case .calendar: return language.pick("Kalender: de næste 7 dage", "Calendar: the next 7 days")
        }
    }
}

/// Where Enter on an overview line leads: into one library, at one thing.
public enum OverviewTarget: Equatable, Sendable {
    case library(String)
    case goal(library: String, id: String)
    case initiative(library: String, id: String)
    case day(library: String, Day)

    public var libraryID: String {
        switch self {
        case .library(let id), .goal(let id, _), .initiative(let id, _), .day(let id, _): return id
        }
    }
}

/// One line of the overview: a heading, or text that may lead somewhere.
public struct OverviewRow: Equatable, Sendable {
    public let text: String
    public let detail: String
    public let isHeading: Bool
    public let target: OverviewTarget?

    static func heading(_ text: String, _ detail: String = "") -> OverviewRow {
        OverviewRow(text: text, detail: detail, isHeading: true, target: nil)
    }

    static func line(_ text: String, _ detail: String = "", to target: OverviewTarget?) -> OverviewRow {
        OverviewRow(text: text, detail: detail, isHeading: false, target: target)
    }
}

extension OverviewState {
    /// The lines of the current section, narrowed by the search (headings stay while
    /// something under them matches).
    public func rows(_ overview: Overview, search: String?, _ language: Language) -> [OverviewRow] {
        let all: [OverviewRow]
        switch section {
        case .libraries: all = OverviewRows.libraries(overview, language) + OverviewRows.timeline(overview, language)
        case .themes: all = OverviewRows.themes(overview, language)
        case .theme: all = ThemeRows.rows(ThemeView(overview, theme: theme), language)
        case .partners: all = OverviewRows.partners(overview, language)
        case .calendar: all = OverviewRows.calendar(overview, language)
        }
        guard let search, !search.isEmpty else { return all }
        var kept: [OverviewRow] = []
        var heading: OverviewRow?
        for row in all {
            if row.isHeading { heading = row; continue }
            guard SearchText.matches(search, in: row.text) || SearchText.matches(search, in: row.detail) else { continue }
            if let pending = heading { kept.append(pending); heading = nil }
            kept.append(row)
        }
        return kept
    }
}
