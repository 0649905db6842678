import BibplanCore
@testable import BibplanUI
import XCTest

/// The forms of every kind: what they save, what they refuse, and what a delete takes along.
final class FormTests: XCTestCase {
    private func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    private func type(_ text: String) -> [Key] { Fixtures.typing(text) }

    private func openForm(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) throws -> EditForm {
        guard case .form(let form) = state.overlay else {
            XCTFail("no form open: \(String(describing: state.overlay))", file: file, line: line)
            throw FormMissing()
        }
        return form
    }

    private struct FormMissing: Error {}

    func testNewRecurringEventTypedInWordsIsSavedWithItsRule() throws {
        var state = try Fixtures.state()
        let keys: [Key] = [.character("n")] + type("Strikkecafé på Østervang") + [.tab] + type("2/12") + [.tab] + type("19.30")
            + [.tab] + type("1:30") + [.tab] + type("hver anden uge onsdag, 6 gange") + [.tab, .tab] + type("Øvre sal")
        _ = press(keys, &state)
        let preview = render(state).text
        XCTAssertTrue(preview.contains("Næste: ons 2/12, ons 16/12, ons 30/12"), preview)
        let effects = press([.enter], &state)
        let event = try XCTUnwrap(state.index?.library.events.last)
        XCTAssertEqual(event.title, "Strikkecafé på Østervang")
        XCTAssertEqual(event.start.iso, "2026-12-02T19:30")
        XCTAssertEqual(event.durationMinutes, 90)
        XCTAssertEqual(event.rrule, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=6")
        XCTAssertEqual(event.location, "Øvre sal")
        XCTAssertEqual(effects, [.save(try XCTUnwrap(state.index?.library))])
        let index = try XCTUnwrap(state.index)
        let days = index.occurrences(in: DayRange(Day(year: 2026, month: 12, day: 1)!, Day(year: 2027, month: 12, day: 31)!))
            .filter { index.event(of: $0).id == event.id }.map(\.day.iso)
        XCTAssertEqual(days, ["2026-12-02", "2026-12-16", "2026-12-30", "2027-01-13", "2027-01-27", "2027-02-10"])
    }

    func testEventFormNamesEachBadFieldAndSavesNothing() throws {
        var state = try Fixtures.state()
        let before = try XCTUnwrap(state.index?.library)
        _ = press([.character("n")] + type("Quiz") + [.tab] + type("31/2") + [.tab] + type("25.00") + [.tab] + type("lang")
                  + [.tab] + type("hver uge om tirsdax") + [.enter], &state)
        let form = try openForm(state)
        XCTAssertEqual(form.errors[.date], "ikke en dato (fx 27/11 eller 2026-11-27)")
        XCTAssertEqual(form.errors[.time], "ikke et klokkeslæt (fx 19, 19.30 eller 19:30)")
        XCTAssertEqual(form.errors[.duration], "minutter (90) eller timer:minutter (1:30)")
        XCTAssertEqual(form.errors[.repeats], "forstår ikke «tirsdax»; prøv «hver uge om tirsdag», «hver uge om torsdag» eller «hver anden uge om onsdag»")
        XCTAssertEqual(form.focusedKey, .date)
        XCTAssertEqual(state.index?.library, before)
        XCTAssertTrue(render(state).text.contains("! Dato"))
    }

    func testTimesAndDurationsAsTyped() {
        XCTAssertEqual(TimeInput.minutes("19"), 19 * 60)
        XCTAssertEqual(TimeInput.minutes("19.30"), 19 * 60 + 30)
        XCTAssertEqual(TimeInput.minutes("19:30"), 19 * 60 + 30)
        XCTAssertEqual(TimeInput.minutes("0930"), 9 * 60 + 30)
        XCTAssertNil(TimeInput.minutes("24"))
        XCTAssertNil(TimeInput.minutes("19:3"))
        XCTAssertEqual(TimeInput.duration("90"), 90)
        XCTAssertEqual(TimeInput.duration("2t"), 120)
        XCTAssertEqual(TimeInput.duration("1.45"), 105)
        XCTAssertNil(TimeInput.duration("0"))
        for huge in ["153722867280912931:00", "9223372036854775807", "153722867280912931t", "25:00", "1441", "-1:00", "1:-5"] {
            XCTAssertNil(TimeInput.duration(huge), huge)
        }
        XCTAssertEqual(TimeInput.duration("24:00"), 24 * 60)
    }

    /// Issue 15: a length that overflows when made minutes was a trap that lost the typed edit.
    func testAnOverflowingLengthIsAnErrorOnItsFieldAndTheEditStays() throws {
        var state = try Fixtures.state()
        let before = try XCTUnwrap(state.index?.library)
        _ = press([.character("n")] + type("Quiz") + [.tab] + type("2/12") + [.tab] + type("19.00") + [.tab]
                  + type("153722867280912931:00") + [.enter], &state)
        let form = try openForm(state)
        XCTAssertEqual(form.errors[.duration], "højst 24 timer (24:00 eller 1440 minutter)")
        XCTAssertEqual(form[.duration], "153722867280912931:00")
        XCTAssertEqual(form[.title], "Quiz")
        XCTAssertEqual(state.index?.library, before)
    }

    func testTabbingIntoAFieldSelectsItSoTypingReplaces() throws {
        var state = try Fixtures.state("ballerup")
        _ = press([.character("1"), .character("e"), .tab, .tab, .tab, .tab] + type("55") + [.enter], &state)
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.index?.library.goals.first?.progress, 55)
    }

