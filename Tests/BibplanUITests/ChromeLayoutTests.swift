import BibplanCore
@testable import BibplanUI
import XCTest

/// The title bar, the tab line, the library picker and a text field at the smallest sizes.
final class ChromeLayoutTests: XCTestCase {
    // MARK: Title bar

    func testTheNarrowTitleBarKeepsTheMarkersThenTheNameThenAShortDate() throws {
        for height in [10, 12] {
            var state = try Fixtures.state(width: 40, height: height)
            state.hasUnsavedChanges = true
            let title = render(state).line(0)
            XCTAssertEqual(title, " Glostrup  [ikke gemt]        lør 28/11", "the marker, the name without Bibliotek, the short date")
            state.saving = true
            state.language = .english
            XCTAssertEqual(render(state).line(0), " Glostrup  [not saved]  saving…", "both markers whole; the date gives way")
        }
    }

    func testTheTitleBarShortensOnlyAsMuchAsItMust() throws {
        let day = try XCTUnwrap(Day(iso: "2026-11-28"))
        func layout(_ width: Int, markers: [String] = [], clock: String? = nil) -> String {
            let (left, right) = TitleBar.layout(name: "Tårnby Kommunebiblioteker", markers: markers, today: day, clock: clock, .danish,
                                                width: width)
            return left + "|" + right
        }
        XCTAssertEqual(layout(80, clock: "11:30"), " Tårnby Kommunebiblioteker|lørdag 28. november 2026  11:30 ")
        XCTAssertEqual(layout(46, clock: "11:30"), " Tårnby Kommunebiblioteker|lør 28/11  11:30 ")
        XCTAssertEqual(layout(40, markers: ["[ikke gemt]"]), " Tårnby  [ikke gemt]|lør 28/11 ")
        XCTAssertEqual(layout(17, markers: ["[ikke gemt]"]), " Tå…  [ikke gemt]|", "the marker stays when nothing else fits")
        XCTAssertEqual(TitleBar.shortName("Ballerup Bibliotekerne"), "Ballerup")
        XCTAssertEqual(TitleBar.shortName("Hovedbiblioteket"), "Hovedbiblioteket", "a name that is only 'library' stays")
    }

    func testTheVolunteersNarrowTitleBarKeepsTheirNameAndTheDate() throws {
        var state = try Fixtures.state(width: 40, height: 12)
        Fixtures.asVolunteer("v12", &state)
        XCTAssertEqual(render(state).line(0), " Glostrup · Karen Højbjerg    lør 28/11")
    }

    // MARK: Tab line

    func testAllFiveTabsShowAtFortyColumnsWithTheSelectedOneNamedAndReversed() throws {
        for pane in Pane.allCases {
            for language in [Language.danish, .english] {
                var state = try Fixtures.state(width: 40, height: 12, language: language)
                state.pane = pane
                let screen = render(state)
                let line = screen.line(1)
                for number in 1...5 {
                    XCTAssertTrue(line.contains(" \(number) ") || line.contains(" \(number)│"), "tab \(number) in \(line)")
                }
                XCTAssertTrue(line.contains(pane.title(language)), line)
                XCTAssertFalse(line.contains("…"), line)
                let tabs = TabBar.layout(selected: pane, language, area: Rect(x: 0, y: 1, width: 40, height: 1))
                let tab = try XCTUnwrap(tabs.first { $0.pane == pane })
                for x in tab.rect.x..<tab.rect.right { XCTAssertTrue(screen[x, 1].style.reverse, "\(pane) reversed at \(x)") }
            }
        }
    }

    func testTheTabLineKeepsFullNamesWhenTheyFit() throws {
        let state = try Fixtures.state(width: 80, height: 24)
        XCTAssertEqual(render(state).line(1), " 1 Mål │ 2 Initiativer │ 3 Kalender │ 4 Frivillige │ 5 Oversigt │")
    }

    // MARK: Library picker

    private func picker(width: Int, height: Int) throws -> AppState {
        let choices = try ["albertslund", "ballerup", "glostrup", "taarnby"].map {
            AppState.LibraryChoice(id: $0, name: try Fixtures.sample($0).library.name)
        }
        return AppState(index: nil, today: try XCTUnwrap(Day(iso: "2026-11-28")), language: .danish, width: width, height: height,
                        libraryChoices: choices)
    }

    func testThePickerWithoutALibraryShowsNoTabsAndItsOwnKeys() throws {
        let screen = render(try picker(width: 80, height: 24))
        XCTAssertEqual(screen.line(1), "", "no panes to choose between yet")
        XCTAssertTrue(screen.line(23).hasPrefix("Enter åbn biblioteket"), screen.line(23))
        XCTAssertFalse(screen.text.contains("dag/uge/måned"), "not the calendar's keys")
    }

    func testThePickerCutsLongNamesWithAnEllipsisAndUsesTheRoom() throws {
        let text = render(try picker(width: 40, height: 12)).text
        XCTAssertTrue(text.contains("│ Albertslund Bibliotek    albertslund │"), text)
        XCTAssertTrue(text.contains("│ Tårnby Kommunebibliote…  taarnby     │"), text)
    }

    // MARK: Text field

    func testAFieldThatFitsShowsItsTextFromTheFirstLetter() {
        var field = TextField("Verdensmålscertificering")
        field.selectAll()
        XCTAssertEqual(field.visible(width: 24).text, "Verdensmålscertificering")
        _ = field.handle(.home)
        XCTAssertEqual(field.visible(width: 24).text, "Verdensmålscertificering")
        XCTAssertEqual(field.visible(width: 24).cursor, 0..<1)
    }

    func testALongFieldScrollsToTheCursorAndMarksWhatIsHidden() {
        var field = TextField("Verdensmålscertificering")
        XCTAssertEqual(field.visible(width: 12).text, "…tificering", "the end in view, the cursor after it")
        XCTAssertEqual(field.visible(width: 12).cursor, 11..<12)
        _ = field.handle(.home)
        XCTAssertEqual(field.visible(width: 12).text, "Verdensmåls…")
        XCTAssertEqual(field.visible(width: 12).cursor, 0..<1)
        for _ in 0..<12 { _ = field.handle(.right) }
        let middle = field.visible(width: 12)
        XCTAssertTrue(middle.text.hasPrefix("…") && middle.text.hasSuffix("…"), middle.text)
        XCTAssertEqual(DisplayWidth.of(middle.text), 12)
        let cursor = try? XCTUnwrap(middle.cursor)
        XCTAssertEqual(cursor.map { Array(middle.text)[$0.lowerBound] }, "e", "the cursor on the 13th letter")
    }

    func testTheInitiativeFormAtFortyColumnsShowsTheWholeTitle() throws {
        var state = try Fixtures.state("ballerup", width: 40, height: 12)
        Fixtures.press(Fixtures.key(for: .showPane(.initiatives), in: .global), &state)
        Fixtures.press(Fixtures.key(for: .edit, in: .pane(.initiatives)), &state)
        XCTAssertTrue(render(state).text.contains(" Verdensmålscertificering │"), render(state).text)
    }
}
