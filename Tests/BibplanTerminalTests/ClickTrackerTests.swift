import BibplanUI
import XCTest

final class ClickTrackerTests: XCTestCase {
    private let press = MouseEvent(.press(.left), column: 10, row: 3)

    func testTwoQuickPressesOnOneCellAreADoubleClick() {
        var tracker = ClickTracker()
        XCTAssertEqual(tracker.register(press, atMilliseconds: 1_000).clickCount, 1)
        let second = tracker.register(press, atMilliseconds: 1_000 + ClickTracker.doubleClickMilliseconds)
        XCTAssertEqual(second.clickCount, 2)
        XCTAssertTrue(second.isDoubleClick)
    }

    func testTooSlowIsTwoSingleClicks() {
        var tracker = ClickTracker()
        _ = tracker.register(press, atMilliseconds: 1_000)
        XCTAssertEqual(tracker.register(press, atMilliseconds: 1_001 + ClickTracker.doubleClickMilliseconds).clickCount, 1)
    }

    func testAnotherCellOrButtonIsNoDoubleClick() {
        var tracker = ClickTracker()
        _ = tracker.register(press, atMilliseconds: 0)
        XCTAssertEqual(tracker.register(MouseEvent(.press(.left), column: 11, row: 3), atMilliseconds: 50).clickCount, 1)
        XCTAssertEqual(tracker.register(MouseEvent(.press(.right), column: 11, row: 3), atMilliseconds: 100).clickCount, 1)
        XCTAssertEqual(tracker.register(MouseEvent(.press(.left), column: 11, row: 4), atMilliseconds: 150).clickCount, 1)
    }

    func testReleasesBetweenDoNotBreakADoubleClickAndWheelIsNeverOne() {
        var tracker = ClickTracker()
        _ = tracker.register(press, atMilliseconds: 0)
        let release = tracker.register(MouseEvent(.release(.left), column: 10, row: 3, clickCount: 7), atMilliseconds: 80)
        XCTAssertEqual(release.clickCount, 1)
        XCTAssertFalse(release.isDoubleClick)
        XCTAssertEqual(tracker.register(press, atMilliseconds: 160).clickCount, 2)
    }

    func testATripleClickOpensOnceAndAClockGoingBackNever() {
        var tracker = ClickTracker()
        let counts = [0, 100, 200, 300].map { tracker.register(press, atMilliseconds: $0).clickCount }
        XCTAssertEqual(counts, [1, 2, 1, 2])
        var other = ClickTracker()
        _ = other.register(press, atMilliseconds: 5_000)
        XCTAssertEqual(other.register(press, atMilliseconds: 4_900).clickCount, 1)
    }
}
