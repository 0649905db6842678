import BibplanCore
@testable import BibplanUI
import XCTest

/// Planning in the program: the goal form, quick keys, delete with its cascade, undo and redo.
final class EditingTests: XCTestCase {
    private func goalsState() throws -> AppState {
        var state = try Fixtures.state("ballerup")
        Fixtures.press([.character("1")], &state)
        return state
    }

    private func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    func testNewGoalWithDanishTitleIsSavedUnderTheSelectedGoal() throws {
        var state = try goalsState()
        let parent = try XCTUnwrap(state.index?.topLevelGoals.first)
        let effects = press([.character("n")] + Fixtures.typing("Læsning for ældre på Ørnevej") + [.enter], &state)
        let library = try XCTUnwrap(state.index?.library)
        let goal = try XCTUnwrap(library.goals.last)
        XCTAssertEqual(goal.title, "Læsning for ældre på Ørnevej")
        XCTAssertEqual(goal.parent, parent.id)
        XCTAssertEqual(effects, [.save(library)])
        XCTAssertNil(state.overlay)
    }

    func testFormRefusesInvalidFieldsAndKeepsTheText() throws {
        var state = try goalsState()
        _ = press([.character("n"), .tab, .tab, .tab, .tab, .backspace] + Fixtures.typing("140") + [.tab] + Fixtures.typing("31/13") + [.enter], &state)
        guard case .form(let form) = state.overlay else { return XCTFail("the form stays open") }
        XCTAssertEqual(form.errors[.title], "skal udfyldes")
        XCTAssertEqual(form.errors[.progress], "et tal fra 0 til 100")
        XCTAssertNotNil(form.errors[.due])
        XCTAssertEqual(form[.progress], "140")
        XCTAssertEqual(form.focusedKey, .title, "the first invalid field gets the focus")
        XCTAssertTrue(render(state).text.contains("! Titel"))
        XCTAssertEqual(state.index?.library.goals.count, 20, "nothing saved")
    }

    func testAGoalsPriorityIsSetAndClearedInItsForm() throws {
        var state = try goalsState()
        let first = try XCTUnwrap(state.index?.topLevelGoals.first?.id)
        let toPriority: [Key] = [.character("e")] + Array(repeating: .tab, count: 6)
        _ = press(toPriority + Fixtures.typing("0") + [.enter], &state)
        guard case .form(let form) = state.overlay else { return XCTFail("0 is not a rank") }
        XCTAssertEqual(form.errors[.priority], "et tal fra 1 til 99")
        _ = press([.control("u")] + Fixtures.typing("2") + [.enter], &state)
        XCTAssertEqual(state.index?.goal(first)?.priority, 2)
        _ = press(toPriority + [.control("u"), .enter], &state)
        XCTAssertNil(state.index?.goal(first)?.priority, "an empty field: not one of the priorities")
    }

    func testTextFieldEditsByCharacterWithReadlineKeys() {
        var field = TextField("Tårnby")
        _ = field.handle(.home)
        _ = field.handle(.right)
        _ = field.handle(.right)
        _ = field.handle(.backspace)
        XCTAssertEqual(field.text, "Trnby")
        _ = field.handle(.character("å"))
        _ = field.handle(.control("k"))
        XCTAssertEqual(field.text, "Tå")
        _ = field.handle(.control("u"))
        XCTAssertEqual(field.text, "")
    }

    func testDatesAsPeopleTypeThem() throws {
        let today = try XCTUnwrap(Day(iso: "2026-11-28"))
        let cases: [(String, String?)] = [
            ("27/11", "2027-11-27"), ("31/12", "2026-12-31"), ("27-11-2026", "2026-11-27"), ("2026-11-27", "2026-11-27"),
            ("27.11.26", "2026-11-27"), ("31/2", nil), ("i morgen", "2026-11-29"), ("1. december", "2026-12-01"),
            ("1. december 2027", "2027-12-01"), ("December 1, 2027", "2027-12-01"), ("lørdag", "2026-11-28"), ("man.", "2026-11-30"),
            ("1. decembr", nil), ("i overovermorgen", nil), ("1/12/123", nil),
        ]
        for (typed, iso) in cases {
            XCTAssertEqual(Day(typed: typed, today: today)?.iso, iso, typed)
        }
    }