    func testEscAsksOnlyWhenSomethingChanged() throws {
        var state = try Fixtures.state("ballerup")
        _ = press([.character("1"), .character("e"), .escape], &state)
        XCTAssertNil(state.overlay, "nothing changed: Esc closes at once")
        _ = press([.character("e"), .character("!"), .escape], &state)
        XCTAssertNotNil(state.overlay, "a change: the first Esc asks")
        XCTAssertEqual(state.message, "Esc igen kasserer ændringerne; Enter gemmer")
        _ = press([.escape], &state)
        XCTAssertNil(state.overlay)
        XCTAssertFalse(state.index?.library.goals.first?.title.hasSuffix("!") ?? true)
    }

    func testInitiativeFormRefusesAnEndBeforeTheStart() throws {
        var state = try Fixtures.state()
        _ = press([.character("2"), .character("n")] + type("Læseklub for mænd") + [.tab, .tab, .tab, .tab] + type("1/3 2027")
                  + [.tab] + type("1/2 2027") + [.enter], &state)
        XCTAssertEqual(try openForm(state).errors[.to], "før startdatoen")
        _ = press([.backspace] + type("30/6 2027") + [.enter], &state)
        let initiative = try XCTUnwrap(state.index?.library.initiatives.last)
        XCTAssertEqual(initiative.title, "Læseklub for mænd")
        XCTAssertEqual(initiative.to?.iso, "2027-06-30")
    }

    func testVolunteerFormChecksTheEmailAndSavesDanishNames() throws {
        var state = try Fixtures.state()
        _ = press([.character("4"), .character("n"), .control("u")] + type("Åse Grønbæk") + [.tab, .control("u")] + type("Strikkecafé")
                  + [.tab, .tab] + type("aase.groenbaek") + [.enter], &state)
        XCTAssertEqual(try openForm(state).errors[.email], "ikke en e-mailadresse")
        _ = press([.end] + type("@example.dk") + [.enter], &state)
        let volunteer = try XCTUnwrap(state.index?.library.volunteers.last)
        XCTAssertEqual(volunteer.name, "Åse Grønbæk")
        XCTAssertEqual(volunteer.groups, ["Strikkecafé"])
        XCTAssertEqual(volunteer.email, "aase.groenbaek@example.dk")
    }

