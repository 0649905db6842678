import BibplanCore
@testable import BibplanUI
import XCTest

/// A form saves the fields the person changed, on top of the item as it is when
/// Enter is pressed: another session's change to another field stays, the same
/// field is asked about, and a deleted item is offered back.
final class FormMergeTests: XCTestCase {
    /// Goal g3 open in its form, and the library another session then saved.
    private func formOnGoal3() throws -> (state: AppState, library: Library) {
        var state = try Fixtures.state()
        Fixtures.press([.character("1"), .character("j"), .character("j"), .character("e")], &state)
        guard case .form(let form) = state.overlay, case .goal(let goal) = form.subject else { throw Missing() }
        XCTAssertEqual(goal.id, "g3")
        return (state, try XCTUnwrap(state.index?.library))
    }

    private struct Missing: Error {}

    private func otherSessionSaves(_ change: (inout Library) -> Void, _ state: inout AppState, from library: Library) {
        var theirs = library
        change(&theirs)
        _ = update(&state, .changedOnDisk(LibraryIndex(theirs)))
    }

    private func goal3(_ state: AppState) -> Goal? { state.index?.library.goals.first { $0.id == "g3" } }

    func testAnotherFieldChangedMeanwhileStays() throws {
        var (state, library) = try formOnGoal3()
        otherSessionSaves({ $0.goals[$0.goals.firstIndex { $0.id == "g3" } ?? 0].owner = "Kirsten Ørum" }, &state, from: library)
        Fixtures.press(Fixtures.typing("Demokrati, samskabelse og dannelse") + [.enter], &state)
        XCTAssertNil(state.overlay, "saved at once")
        XCTAssertEqual(goal3(state)?.title, "Demokrati, samskabelse og dannelse")
        XCTAssertEqual(goal3(state)?.owner, "Kirsten Ørum", "the other session's owner is not overwritten by the form's old value")
    }

    func testTheSameFieldChangedMeanwhileIsAskedAbout() throws {
        var (state, library) = try formOnGoal3()
        otherSessionSaves({ $0.goals[$0.goals.firstIndex { $0.id == "g3" } ?? 0].title = "Demokrati (deres)" }, &state, from: library)
        let effects = Fixtures.pressReturningEffects(Fixtures.typing("Demokrati (min)") + [.enter], &state)
        XCTAssertEqual(effects, [], "nothing saved before the person has seen both")
        XCTAssertEqual(goal3(state)?.title, "Demokrati (deres)")
        let message = try XCTUnwrap(state.message)
        XCTAssertTrue(message.contains("din Demokrati (min)") && message.contains("den anden Demokrati (deres)"), message)
        guard case .form? = state.overlay else { return XCTFail("the form stays open") }
        Fixtures.press([.enter], &state)
        XCTAssertEqual(goal3(state)?.title, "Demokrati (min)", "a second Enter keeps the person's value")
    }

    func testADeletedItemIsOfferedBack() throws {
        var (state, library) = try formOnGoal3()
        otherSessionSaves({ $0.deleteGoal("g3") }, &state, from: library)
        Fixtures.press(Fixtures.typing("Demokrati igen") + [.enter], &state)
        XCTAssertNil(goal3(state), "not silently added back")
        XCTAssertTrue(state.message?.contains("Slettet af en anden") == true, state.message ?? "")
        Fixtures.press([.enter], &state)
        XCTAssertEqual(goal3(state)?.title, "Demokrati igen")
    }

    func testControlCInAFormWithTypedTextAsksFirst() throws {
        var (state, _) = try formOnGoal3()
        Fixtures.press(Fixtures.typing("Noget nyt"), &state)
        XCTAssertEqual(Fixtures.pressReturningEffects([.control("c")], &state), [])
        guard case .form? = state.overlay else { return XCTFail("the form stays open") }
        XCTAssertTrue(state.message?.contains("Ctrl-C igen") == true)
        XCTAssertEqual(Fixtures.pressReturningEffects([.control("c")], &state), [.quit])
    }
}

