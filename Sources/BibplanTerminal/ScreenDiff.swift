import BibplanUI

/// What drawing a `Screen` over the one drawn before must send to the terminal: a pure
/// function of the two screens, so tests check it without a terminal.
enum ScreenDiff {
    /// Whether the terminal is cleared and every cell sent: nothing was drawn before, or
    /// it had another size.
    static func needsFullRedraw(from previous: Screen?, to next: Screen) -> Bool {
        previous.map { $0.width != next.width || $0.height != next.height } ?? true
    }

    /// Calls `send` with the column, row and cell of each cell to draw, row by row: every
    /// cell after a full redraw, else those that changed. Never the second column of a
    /// wide character (width 0): the terminal fills it when it draws the character.
    static func forEachChange(from previous: Screen?, to next: Screen, _ send: (_ x: Int, _ y: Int, _ cell: Cell) -> Void) {
        let before = needsFullRedraw(from: previous, to: next) ? [] : previous?.cells ?? []
        next.cells.withUnsafeBufferPointer { cells in
            for index in cells.indices {
                let cell = cells[index]
                if index < before.count, before[index] == cell { continue }
                if cell.width == 0 { continue }
                send(index % next.width, index / next.width, cell)
            }
        }
    }
}