    func testDeletingAnEventNamesItsShiftsAndTakesThemAlong() throws {
        var state = try Fixtures.state()
        _ = press([.down, .character("D")], &state)
        guard case .confirmDelete(.event("e23"), let summary) = state.overlay else { return XCTFail("asks first") }
        XCTAssertEqual(summary, ["• Forfattermøde: tegneforedrag med Jan Kjær", "2 vagter slettes med"])
        _ = press([.character("j")], &state)
        let library = try XCTUnwrap(state.index?.library)
        XCTAssertFalse(library.events.contains { $0.id == "e23" })
        XCTAssertFalse(library.shifts.contains { $0.event == "e23" })
    }

    func testDeletingAVolunteerOrAnInitiativeKeepsReferencesValid() throws {
        var library = try Fixtures.sample("glostrup").library
        let shifts = library.shifts.filter { $0.volunteer == "v31" }.count
        XCTAssertGreaterThan(shifts, 0)
        library.deleteVolunteer("v31")
        XCTAssertFalse(library.shifts.contains { $0.volunteer == "v31" })
        library.deleteInitiative("i25")
        XCTAssertFalse(library.events.contains { $0.initiative == "i25" })
        XCTAssertEqual(library.events.count, 28, "events stay")
        XCTAssertTrue(LibraryValidator.problems(in: library, file: "glostrup.json").isEmpty)
    }

    func testChangingARuleReleasesShiftsThatNoLongerFallOnADate() throws {
        var state = try Fixtures.state()
        let before = try XCTUnwrap(state.index?.library.shifts.filter { $0.event == "e9" }.count)
        XCTAssertGreaterThan(before, 0)
        _ = press([.character("e"), .tab, .tab, .tab, .tab] + type("hver uge om mandag") + [.enter], &state)
        XCTAssertEqual(state.index?.library.events.first { $0.id == "e9" }?.rrule, "FREQ=WEEKLY;BYDAY=MO")
        XCTAssertEqual(state.index?.library.shifts.filter { $0.event == "e9" }.count, 0)
        XCTAssertEqual(state.message, "Gemt; \(before) vagter lå ikke længere på en dato og er frigivet (u fortryder)")
        _ = press([.character("u")], &state)
        XCTAssertEqual(state.index?.library.shifts.filter { $0.event == "e9" }.count, before)
    }

    func testMovingOneTimeOfASeriesKeepsItInTheSeriesWithItsShifts() throws {
        var state = try Fixtures.state()
        let shifts = try XCTUnwrap(state.index?.library.shifts.filter { $0.event == "e9" && $0.date.iso == "2026-11-28" })
        let events = try XCTUnwrap(state.index?.library.events.count)
        _ = press([.character("m"), .control("u")] + type("29/11") + [.tab] + type("11") + [.enter], &state)
        let library = try XCTUnwrap(state.index?.library)
        let series = try XCTUnwrap(library.events.first { $0.id == "e9" })
        XCTAssertEqual(library.events.count, events, "no separate event")
        XCTAssertFalse(series.exdates.contains(Day(year: 2026, month: 11, day: 28)!))
        XCTAssertEqual(series.overrides.map { "\($0.date.iso) → \($0.start?.iso ?? "")" }, ["2026-11-28 → 2026-11-29T11:00"])
        XCTAssertEqual(library.shifts.filter { $0.event == "e9" && $0.date.iso == "2026-11-29" }.map(\.id), shifts.map(\.id))
        XCTAssertTrue(LibraryValidator.problems(in: library, file: "glostrup.json").isEmpty)

        let screen = render(state)
        let row = try XCTUnwrap(screen.lines.firstIndex { $0.hasPrefix("11:00–") && $0.contains(series.title) }, screen.text)
        XCTAssertEqual(screen.line(row + 1).trimmingCharacters(in: .whitespaces), "↷ flyttet fra lør 28/11 10:00", screen.text)
        XCTAssertTrue(screen.text.contains("Bemærk:    flyttet fra lør 28/11 10:00"), screen.text)
    }