/// A dialog about one occurrence refers to its event by id and its day, so a reload
/// that reorders or removes events never makes it act on another one.
final class StableIdentityTests: XCTestCase {
    private func rosterOfFirstOccurrence() throws -> (AppState, Occurrence) {
        var state = try Fixtures.state()
        Fixtures.press([.character("3"), .enter], &state)
        guard case .occurrence(let occurrence, _)? = state.overlay else { throw Missing() }
        return (state, occurrence)
    }

    private struct Missing: Error {}

    func testTheRosterFollowsItsEventWhenEventsBeforeItAreRemoved() throws {
        var (state, occurrence) = try rosterOfFirstOccurrence()
        let library = try XCTUnwrap(state.index?.library)
        let id = library.events[occurrence.eventIndex].id
        var theirs = library
        let earlier = theirs.events.prefix(occurrence.eventIndex + 1).filter { $0.id != id }.map(\.id)
        XCTAssertFalse(earlier.isEmpty, "the test needs an event before this one")
        for other in earlier { theirs.deleteEvent(other) }
        theirs.events.append(theirs.events.removeFirst())
        _ = update(&state, .changedOnDisk(LibraryIndex(theirs)))
        guard case .occurrence(let again, _)? = state.overlay else { return XCTFail("the roster stays open") }
        XCTAssertEqual(state.index?.library.events[again.eventIndex].id, id, "the same event, at its new place in the list")
        XCTAssertEqual(again.day, occurrence.day)
    }

    func testTheRosterClosesAndSaysSoWhenItsEventWasDeleted() throws {
        var (state, occurrence) = try rosterOfFirstOccurrence()
        var theirs = try XCTUnwrap(state.index?.library)
        let event = theirs.events[occurrence.eventIndex]
        theirs.deleteEvent(event.id)
        _ = update(&state, .changedOnDisk(LibraryIndex(theirs)))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.message, "«\(event.title)» " + DateNames.short(occurrence.day, .danish) + " er slettet af en anden")
    }
}

/// A library file that turns invalid while a volunteer's program runs: they are told
/// there is a problem, never the problem list with other people's ids.
final class BrokenOnDiskRoleTests: XCTestCase {
    func testAVolunteerIsNotShownTheProblemText() throws {
        var state = try Fixtures.state()
        state.role = .volunteer(VolunteerSession(volunteerID: "v1", now: LocalDateTime(day: state.today, minutes: 600)))
        _ = update(&state, .brokenOnDisk("glostrup.json:12:3: shifts[4].volunteer: no volunteer \"v77\""))
        XCTAssertEqual(state.message, "Biblioteket har et problem lige nu; du ser den sidste gode udgave")
        var staff = try Fixtures.state()
        _ = update(&staff, .brokenOnDisk("glostrup.json:12:3: shifts[4].volunteer: no volunteer \"v77\""))
        XCTAssertTrue(staff.message?.contains("v77") == true, "staff see the problem")
    }
}

/// What a delete takes along is counted in words that agree with the number.
final class DeleteSummaryWordingTests: XCTestCase {
    func testOneAndSeveralAreSaidRight() throws {
        let start = LocalDateTime(day: try XCTUnwrap(Day(iso: "2027-01-05")), minutes: 600)
        let library = Library(id: "lille", name: "Lille", goals: [Goal(id: "g1", title: "Læselyst"), Goal(id: "g2", title: "Fællesskab")],
                              initiatives: [Initiative(id: "i1", title: "Læseklub", goals: ["g1"]),
                                            Initiative(id: "i2", title: "Sangaften", goals: ["g2"]),
                                            Initiative(id: "i3", title: "Strikkecafé", goals: ["g2"])],
                              events: [Event(id: "e1", title: "Læseklub", start: start, initiative: "i1")])
        let index = LibraryIndex(library)
        XCTAssertEqual(DeleteSummary.goal("g1", index, .danish).last, "Fjernes som mål for 1 initiativ")
        XCTAssertEqual(DeleteSummary.goal("g2", index, .danish).last, "Fjernes som mål for 2 initiativer")
        XCTAssertEqual(DeleteSummary.goal("g1", index, .english).last, "Unlinked from 1 initiative")
        XCTAssertEqual(DeleteSummary.initiative(library.initiatives[0], index, .danish).last, "1 arrangement bliver stående uden initiativ")
    }
}
