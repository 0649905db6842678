import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// The day and week lists share their columns: every row's place starts at the same column,
/// whatever the row has or lacks (volunteers, a category, a mark, a cancellation).
final class CalendarColumnsTests: XCTestCase {
    /// A week with a time without a category, a cancelled time with its reason, and the marks of the clock.
    func testAMixedWeekKeepsItsColumns() throws {
        var state = try Fixtures.state(width: 100, height: 30)
        guard var library = state.index?.library else { return XCTFail("no library") }
        let late = try XCTUnwrap(LocalDateTime(iso: "2026-11-27T19:00"))
        library.events.append(Event(id: "late", title: "Natlæsning", start: late, durationMinutes: 120, location: "Salen"))
        library.cancelOccurrence(event: "e23", on: state.today, reason: "Forfatteren er syg")
        state.index = LibraryIndex(library)
        _ = update(&state, .timeChanged(try XCTUnwrap(LocalDateTime(iso: "2026-11-28T09:30"))))
        Fixtures.press(Fixtures.key(for: .cycleCalendarView, in: .pane(.calendar)), &state)
        let screen = render(state)
        XCTAssertTrue(screen.text.contains("✕ aflyst: Forfatteren er syg"), screen.text)
        assertGolden(screen, "calendar-week-mixed-100x30")
    }

    func testEveryRowOfTheGoldenListsStartsItsPlaceInOneColumn() throws {
        let places = try Set(Fixtures.sample("glostrup").library.events.map(\.place).filter { !$0.isEmpty } + ["Salen"])
        let goldens = ["calendar-day-80x24", "calendar-week-80x24", "calendar-now-80x24", "calendar-day-200x50",
                       "calendar-week-mixed-100x30"]
        for name in goldens {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
            let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter(isRow)
            XCTAssertGreaterThan(rows.count, 1, name)
            let columns = rows.map { placeColumn($0, places) }
            XCTAssertFalse(columns.contains(nil), "\(name): a row without a known place: \(rows)")
            XCTAssertEqual(Set(columns.compactMap { $0 }).count, 1,
                           "\(name): the places start at \(columns)\n" + rows.joined(separator: "\n"))
        }
    }

    /// A list row begins with its time, `10:00–13:00`.
    private func isRow(_ line: String) -> Bool {
        line.range(of: #"^\d\d:\d\d–\d\d:\d\d "#, options: .regularExpression) != nil
    }

    /// The display column where the row's place begins: the first known place after a space, past the title's start.
    private func placeColumn(_ row: String, _ places: Set<String>) -> Int? {
        var best: Int?
        for place in places {
            var searchStart = row.startIndex
            while let found = row.range(of: " " + place, range: searchStart..<row.endIndex) {
                let after = found.upperBound == row.endIndex || row[found.upperBound] == " "
                let column = DisplayWidth.of(row[row.startIndex..<found.lowerBound]) + 1
                if after, column > CalendarColumns.timeWidth + 2 { best = min(best ?? column, column); break }
                searchStart = found.upperBound
            }
        }
        return best
    }
}

/// A big terminal is used: the month's cells list their events, the details their whole description.
final class CalendarLargeTests: XCTestCase {
    func testTheWideDayShowsTheNextDaysUnderItsOwnList() throws {
        let screen = render(try Fixtures.state(width: 200, height: 50))
        let heading = try XCTUnwrap(screen.lines.firstIndex { $0.hasPrefix("De næste dage") }, screen.text)
        XCTAssertTrue(screen.line(heading + 1).hasPrefix("mandag 30. november 2026"), screen.text)
        XCTAssertTrue(screen.line(heading + 2).hasPrefix("10:00–12:00  D Samtalecafé på dansk"), screen.text)
        XCTAssertFalse(render(try Fixtures.state()).text.contains("De næste dage"), "not at 80x24")
    }

    func testMonthCellsListTheirEventsAtLargeSizes() throws {
        var state = try Fixtures.state(today: "2026-12-12", width: 200, height: 50)
        Fixtures.press([.character("3")] + Fixtures.key(for: .cycleCalendarView, in: .pane(.calendar)) + [.character("v")], &state)
        XCTAssertEqual(state.calendar.mode, .month)
        let screen = render(state)
        XCTAssertTrue(screen.text.contains("10:00 Repair café"), screen.text)
        assertGolden(screen, "calendar-month-200x50")
        state.height = 34
        let lower = render(state).text
        XCTAssertTrue(lower.contains("10:30 Guidet") && lower.contains("+2 mere"), "the first and how many more:\n" + lower)
        state.width = 80
        state.height = 24
        XCTAssertFalse(render(state).text.contains("10:00 Repair café"), "at 80x24 the cells keep to their numbers")
    }
}