    func testEscapeAsksOnlyWhenSomethingChanged() throws {
        var state = try goalsState()
        _ = press([.character("e"), .escape], &state)
        XCTAssertNil(state.overlay, "unchanged form closes at once")
        _ = press([.character("e"), .character("x"), .escape], &state)
        XCTAssertNotNil(state.overlay, "a changed form asks first")
        _ = press([.escape], &state)
        XCTAssertNil(state.overlay)
        XCTAssertFalse(state.index?.library.goals.contains { $0.title.hasSuffix("x") } ?? true)
    }

    func testQuickKeysChangeStatusAndProgressThenUndoAndRedo() throws {
        var state = try goalsState()
        let before = try XCTUnwrap(state.index?.library)
        let goal = before.goals[0]
        _ = press([.character("s"), .character("+"), .character("+")], &state)
        let changed = try XCTUnwrap(state.index?.goal(goal.id))
        XCTAssertEqual(changed.status, goal.status.next)
        XCTAssertEqual(changed.progress, min(goal.progress + 10, 100))
        _ = press([.character("u"), .character("u"), .character("u")], &state)
        XCTAssertEqual(state.index?.library, before)
        _ = press([.character("u")], &state)
        XCTAssertEqual(state.message, "Intet at fortryde")
        _ = press([.control("r"), .control("r")], &state)
        XCTAssertEqual(state.index?.goal(goal.id)?.progress, min(goal.progress + 5, 100))
    }

    func testDeleteNamesWhatGoesAndCascades() throws {
        var state = try goalsState()
        let library = try XCTUnwrap(state.index?.library)
        let top = library.goals[0]
        let children = library.goals.filter { $0.parent == top.id }
        _ = press([.character("D")], &state)
        guard case .confirmDelete(_, let summary) = state.overlay else { return XCTFail("asks first") }
        XCTAssertEqual(summary.filter { $0.hasPrefix("• ") }.count, 1 + children.count)
        _ = press([.character("n")], &state)
        XCTAssertEqual(state.index?.library.goals.count, library.goals.count, "any other key keeps it")
        _ = press([.character("D"), .character("j")], &state)
        let after = try XCTUnwrap(state.index?.library)
        XCTAssertNil(after.goals.first { $0.id == top.id || $0.parent == top.id })
        XCTAssertFalse(after.initiatives.contains { $0.goals.contains(top.id) })
        _ = press([.character("u")], &state)
        XCTAssertEqual(state.index?.library, library)
    }

    func testFailedSaveKeepsTheChangeAndSaysSo() throws {
        var state = try goalsState()
        _ = press([.character("s")], &state)
        let changed = state.index?.library
        _ = update(&state, .saveFailed("ballerup.json: save failed (rename): Read-only file system; the file on disk is unchanged and your change is kept"))
        XCTAssertEqual(state.index?.library, changed)
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertTrue(render(state).line(0).contains("[ikke gemt]"))
        XCTAssertTrue(render(state).line(23).hasPrefix("Ikke gemt, din ændring er bevaret (S prøver igen): ballerup.json: save"))
        XCTAssertEqual(press([.character("S")], &state), [.save(try XCTUnwrap(changed))], "S saves again")
        XCTAssertEqual(press([.character("q")], &state), [], "quitting with an unsaved change asks first")
        XCTAssertEqual(state.overlay, .confirmQuit)
        XCTAssertTrue(render(state).text.contains("Afslut uden at gemme?"))
        XCTAssertEqual(press([.character("n")], &state), [], "any other key stays")
        XCTAssertNil(state.overlay)
        XCTAssertEqual(press([.control("c"), .character("j")], &state), [.quit])
        _ = update(&state, .saved)
        XCTAssertFalse(state.hasUnsavedChanges)
        XCTAssertEqual(press([.character("q")], &state), [.quit], "once saved, q quits at once")
    }
}

