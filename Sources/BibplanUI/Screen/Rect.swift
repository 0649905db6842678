/// A rectangle of cells. Panes draw relative to the rectangle they are given.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var bottom: Int { y + height }
    public var right: Int { x + width }

    /// Splits off `count` rows at the top: (top, rest).
    public func splitTop(_ count: Int) -> (Rect, Rect) {
        let top = min(max(count, 0), height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// Splits off `count` rows at the bottom: (rest, bottom).
    public func splitBottom(_ count: Int) -> (Rect, Rect) {
        let bottom = min(max(count, 0), height)
        return (Rect(x: x, y: y, width: width, height: height - bottom), Rect(x: x, y: y + height - bottom, width: width, height: bottom))
    }

    /// Splits into a left part of `count` columns and the rest, with `gap` columns between.
    public func splitLeft(_ count: Int, gap: Int = 1) -> (Rect, Rect) {
        let left = min(max(count, 0), width)
        let restX = min(x + left + gap, right)
        return (Rect(x: x, y: y, width: left, height: height), Rect(x: restX, y: y, width: right - restX, height: height))
    }

}
