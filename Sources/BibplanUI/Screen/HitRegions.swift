import BibplanCore

/// What a click on a cell means, as the last frame drew it. The render fills a
/// `HitRegions` beside the `Screen` (rectangles → targets); the update looks a click up
/// in it, so hit testing is as pure as drawing and tested the same way.
public enum HitTarget: Hashable, Sendable {
    /// A pane's tab in the tab line.
    case tab(Pane)
    /// The row of this index in the list that has focus (not the screen row).
    case row(Int)
    /// A day of the calendar's month grid.
    case day(Day)
    /// A button in a dialog or form: clicking it is the same as pressing this key.
    case button(Key)
    /// Something that carries out a command of the key table.
    case command(KeyCommand)
}

public struct HitRegions: Equatable, Sendable {
    public struct Region: Equatable, Sendable {
        public let rect: Rect
        /// nil: the region only covers what lies under it (a dialog's background).
        public let target: HitTarget?
    }

    /// In drawing order: a later region lies over the earlier ones.
    public private(set) var regions: [Region] = []

    public init() {}

    /// Adds `target` over `rect` (an empty rectangle adds nothing).
    public mutating func add(_ rect: Rect, _ target: HitTarget) {
        guard !rect.isEmpty else { return }
        regions.append(Region(rect: rect, target: target))
    }

    /// Hides everything drawn so far under `rect`: a dialog drawn over a pane, or the
    /// whole screen under a modal one. Clicks there find nothing unless added later.
    public mutating func cover(_ rect: Rect) {
        guard !rect.isEmpty else { return }
        regions.append(Region(rect: rect, target: nil))
    }

    /// One `.row` per drawn row of a list: the screen row `area.y + n` is item `first + n`,
    /// for the `count` items of the list (rows below the last item stay empty).
    public mutating func addRows(in area: Rect, first: Int, count: Int) {
        guard first >= 0, count > first else { return }
        for offset in 0..<min(area.height, count - first) {
            add(Rect(x: area.x, y: area.y + offset, width: area.width, height: 1), .row(first + offset))
        }
    }

    /// The target at a cell (0-based): the topmost region there, nil for none or a cover.
    public func target(column: Int, row: Int) -> HitTarget? {
        for region in regions.reversed() where region.rect.contains(column: column, row: row) {
            return region.target
        }
        return nil
    }

    /// The target of a mouse event's cell.
    public func target(of event: MouseEvent) -> HitTarget? {
        target(column: event.column, row: event.row)
    }
}

extension Rect {
    /// Whether the cell (0-based) lies inside.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < right && row >= y && row < bottom
    }
}
