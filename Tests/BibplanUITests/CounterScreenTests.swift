import BibplanCore
@testable import BibplanUI
import XCTest

/// The counter's day view: closing days in its header and on their occurrences,
/// opening hours, and today's ongoing and next occurrences.
final class CounterScreenTests: XCTestCase {
    private func at(_ text: String) throws -> LocalDateTime { try XCTUnwrap(LocalDateTime(iso: text)) }

    /// The sample series leave out the holidays of the plan period by hand (exdates); in 2028 they run into them.
    func testAClosedDaySaysWhyInItsHeaderAndOnItsOccurrences() throws {
        let state = try Fixtures.state(today: "2028-12-25")
        let screen = render(state)
        XCTAssertEqual(screen.line(2), "Mandag 25. december 2028 · uge 52 · Lukket: juledag  (i dag)")
        XCTAssertTrue(screen.line(3).hasPrefix("10:00–12:00  D Samtalecafé på da"), screen.text)
        XCTAssertTrue(screen.line(4).hasPrefix("             ⚠ lukket: juledag"), screen.text)
        XCTAssertTrue(screen.text.contains("Bemærk:    ⚠ lukket: juledag"), screen.text)
        assertGolden(screen, "calendar-closed-day-80x24")
    }

    func testEnglishClosedDay() throws {
        let screen = render(try Fixtures.state(today: "2028-12-26", language: .english))
        XCTAssertEqual(screen.line(2), "Tuesday 26 December 2028 · week 52 · Closed: Boxing Day  (today)")
        XCTAssertEqual(screen.lines.filter { $0.contains("⚠ closed: Boxing Day") }.count, 3, "two rows and the details: " + screen.text)
    }

    func testAnOccurrenceOutsideOpeningHoursIsFlagged() throws {
        var state = try Fixtures.state()
        guard var library = state.index?.library else { return XCTFail("no library") }
        library.events.append(Event(id: "late", title: "Natlæsning", start: try at("2026-11-28T21:00"), durationMinutes: 120, location: "Salen"))
        state.index = LibraryIndex(library)
        let screen = render(state)
        // Without a category letter its title still starts where the others' do.
        let row = try XCTUnwrap(screen.lines.firstIndex { $0.hasPrefix("21:00–23:00    Natlæsning") }, screen.text)
        XCTAssertEqual(screen.line(row + 1).trimmingCharacters(in: .whitespaces), "⚠ uden for åbningstid")
        XCTAssertFalse(screen.text.contains("lukket"), "an ordinary Saturday is not closed")
    }

    func testNowMarksTheOngoingAndTheNextOccurrence() throws {
        var state = try Fixtures.state()
        _ = update(&state, .timeChanged(try at("2026-11-28T12:40")))
        let screen = render(state)
        XCTAssertTrue(screen.line(3).hasPrefix("10:00–13:00  ▶ nu     B Krea værksted"), screen.line(3))
        XCTAssertTrue(screen.line(4).hasPrefix("13:00–14:00  → næste  B Forfattermøde"), screen.line(4))
        XCTAssertTrue(screen.line(0).hasSuffix("lørdag 28. november 2026  12:40"), screen.line(0))
        assertGolden(screen, "calendar-now-80x24")
    }

    func testMonthMarksTheLibrarysOwnClosingDays() throws {
        var state = try Fixtures.state(today: "2026-12-01")
        guard var library = state.index?.library else { return XCTFail("no library") }
        library.closingDays = [ClosingDay(from: try XCTUnwrap(Day(iso: "2026-12-28")), to: try XCTUnwrap(Day(iso: "2026-12-30")), reason: "inventering")]
        state.index = LibraryIndex(library)
        Fixtures.press([.character("v"), .character("v")], &state)
        let text = render(state).text
        for day in ["25*", "26*", "28*", "29*", "30*"] { XCTAssertTrue(text.contains(day), day + "\n" + text) }
        XCTAssertFalse(text.contains("24*"), "juleaftensdag is no public holiday")
    }
}
