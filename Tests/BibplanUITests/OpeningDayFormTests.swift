import BibplanCore
@testable import BibplanUI
import XCTest

/// The event form reads `første åbningsdag i måneden`: its preview moves the times off
/// the library's closed days (Glostrup is closed on nytårsdag), and saving keeps the move.
final class OpeningDayFormTests: XCTestCase {
    func testTheFirstOpeningDayIsPreviewedAndSavedWithItsMove() throws {
        var state = try Fixtures.state()
        let keys: [Key] = [.character("n")] + Fixtures.typing("Nyt fra biblioteket") + [.tab] + Fixtures.typing("1/12") + [.tab]
            + Fixtures.typing("10") + [.tab] + Fixtures.typing("60") + [.tab] + Fixtures.typing("første åbningsdag i måneden")
        Fixtures.press(keys, &state)
        let preview = render(state).text
        XCTAssertTrue(preview.contains("Forstået som: første åbningsdag i hver måned"), preview)
        XCTAssertTrue(preview.contains("Næste: tir 1/12, lør 2/1, man 1/2"), preview)
        Fixtures.press([.enter], &state)
        let event = try XCTUnwrap(state.index?.library.events.last)
        XCTAssertEqual(event.rrule, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1")
        XCTAssertEqual(event.onClosingDay, .later)
        XCTAssertEqual(RecurrenceWords.describe(event, .danish), "første åbningsdag i hver måned")
        // Opened again, the form says it in the same words.
        let form = EventFields.form(event, isNew: false, library: try XCTUnwrap(state.index?.library), .danish)
        XCTAssertEqual(form["repeat"], "første åbningsdag i hver måned")
    }
}
