import BibplanCore

/// The five panes, in the order of their number keys (DESIGN.md: `1` goals, `2`
/// initiatives, `3` calendar, `4` volunteers; `5` the overview across libraries); the
/// program opens on the calendar.
public enum Pane: Int, CaseIterable, Sendable {
    case goals, initiatives, calendar, volunteers
    /// Across every library the person may see (`5`).
    case overview

    public func title(_ language: Language) -> String {
        switch self {
        case .calendar: return language.pick("Kalender", "Calendar")
        case .goals: return language.pick("Mål", "Goals")
        case .initiatives: return language.pick("Initiativer", "Initiatives")
        case .volunteers: return language.pick("Frivillige", "Volunteers")
        case .overview: return language.pick("Oversigt", "Overview")
        }
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .calendar }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .calendar }
}

/// The selection in a list: UI state kept beside the data, not in it. The visible
/// part is derived from it when drawing (`Widgets.firstVisible`).
public struct ListPosition: Equatable, Sendable {
    public var selected = 0

    public init() {}

    public mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { selected = 0; return }
        selected = min(max(selected + delta, 0), count - 1)
    }
}