    func testEditingAMovedTimeEditsTheSeriesNotItsOverride() throws {
        var state = try Fixtures.state()
        guard var library = state.index?.library, let position = library.events.firstIndex(where: { $0.id == "e9" }) else {
            return XCTFail("no e9")
        }
        let title = library.events[position].title
        library.events[position].overrides = [OccurrenceOverride(date: Day(year: 2026, month: 11, day: 28)!, title: "Krea: juleklip")]
        state.index = LibraryIndex(library)
        XCTAssertTrue(render(state).text.contains("Krea: juleklip"))
        _ = press([.character("e")], &state)
        XCTAssertEqual(try openForm(state)[.title], title)
    }

    func testCopyingAnEventOrAnInitiativeStartsANewOneWithItsSettings() throws {
        var state = try Fixtures.state()
        _ = press([.character("c")], &state)
        XCTAssertEqual(try openForm(state)[.title], "Krea værksted (kopi)")
        _ = press([.enter], &state)
        let library = try XCTUnwrap(state.index?.library)
        let original = try XCTUnwrap(library.events.first { $0.id == "e9" })
        let copy = try XCTUnwrap(library.events.last)
        XCTAssertEqual(copy.id, "e29")
        XCTAssertEqual(copy.title, "Krea værksted (kopi)")
        XCTAssertEqual(copy.rrule, original.rrule)
        XCTAssertEqual(copy.groups, original.groups)
        XCTAssertEqual(copy.start.iso, "2026-11-28T10:00")
        XCTAssertTrue(copy.exdates.isEmpty)
        _ = press([.character("2"), .character("c"), .enter], &state)
        let initiative = try XCTUnwrap(state.index?.library.initiatives.last)
        XCTAssertEqual(initiative.id, "i39")
        XCTAssertEqual(initiative.title, "Litteratur på bassinkanten (kopi)")
        XCTAssertEqual(initiative.partners, ["Glostrup Fritidscenter", "Glostrup Svømmehal"])
    }

    func testUndoAndRedoAcrossKindsOfChange() throws {
        var state = try Fixtures.state()
        let original = try XCTUnwrap(state.index?.library)
        _ = press([.character("x"), .enter], &state)                                   // cancel an occurrence
        _ = press([.character("1"), .character("s"), .character("+")], &state)       // goal status and progress
        _ = press([.character("4"), .character("D"), .character("j")], &state)       // delete a volunteer
        let changed = try XCTUnwrap(state.index?.library)
        _ = press(Array(repeating: .character("u"), count: 4), &state)
        XCTAssertEqual(state.index?.library, original)
        _ = press([.character("u")], &state)
        XCTAssertEqual(state.message, "Intet at fortryde")
        _ = press(Array(repeating: .control("r"), count: 4), &state)
        XCTAssertEqual(state.index?.library, changed)
    }
}

/// Checks that come at once, and the goals pane's report key.
final class FormFeedbackTests: XCTestCase {
    func testLeavingADateFieldThatIsNoDateSaysSoAtOnce() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("n"), .tab] + Fixtures.typing("31/2") + [.tab], &state)
        guard case .form(let form) = state.overlay else { return XCTFail("form open") }
        XCTAssertEqual(form.errors[.date], "ikke en dato (fx 27/11 eller 2026-11-27)")
        XCTAssertNil(form.errors[.title], "an empty title is only a problem at Enter")
        XCTAssertTrue(render(state).text.contains("! Dato: ikke en dato"), render(state).text)
    }

    func testReportKeyWritesTheFollowUpReportOfThePlanPeriod() throws {
        var state = try Fixtures.state()
        let effects = Fixtures.pressReturningEffects([.character("1"), .character("r")], &state)
        guard case .writeFile(let name, let contents)? = effects.last else { return XCTFail("a file to write: \(effects)") }
        XCTAssertEqual(name, "glostrup-opfoelgning-2026-01-01-2027-12-31.md")
        for goal in try XCTUnwrap(state.index?.library.goals) {
            XCTAssertTrue(contents.contains(goal.title), goal.title)
        }
    }
}

