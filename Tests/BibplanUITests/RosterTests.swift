import BibplanCore
@testable import BibplanUI
import XCTest

/// Shifts from the roster: assigning with warnings, removing, and filling open slots.
final class RosterTests: XCTestCase {
    private func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    /// Glostrup on 28 November 2026: Krea værksted 10–13 needs one volunteer from
    /// Kulturkorpset; Forfattermøde 13–14 has Mikkel Dalsgård and Karen Højbjerg.
    private func kreaRoster(lengthMinutes: Int = 180) throws -> AppState {
        var library = try Fixtures.sample("glostrup").library
        if let position = library.events.firstIndex(where: { $0.id == "e9" }) { library.events[position].durationMinutes = lengthMinutes }
        var state = AppState(index: LibraryIndex(library), today: Day(year: 2026, month: 11, day: 28)!, language: .danish)
        _ = press([.enter], &state)
        return state
    }

    func testTheEventsGroupsComeFirstAndActiveBeforeInactive() throws {
        let state = try kreaRoster()
        guard case .occurrence(let occurrence, _) = state.overlay, let index = state.index else { return XCTFail("roster open") }
        let candidates = AssignCandidate.list(for: occurrence, index, query: "")
        let firstOutside = try XCTUnwrap(candidates.firstIndex { !$0.inEventGroups })
        XCTAssertTrue(candidates[..<firstOutside].allSatisfy { $0.volunteer.groups.contains("Kulturkorpset") })
        let firstInactive = try XCTUnwrap(candidates.firstIndex { !$0.volunteer.active })
        XCTAssertEqual(candidates[firstInactive].volunteer.name, "Else Mørch", "the group's inactive member after its active ones")
        XCTAssertTrue(candidates[..<firstInactive].allSatisfy { $0.volunteer.active && $0.inEventGroups })
    }

    func testAssigningByTypingANameAddsTheShiftAndShowsIt() throws {
        var state = try kreaRoster()
        let effects = press([.character("a")] + Fixtures.typing("Ulla") + [.enter], &state)
        let library = try XCTUnwrap(state.index?.library)
        let shift = try XCTUnwrap(library.shifts.last)
        XCTAssertEqual(shift.volunteer, "v44")
        XCTAssertEqual(shift.event, "e9")
        XCTAssertEqual(shift.date.iso, "2026-11-28")
        XCTAssertEqual(effects, [.save(library)])
        XCTAssertEqual(state.message, "Ulla Kræmmer er sat på Krea værksted")
        XCTAssertTrue(render(state).text.contains("• Ulla Kræmmer"), "back in the roster, which shows her")
    }

    func testDoubleBookingWarnsAndNeedsASecondEnter() throws {
        var state = try kreaRoster(lengthMinutes: 240)
        _ = press([.character("a")] + Fixtures.typing("Mikkel") + [.enter], &state)
        XCTAssertEqual(state.message, "⚠ Mikkel Dalsgård: optaget: 13:00 Forfattermøde: tegneforedrag med Jan Kjær · Enter igen tildeler alligevel")
        XCTAssertFalse(state.index?.library.shifts.contains { $0.event == "e9" && $0.volunteer == "v31" } ?? true)
        _ = press([.enter], &state)
        XCTAssertTrue(state.index?.library.shifts.contains { $0.event == "e9" && $0.volunteer == "v31" } ?? false)
    }

    func testNoDoubleBookingWhenOneEndsAsTheOtherStarts() throws {
        var state = try kreaRoster()
        _ = press([.character("a")] + Fixtures.typing("Mikkel") + [.enter], &state)
        XCTAssertTrue(state.index?.library.shifts.contains { $0.event == "e9" && $0.volunteer == "v31" } ?? false)
    }

    func testAnInactiveVolunteerIsWarnedOf() throws {
        var state = try kreaRoster()
        _ = press([.character("a")] + Fixtures.typing("Else") + [.enter], &state)
        XCTAssertEqual(state.message, "⚠ Else Mørch: inaktiv · Enter igen tildeler alligevel")
        XCTAssertTrue(render(state).text.contains("⚠ inaktiv"))
    }

    func testRemovingAShiftFromTheRosterAndUndoingIt() throws {
        var state = try Fixtures.state()
        _ = press([.down, .enter, .down, .character("d")], &state)
        XCTAssertEqual(state.index?.library.shifts.filter { $0.event == "e23" }.map(\.volunteer), ["v31"])
        _ = press([.escape, .character("u")], &state)
        XCTAssertEqual(state.index?.library.shifts.filter { $0.event == "e23" }.count, 2)
    }

    func testOpenSlotsListFillsFromThereAndReturnsToIt() throws {
        var state = try Fixtures.state()
        _ = press([.character("o")], &state)
        guard let index = state.index else { return XCTFail("library") }
        let slots = RosterUpdate.openSlotsList(state, index)
        XCTAssertFalse(slots.isEmpty)
        XCTAssertTrue(slots.allSatisfy { $0.missing > 0 && $0.occurrence.day >= state.today })
        let first = slots[0]
        let text = render(state).text
        XCTAssertTrue(text.contains("Ledige vagter de næste 4 uger: \(slots.reduce(0) { $0 + $1.missing })"), text)
        _ = press([.enter, .enter], &state)
        guard case .openSlots = state.overlay else { return XCTFail("back in the open slots: \(String(describing: state.overlay))") }
        let after = RosterUpdate.openSlotsList(state, try XCTUnwrap(state.index))
        XCTAssertEqual(after.reduce(0) { $0 + $1.missing }, slots.reduce(0) { $0 + $1.missing } - 1)
        XCTAssertEqual(state.index?.shifts(of: first.occurrence).count, index.shifts(of: first.occurrence).count + 1)
    }
}

