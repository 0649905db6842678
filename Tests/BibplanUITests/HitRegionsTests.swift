import BibplanUI
import XCTest

final class HitRegionsTests: XCTestCase {
    func testTheTopmostRegionAnswersAndEdgesAreExact() {
        var regions = HitRegions()
        regions.add(Rect(x: 0, y: 0, width: 10, height: 1), .tab(.goals))
        regions.add(Rect(x: 10, y: 0, width: 12, height: 1), .tab(.calendar))
        XCTAssertEqual(regions.target(column: 0, row: 0), .tab(.goals))
        XCTAssertEqual(regions.target(column: 9, row: 0), .tab(.goals))
        XCTAssertEqual(regions.target(column: 10, row: 0), .tab(.calendar))
        XCTAssertEqual(regions.target(column: 21, row: 0), .tab(.calendar))
        XCTAssertNil(regions.target(column: 22, row: 0), "just right of the last tab")
        XCTAssertNil(regions.target(column: 0, row: 1), "just below")
        XCTAssertNil(regions.target(column: -1, row: 0))
    }

    func testRowsMapScreenRowsToListIndexesAfterScrolling() {
        var regions = HitRegions()
        regions.addRows(in: Rect(x: 2, y: 3, width: 30, height: 5), first: 40, count: 43)
        XCTAssertEqual(regions.target(column: 2, row: 3), .row(40))
        XCTAssertEqual(regions.target(column: 31, row: 5), .row(42))
        XCTAssertNil(regions.target(column: 5, row: 6), "below the last item")
        XCTAssertNil(regions.target(column: 1, row: 3), "left of the list")
        var empty = HitRegions()
        empty.addRows(in: Rect(x: 0, y: 0, width: 5, height: 5), first: 0, count: 0)
        XCTAssertEqual(empty.regions, [])
    }

    func testADialogCoversThePaneUnderItButNotItsButtons() {
        var regions = HitRegions()
        regions.addRows(in: Rect(x: 0, y: 2, width: 80, height: 20), first: 0, count: 100)
        regions.cover(Rect(x: 20, y: 8, width: 40, height: 6))
        regions.add(Rect(x: 25, y: 12, width: 6, height: 1), .button(.character("j")))
        regions.add(Rect(x: 40, y: 12, width: 6, height: 1), .button(.escape))
        XCTAssertEqual(regions.target(column: 10, row: 9), .row(7), "beside the dialog the list still answers")
        XCTAssertNil(regions.target(column: 30, row: 9), "the dialog's text hides the row under it")
        XCTAssertEqual(regions.target(of: MouseEvent(.press(.left), column: 27, row: 12)), .button(.character("j")))
        XCTAssertEqual(regions.target(column: 45, row: 12), .button(.escape))
    }

    func testAModalDialogCoversTheWholeScreen() {
        var regions = HitRegions()
        regions.add(Rect(x: 0, y: 0, width: 10, height: 1), .tab(.volunteers))
        regions.cover(Rect(x: 0, y: 0, width: 80, height: 24))
        regions.add(Rect(x: 30, y: 10, width: 8, height: 1), .command(.quit))
        XCTAssertNil(regions.target(column: 3, row: 0))
        XCTAssertEqual(regions.target(column: 37, row: 10), .command(.quit))
    }

    func testEmptyRectanglesAddNothing() {
        var regions = HitRegions()
        regions.add(Rect(x: 3, y: 3, width: 0, height: 4), .row(1))
        regions.cover(Rect(x: 0, y: 0, width: 5, height: 0))
        XCTAssertEqual(regions.regions.count, 0)
    }
}
