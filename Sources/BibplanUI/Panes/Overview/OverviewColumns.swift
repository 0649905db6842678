import BibplanCore

/// On a large terminal the themes stand side by side: a column per library, a block
/// per theme, so who works on the same thing reads across one line.
enum OverviewColumns {
    static func render(_ overview: Overview, selected: OverviewRow?, _ state: AppState, into screen: inout Screen, area: Rect) {
        let libraries = overview.libraries.map(\.library)
        guard !libraries.isEmpty else { return }
        let columnWidth = area.width / libraries.count
        for (column, library) in libraries.enumerated() {
            screen.put(library.name.firstLine, x: area.x + column * columnWidth, y: area.y, limit: columnWidth - 2, style: .bold)
        }
        let blocks = themeBlocks(overview, state)
        let selectedBlock = blocks.firstIndex { $0.items.contains { $0.row == selected } } ?? 0
        var y = area.y + 2
        for block in blocks.dropFirst(firstBlock(blocks, showing: selectedBlock, height: area.height - 2)) {
            guard y < area.bottom else { break }
            // The heading's detail follows its text, not the far edge of a wide screen.
            let detailWidth = DisplayWidth.of(block.heading.detail)
            let used = screen.put(block.heading.text, x: area.x, y: y, limit: area.width - detailWidth - 3, style: .heading)
            screen.put(block.heading.detail, x: area.x + used + 3, y: y, limit: area.right - area.x - used - 3, style: .dim)
            for (column, library) in libraries.enumerated() {
                let cells = block.items.filter { $0.row.detail == library.id }
                for (offset, cell) in cells.enumerated() where y + 1 + offset < area.bottom {
                    let cellArea = Rect(x: area.x + column * columnWidth, y: y + 1 + offset, width: columnWidth - 2, height: 1)
                    screen.put(cell.row.text.trimmingLeadingSpaces, x: cellArea.x, y: cellArea.y, limit: cellArea.width)
                    if cell.row == selected { screen.restyle(cellArea) { $0.reverse = true } }
                }
            }
            y += 1 + block.height + 1
        }
    }

    private struct Block {
        let heading: OverviewRow
        var items: [(row: OverviewRow, library: String)]
        var height: Int {
            Dictionary(grouping: items, by: \.library).values.map(\.count).max() ?? 0
        }
    }

    private static func themeBlocks(_ overview: Overview, _ state: AppState) -> [Block] {
        var blocks: [Block] = []
        for row in state.overview.rows(overview, search: state.search?.query, state.language) {
            if row.isHeading {
                blocks.append(Block(heading: row, items: []))
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].items.append((row, row.detail))
            }
        }
        return blocks
    }

    /// The first block to draw so the selected one fits below it.
    private static func firstBlock(_ blocks: [Block], showing selected: Int, height: Int) -> Int {
        var first = selected
        var used = blocks.indices.contains(selected) ? blocks[selected].height + 2 : 0
        while first > 0, used + blocks[first - 1].height + 2 <= height {
            first -= 1
            used += blocks[first].height + 2
        }
        return first
    }
}

extension String {
    var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