/// The working day in the calendar at 80x24: rooms taken twice, full and waiting
/// lists, categories by letter and colour, a time called off.
final class WorkingDayPaneTests: XCTestCase {
    private func workingDay() throws -> AppState {
        var library = try Fixtures.sample("glostrup").library
        let krea = try XCTUnwrap(library.events.firstIndex { $0.id == "e9" })
        let author = try XCTUnwrap(library.events.firstIndex { $0.id == "e23" })
        library.events[krea].capacity = 20
        library.events[krea].registrations = [Registration(date: try XCTUnwrap(Day(iso: "2026-11-28")), count: 25)]
        library.events[author].room = "Børnebiblioteket"
        library.events[author].start = try XCTUnwrap(LocalDateTime(iso: "2026-11-28T12:30"))
        return AppState(index: LibraryIndex(library), today: try XCTUnwrap(Day(iso: "2026-11-28")), language: .danish)
    }

    func testRoomConflictWaitingListAndCategoryShowInTheDay() throws {
        var state = try workingDay()
        assertGolden(render(state), "calendar-working-day-80x24")
        let text = render(state).text
        XCTAssertTrue(text.contains("⚠ Børnebiblioteket"), text)
        XCTAssertTrue(text.contains("fuldt+5") && text.contains("venteliste 5 (20 pladser)"), text)
        XCTAssertTrue(text.contains("B Krea værksted"), "the category's letter: \(text)")
        XCTAssertTrue(text.contains("Sted:      Børnebiblioteket ⚠ også Forfattermøde"), text)
        Fixtures.press([.enter, .character("-"), .character("-"), .character("-"), .character("-"), .character("-"), .escape], &state)
        XCTAssertTrue(render(state).text.contains("fuldt"), render(state).text)
        XCTAssertEqual(state.index?.registered(for: try XCTUnwrap(state.index?.occurrences(on: state.today).first)), 20)
    }

    func testTheCategoryFilterNarrowsTheCalendar() throws {
        var state = try Fixtures.state()
        state.calendar.mode = .week
        let index = try XCTUnwrap(state.index)
        let everything = state.calendar.occurrences(index, search: nil)
        Fixtures.press([.character("f")], &state)
        XCTAssertEqual(state.message, "Kategori: Litteratur, viden & fællesskaber")
        Fixtures.press([.character("f")], &state)
        XCTAssertEqual(state.calendar.category, "boern")
        let children = state.calendar.occurrences(index, search: nil)
        XCTAssertFalse(children.isEmpty)
        XCTAssertLessThan(children.count, everything.count)
        XCTAssertTrue(children.allSatisfy { index.event(of: $0).category == "boern" })
        Fixtures.press([.character("f"), .character("f"), .character("f")], &state)
        XCTAssertNil(state.calendar.category, "after the last category: all again")
        XCTAssertEqual(state.calendar.occurrences(index, search: nil).count, everything.count)
    }

    func testTheEventFormSetsRoomStatusAndCategoryAndWarnsOfATakenRoom() throws {
        var state = try Fixtures.state()
        Fixtures.press([.down, .character("e"), .tab, .tab, .tab, .tab, .tab, .left], &state)   // the room: one back from Salen
        guard case .form(let form) = state.overlay else { return XCTFail("the form") }
        XCTAssertEqual(form.focusedKey, .room)
        XCTAssertEqual(form[.room], "Biblioteksrummet")
        Fixtures.press([.right, .right, .right, .tab, .tab, .right, .enter], &state)  // Børnebiblioteket, published
        let event = try XCTUnwrap(state.index?.event("e23"))
        XCTAssertEqual(event.room, "Børnebiblioteket")
        XCTAssertEqual(event.status, .published)
        XCTAssertFalse(state.message?.contains("optaget") ?? false, "13:00 starts as Krea ends: no warning")
        Fixtures.press([.character("e"), .tab, .tab] + Fixtures.typing("12.30") + [.enter], &state)
        XCTAssertEqual(state.message, "⚠ Børnebiblioteket er optaget lør 28/11 10:00: Krea værksted", "saving into a taken room says so")
    }
}

/// A viewer reaches the open slots (reading) but nothing it does there changes the library.
final class ViewerRosterTests: XCTestCase {
    func testAViewerAssigningFromTheOpenSlotsIsRefusedAndToldSo() throws {
        var state = try Fixtures.state()
        state.role = .viewer
        let before = state.index?.library
        let effects = Fixtures.pressReturningEffects([.character("o"), .enter, .enter], &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.index?.library, before)
        XCTAssertEqual(state.message, "Kun visning: her kan intet ændres", "the refusal, not a success message")
    }
}