/// A library changed on disk by another session.
final class ReloadTests: XCTestCase {
    func testReloadKeepsPaneSelectionAndOpenForm() throws {
        var state = try Fixtures.state("ballerup")
        Fixtures.press([.character("1"), .down, .down, .character("e"), .character("!")], &state)
        var library = try XCTUnwrap(state.index?.library)
        library.goals[0].status = .offTrack
        _ = update(&state, .changedOnDisk(LibraryIndex(library)))
        XCTAssertEqual(state.pane, .goals)
        XCTAssertEqual(state.goals.list.selected, 2)
        guard case .form(let form) = state.overlay else { return XCTFail("the open form survives a reload") }
        XCTAssertTrue(form[.title].hasSuffix("!"))
        XCTAssertEqual(state.index?.library.goals[0].status, .offTrack)
    }

    func testInvalidFileKeepsTheLastGoodStateAndSaysWhy() throws {
        var state = try Fixtures.state("ballerup")
        let good = state.index?.library
        _ = update(&state, .brokenOnDisk("ballerup.json:1:13: unexpected end of file"))
        XCTAssertEqual(state.index?.library, good)
        XCTAssertTrue(state.message?.contains("ballerup.json:1:13") ?? false)
    }

    func testUnsavedChangeIsNotThrownAwayByAReload() throws {
        var state = try Fixtures.state("ballerup")
        Fixtures.press([.character("1"), .character("s")], &state)
        _ = update(&state, .saveFailed("conflict"))
        let mine = state.index?.library
        _ = update(&state, .changedOnDisk(try Fixtures.sample("ballerup")))
        XCTAssertEqual(state.index?.library, mine)
    }
}

/// Saves that met another session's changes.
final class MergedSaveTests: XCTestCase {
    func testUndoAfterAMergeKeepsTheOtherSessionsChange() throws {
        var state = try Fixtures.state("ballerup")
        let base = try XCTUnwrap(state.index?.library)
        Fixtures.press([.character("1"), .character("s")], &state)          // my change: status of goals[0]
        var theirs = base
        theirs.goals[1].progress = 99                                         // their change, saved first
        let mine = try XCTUnwrap(state.index?.library)
        guard case .merged(let merged) = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs) else { return XCTFail("clean merge") }
        _ = update(&state, .savedMerged(LibraryIndex(merged), previousBase: base, theirs: theirs))
        XCTAssertEqual(state.index?.library.goals[1].progress, 99)
        XCTAssertEqual(state.index?.library.goals[0].status, mine.goals[0].status)
        XCTAssertEqual(update(&state, .key(.character("u"))).count, 1)
        XCTAssertEqual(state.index?.library.goals[0].status, base.goals[0].status, "my change is undone")
        XCTAssertEqual(state.index?.library.goals[1].progress, 99, "their change survives my undo")
    }

    func testClashShowsBothChoicesAndAsksTheRunLoop() throws {
        var state = try Fixtures.state("ballerup")
        _ = update(&state, .saveClashed([ThreeWayMerge.Clash(kind: "goals", id: "g1", fields: ["progress"], deleted: false,
                                                              values: [("progress", "30", "90")])]))
        XCTAssertTrue(state.hasUnsavedChanges)
        let text = render(state).text
        XCTAssertTrue(text.contains("goals[g1].progress: din 30 · den anden 90"), text)
        XCTAssertTrue(text.contains("m behold min udgave · t tag den andens"), text)
        XCTAssertEqual(update(&state, .key(.character("x"))), [], "other keys wait for a choice")
        XCTAssertEqual(update(&state, .key(.character("m"))), [.resolveClash(keepMine: true)])
        XCTAssertNil(state.overlay)
        _ = update(&state, .saveClashed([ThreeWayMerge.Clash(kind: "goals", id: "g1", fields: ["progress"], deleted: false,
                                                              values: [("progress", "30", "90")])]))
        XCTAssertEqual(update(&state, .key(.character("t"))), [.resolveClash(keepMine: false)], "t takes the other's version")
        XCTAssertNil(state.overlay)
    }
}

