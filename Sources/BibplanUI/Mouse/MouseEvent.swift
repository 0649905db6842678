/// A mouse report from the terminal (SGR 1006), already decoded and range-checked:
/// what happened, where (0-based cells) and with which modifier keys held.
public struct MouseEvent: Hashable, Sendable {
    public enum Button: Hashable, Sendable {
        case left, middle, right
    }

    public enum Kind: Hashable, Sendable {
        case press(Button)
        case release(Button)
        /// One notch of the wheel (or a two-finger swipe) away from the person: scroll up.
        case wheelUp
        case wheelDown
    }

    public struct Modifiers: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let shift = Modifiers(rawValue: 1)
        /// Alt (Meta).
        public static let alt = Modifiers(rawValue: 2)
        public static let control = Modifiers(rawValue: 4)
    }

    public var kind: Kind
    /// 0-based, from the left edge.
    public var column: Int
    /// 0-based, from the top edge.
    public var row: Int
    public var modifiers: Modifiers
    /// 1 for a single press, 2 for the second press of a double click (`ClickTracker`);
    /// always 1 for releases and the wheel.
    public var clickCount: Int

    public init(_ kind: Kind, column: Int, row: Int, modifiers: Modifiers = [], clickCount: Int = 1) {
        self.kind = kind
        self.column = column
        self.row = row
        self.modifiers = modifiers
        self.clickCount = clickCount
    }

    /// The second press of a double click.
    public var isDoubleClick: Bool {
        if case .press = kind { return clickCount == 2 }
        return false
    }
}

/// Double clicks from the times of presses: a pure function of the presses and their
/// timestamps (milliseconds on a monotonic clock the caller reads), so tests need no clock.
public struct ClickTracker: Equatable, Sendable {
    /// The longest pause between the two presses of a double click.
    public static let doubleClickMilliseconds = 400

    private var last: (kind: MouseEvent.Kind, column: Int, row: Int, time: Int, count: Int)?

    public init() {}

    public static func == (lhs: ClickTracker, rhs: ClickTracker) -> Bool {
        switch (lhs.last, rhs.last) {
        case (nil, nil): return true
        case let (left?, right?):
            return left.kind == right.kind && left.column == right.column && left.row == right.row && left.time == right.time
                && left.count == right.count
        default: return false
        }
    }

    /// `event` with its `clickCount`: 2 when it is a press of the same button on the same
    /// cell as the press before, within `doubleClickMilliseconds` (a clock that went back
    /// never makes a double click). A third quick press starts over at 1, so a triple
    /// click opens once, not twice. Releases and the wheel keep 1 and do not disturb it.
    public mutating func register(_ event: MouseEvent, atMilliseconds time: Int) -> MouseEvent {
        var counted = event
        counted.clickCount = 1
        guard case .press = event.kind else { return counted }
        if let last, last.kind == event.kind, last.column == event.column, last.row == event.row, last.count == 1,
           time >= last.time, time - last.time <= Self.doubleClickMilliseconds {
            counted.clickCount = 2
        }
        last = (event.kind, event.column, event.row, time, counted.clickCount)
        return counted
    }
}