/// The library's settings form.
final class LibrarySettingsFormTests: XCTestCase {
    func testOpeningHoursClosingDaysAndRoomsFromTheForm() throws {
        var state = try Fixtures.state()
        Fixtures.press([.character("B")], &state)
        guard case .form(var form) = state.overlay else { return XCTFail("the settings form") }
        XCTAssertEqual(form[.selfService], "7-22")
        XCTAssertTrue(form[.categories].hasPrefix("litteratur: Litteratur, viden & fællesskaber (blå); boern: Børn & læseglæde (gul)"), form[.categories])
        XCTAssertEqual(form[.rooms], "Biblioteksrummet; Salen; Caféen; Børnebiblioteket; Studiezonen; Studierummet")
        form.set(.rooms, to: "Biblioteksrummet; Caféen (40)")
        form.set(.staffed, to: "man-fre 10-19; lør 10-14")
        form.set(.closing, to: "24/12-26/12 jul")
        state.overlay = .form(form)
        Fixtures.press([.enter], &state)
        guard case .form(let refused) = state.overlay else { return XCTFail("a room events use cannot go") }
        XCTAssertEqual(refused.errors[.rooms], "«Børnebiblioteket» bruges af arrangementer")
        var noCategories = refused
        noCategories.set(.categories, to: "andet: Andet (rød)")
        state.overlay = .form(noCategories)
        Fixtures.press([.enter], &state)
        guard case .form(let refusedAgain) = state.overlay else { return XCTFail("a category in use cannot go") }
        XCTAssertEqual(refusedAgain.errors[.categories], "«baeredygtighed» bruges af arrangementer eller initiativer")
        var fixed = refused
        fixed.set(.rooms, to: "Biblioteksrummet; Salen (80); Caféen (40); Børnebiblioteket; Studiezonen; Studierummet")
        state.overlay = .form(fixed)
        Fixtures.press([.enter], &state)
        XCTAssertNil(state.overlay)
        let library = try XCTUnwrap(state.index?.library)
        XCTAssertEqual(library.rooms.first { $0.name == "Salen" }?.capacity, 80)
        XCTAssertEqual(library.openingHours?.staffed[.saturday], [ClockSpan(from: 600, to: 840)])
        XCTAssertEqual(library.closingDays.map(\.reason), ["jul"])
        XCTAssertTrue(LibraryValidator.problems(in: library, file: "glostrup.json").isEmpty)
        Fixtures.press([.character("u")], &state)
        XCTAssertEqual(state.index?.library, try Fixtures.sample("glostrup").library)
    }
}

/// A new closing day takes away the days of events that skip them, and their shifts go with them.
final class ClosingDayReleaseTests: XCTestCase {
    func testANewClosingDayReleasesTheShiftsOfASkippingEventAndTheFileStaysValid() throws {
        var library = try Fixtures.sample("glostrup").library
        let itCafe = try XCTUnwrap(library.events.firstIndex { $0.id == "e3" })
        library.events[itCafe].onClosingDay = .skip
        var state = AppState(index: LibraryIndex(library), today: try XCTUnwrap(Day(iso: "2026-11-01")), language: .danish)
        Fixtures.press([.character("B")], &state)
        guard case .form(var form) = state.overlay else { return XCTFail("the settings form") }
        form.set(.closing, to: "12/11 personaledag")
        state.overlay = .form(form)
        Fixtures.press([.enter], &state)
        let saved = try XCTUnwrap(state.index?.library)
        let closed = try XCTUnwrap(Day(iso: "2026-11-12"))
        XCTAssertEqual(library.shifts.filter { $0.event == "e3" && $0.date == closed }.count, 2)
        XCTAssertTrue(saved.shifts.filter { $0.event == "e3" && $0.date == closed }.isEmpty, "the IT-café shifts on the closing day are released")
        XCTAssertNotNil(saved.shifts.first { $0.id == "s7" }, "the other days' shifts stay")
        XCTAssertEqual(state.message, "Gemt; 2 vagter lå ikke længere på en dato og er frigivet (u fortryder)")
        XCTAssertTrue(LibraryValidator.problems(in: saved, file: "glostrup.json").isEmpty, "a save would pass its check")
    }
}