/// Cancelling one occurrence from the calendar.
final class CancelOccurrenceTests: XCTestCase {
    func testCancellingReleasesTheShiftsKeepsTheSeriesAndStaysVisibleWithItsReason() throws {
        var state = try Fixtures.state()                         // Glostrup, Saturday 28 November 2026
        Fixtures.press([.down, .character("x")], &state)          // Forfattermøde, two volunteers on shift
        guard case .confirmCancel(_, let summary, _) = state.overlay else { return XCTFail("asks first") }
        XCTAssertEqual(summary.filter { $0.contains("vagt frigives") }.count, 2)
        XCTAssertTrue(render(state).text.contains("Aflys denne gang?"))
        Fixtures.press(Fixtures.typing("Forfatteren er syg") + [.enter], &state)
        let index = try XCTUnwrap(state.index)
        let single = try XCTUnwrap(index.library.events.first { $0.id == "e23" })
        XCTAssertEqual(single.status, .cancelled)
        XCTAssertEqual(single.cancellations, [Cancellation(date: state.today, reason: "Forfatteren er syg")])
        XCTAssertTrue(index.library.shifts.filter { $0.event == "e23" }.isEmpty, "its shifts are released")
        XCTAssertTrue(LibraryValidator.problems(in: index.library, file: "glostrup.json").isEmpty, "the library stays valid")
        var text = render(state).text
        XCTAssertTrue(text.contains("✕ aflyst") && text.contains("✕ aflyst: Forfatteren er syg"), text)

        Fixtures.press([.up, .character("x"), .enter], &state)   // Krea værksted is a series: only this day goes
        let after = try XCTUnwrap(state.index)
        let krea = try XCTUnwrap(after.library.events.first { $0.title == "Krea værksted" })
        XCTAssertTrue(krea.exdates.contains(state.today))
        XCTAssertEqual(krea.cancellations.map(\.date), [state.today])
        XCTAssertFalse(after.occurrences(in: DayRange(state.today, state.today.adding(days: 70))).filter { after.event(of: $0).id == krea.id }.isEmpty,
                       "later occurrences remain")
        text = render(state).text
        XCTAssertTrue(text.contains("B Krea værksted") && text.components(separatedBy: "✕ aflyst").count > 2,
                      "the cancelled time stays in the day, marked:\n\(text)")
        Fixtures.press([.character("x")], &state)                 // x on a cancelled time puts it back
        XCTAssertEqual(state.message, "Genoptaget: finder sted igen (u fortryder)")
        let reinstated = try XCTUnwrap(state.index?.library.events.first { $0.title == "Krea værksted" })
        XCTAssertTrue(reinstated.cancellations.isEmpty && !reinstated.exdates.contains(state.today))
        Fixtures.press([.character("u"), .character("u"), .character("u")], &state)
        XCTAssertEqual(state.index?.library, try Fixtures.sample("glostrup").library)
    }
}

/// Linking and unlinking an initiative and its goals.
final class LinkGoalsTests: XCTestCase {
    func testLinkAndUnlinkFromTheInitiativesPane() throws {
        var state = try Fixtures.state("ballerup")
        Fixtures.press([.character("2")], &state)
        let initiative = try XCTUnwrap(state.index?.library.initiatives.first)
        let goals = try XCTUnwrap(state.index?.library.goals)
        let target = try XCTUnwrap(goals.firstIndex { !initiative.goals.contains($0.id) })
        var effects = update(&state, .key(.character("L")))
        XCTAssertTrue(render(state).text.contains("[ ] "))
        for _ in 0..<target { effects += update(&state, .key(.down)) }
        effects += update(&state, .key(.enter))
        XCTAssertEqual(effects.count, 1, "one save")
        XCTAssertTrue(state.index?.initiative(initiative.id)?.goals.contains(goals[target].id) ?? false)
        XCTAssertTrue(render(state).text.contains("[x] "))
        Fixtures.press([.character(" ")], &state)
        XCTAssertFalse(state.index?.initiative(initiative.id)?.goals.contains(goals[target].id) ?? true)
        Fixtures.press([.escape, .character("u")], &state)
        XCTAssertTrue(state.index?.initiative(initiative.id)?.goals.contains(goals[target].id) ?? false, "undo relinks")
    }
}
