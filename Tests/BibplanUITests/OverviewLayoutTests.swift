import BibplanCore
@testable import BibplanUI
import XCTest

/// The overview's bar of parts and its columns at every size.
final class OverviewLayoutTests: XCTestCase {
    private func overview(width: Int, height: Int, language: Language = .danish) throws -> AppState {
        var state = try Fixtures.state(width: width, height: height, language: language)
        Fixtures.press([.character("5")], &state)
        _ = update(&state, .overviewLoaded(try Fixtures.overview(today: state.today)))
        return state
    }

    func testTheSelectedPartShowsWholeInTheBarAtEverySize() throws {
        for (width, height) in [(40, 12), (80, 24), (200, 50)] {
            for language in [Language.danish, .english] {
                var state = try overview(width: width, height: height, language: language)
                for section in OverviewState.Section.allCases {
                    let bar = render(state).line(2)
                    let selected = "[" + state.overview.title(section, language) + "]"
                    let short = "[" + state.overview.shortTitle(section, language) + "]"
                    XCTAssertTrue(bar.contains(selected) || bar.contains(short), "\(section) at \(width): \(bar)")
                    XCTAssertLessThanOrEqual(DisplayWidth.of(bar), width)
                    if width >= 80 { XCTAssertFalse(bar.contains("…"), "the whole bar fits at \(width): \(bar)") }
                    Fixtures.press([.character("v")], &state)
                }
            }
        }
    }

    func testDatesInTheThemeStayWholeAt80Columns() throws {
        var state = try overview(width: 80, height: 24)
        Fixtures.press([.character("v"), .character("v")], &state)
        let lines = render(state).lines
        let centrum = try XCTUnwrap(lines.first { $0.contains("Centrum for læring") })
        XCTAssertTrue(centrum.hasSuffix("på sporet · 45 % · 2003-12-09–"), centrum)
        let ballerup = lines.filter { $0.contains("◆ 2.") || $0.contains("◆ 5.") }
        XCTAssertEqual(ballerup.count, 3)
        for line in ballerup { XCTAssertTrue(line.contains("2025-01-01–2029-12-31"), line) }
    }

    func testOnAWideScreenTheDetailsStayNearTheirText() throws {
        var state = try overview(width: 200, height: 50)
        Fixtures.press([.character("v"), .character("v"), .character("v")], &state)
        let line = try XCTUnwrap(render(state).lines.first { $0.hasPrefix("AOF ") })
        let column = try XCTUnwrap(line.range(of: "glostrup")).lowerBound.utf16Offset(in: line)
        XCTAssertLessThan(column, 100, line)
    }

    func testADetailDropsWholePartsBeforeCuttingOne() {
        let facts = "ikke startet · 10 % · 2025-01-01–2029-12-31 · Team Kommunikation"
        XCTAssertEqual(OverviewLayout.fit(facts, 80), facts)
        XCTAssertEqual(OverviewLayout.fit(facts, 50), "ikke startet · 10 % · 2025-01-01–2029-12-31 …")
        XCTAssertEqual(OverviewLayout.fit(facts, 25), "ikke startet · 10 % …")
        XCTAssertEqual(OverviewLayout.fit("Det Digitale Folkebibliotek", 10), "Det Digit…")
    }
}
