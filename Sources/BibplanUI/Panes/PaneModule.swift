import BibplanCore

/// What the root needs of a pane. The root update handles the global keys and forwards
/// the rest to the focused pane's `perform` (Bubble Tea's parent → child); the root render
/// draws the focused pane's `render` between the tab bar and the status line.
protocol PaneModule {
    /// Carries out one of the pane's own commands (from its part of the key table) or a movement.
    static func perform(_ command: KeyCommand, _ state: inout AppState) -> [Effect]
    /// The selection in the pane's list.
    static var list: WritableKeyPath<AppState, ListPosition> { get }
    /// How many rows the list has now (to keep the selection on one).
    static func rowCount(_ state: AppState, _ index: LibraryIndex) -> Int
    static func render(_ state: AppState, _ index: LibraryIndex, into screen: inout Screen, area: Rect)
}

extension Pane {
    /// The one place the panes are told apart.
    var module: any PaneModule.Type {
        switch self {
        case .calendar: return CalendarPane.self
        case .goals: return GoalsPane.self
        case .initiatives: return InitiativesPane.self
        case .volunteers: return VolunteersPane.self
        case .overview: return OverviewPane.self
        }
    }
}

extension AppState {
    /// After the list got shorter (a delete) the selection stays on a row.
    mutating func keepSelectionInRange() {
        guard let index else { return }
        let module = pane.module
        self[keyPath: module.list].move(by: 0, count: module.rowCount(self, index))
    }
}
