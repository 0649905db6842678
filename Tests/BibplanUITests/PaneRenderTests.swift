import BibplanCore
@testable import BibplanUI
import XCTest

/// Each pane rendered from the sample libraries at 80x24 and 200x50, against golden screens.
final class PaneRenderTests: XCTestCase {
    func testCalendarDayOpensOnTodaysEventsWithoutAKey() throws {
        let state = try Fixtures.state()
        let screen = render(state)
        XCTAssertTrue(screen.line(2).hasPrefix("Lørdag 28. november 2026 · uge 48"))
        XCTAssertTrue(screen.text.contains("10:00–13:00  B Krea værksted"), "the category letter before the title")
        XCTAssertTrue(screen.text.contains("13:00–14:00  B Forfattermøde"))
        XCTAssertTrue(screen.text.contains("0/1 mangler 1"))
        assertGolden(screen, "calendar-day-80x24")
    }

    func testCalendarDayWideShowsRosterBeside() throws {
        let state = try Fixtures.state(width: 200, height: 50)
        let screen = render(state)
        XCTAssertTrue(screen.text.contains("Vagtplan"))
        XCTAssertTrue(screen.text.contains("(ledig plads)"))
        assertGolden(screen, "calendar-day-200x50")
    }

    func testCalendarWeekAndMonth() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("v")], &state)
        XCTAssertEqual(state.calendar.mode, .week)
        assertGolden(render(state), "calendar-week-80x24")
        Fixtures.press([.character("v")], &state)
        let month = render(state)
        XCTAssertTrue(month.text.contains("November 2026"))
        XCTAssertTrue(month.text.contains("uge man tir ons tor fre lør søn") || month.text.contains("uge  man"))
        XCTAssertTrue(month.lines.contains { $0.hasPrefix("48 ") }, "ISO week 48 is listed")
        assertGolden(month, "calendar-month-80x24")
    }

    func testMonthMarksChristmasAsHoliday() throws {
        var state = try Fixtures.state(today: "2026-12-01")
        Fixtures.press([.character("v"), .character("v")], &state)
        let text = render(state).text
        XCTAssertTrue(text.contains("25*"), text)
        XCTAssertTrue(text.contains("26*"), text)
    }

    func testGoalsTreeAtBothSizes() throws {
        var state = try Fixtures.state("ballerup")
        Fixtures.press([.character("1"), .enter], &state)
        let small = render(state)
        XCTAssertTrue(small.text.contains("▾"), "the first goal is expanded")
        XCTAssertTrue(small.text.contains("%"))
        assertGolden(small, "goals-ballerup-80x24")
        state.width = 200
        state.height = 50
        assertGolden(render(state), "goals-ballerup-200x50")
    }

    func testInitiativesAndVolunteersAtBothSizes() throws {
        for (width, height) in [(80, 24), (200, 50)] {
            var state = try Fixtures.state(width: width, height: height)
            Fixtures.press([.character("2")], &state)
            assertGolden(render(state), "initiatives-glostrup-\(width)x\(height)")
            Fixtures.press([.character("4")], &state)
            let volunteers = render(state)
            XCTAssertTrue(volunteers.text.contains("Kulturkorpset") || volunteers.text.contains("IT-caféen"))
            assertGolden(volunteers, "volunteers-glostrup-\(width)x\(height)")
        }
    }

    func testHelpListsEveryBindingStaffMayUse() throws {
        var state = try Fixtures.state(width: 120, height: 50)
        let text = KeyTableTests.helpText(&state)
        let staffs = KeyBindings.all.filter { $0.allows(.staff) && $0.scope != .dialog(.help) }
        XCTAssertGreaterThan(staffs.count, 100, "panes and dialogs")
        for binding in staffs {
            XCTAssertTrue(text.contains(binding.help(.danish)), "help shows \(binding.help(.danish))")
        }
    }

    /// The selection is a look, not a character: the golden styles keep it, and it moves with the key.
    func testTheSelectedRowIsReversedAndFollowsTheDownKey() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        Fixtures.press(Fixtures.key(for: .showPane(.goals), in: .global), &state)
        func reversedRows() -> [Int] {
            styleLayer(render(state)).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset > 1 && $0.element.contains("R") }.map(\.offset)
        }
        let before = reversedRows()
        XCTAssertEqual(before.count, 1, "one selected row")
        Fixtures.press(Fixtures.key(for: .down, in: .global), &state)
        XCTAssertEqual(reversedRows().count, 1)
        XCTAssertNotEqual(reversedRows(), before, "the highlight moved")
    }

    func testTooSmallSaysSoAndNeverCrashes() throws {
        var state = try Fixtures.state(width: 39, height: 10)
        XCTAssertEqual(render(state).line(0), "For lille: mindst 40×10")
        for (width, height) in [(0, 0), (1, 1), (40, 10), (300, 100), (41, 200), (2, 50)] {
            _ = update(&state, .resize(width: width, height: height))
            for pane in ["1", "2", "3", "4"] {
                Fixtures.press([.character(Character(pane))], &state)
                let screen = render(state)
                XCTAssertEqual(screen.width, width)
                XCTAssertEqual(screen.height, height)
            }
        }
    }

    func testEnglishDatesAndLabels() throws {
        let state = try Fixtures.state(language: .english)
        let screen = render(state)
        XCTAssertTrue(screen.line(2).hasPrefix("Saturday 28 November 2026 · week 48"))
        XCTAssertTrue(screen.text.contains("1 missing"))
    }
}
