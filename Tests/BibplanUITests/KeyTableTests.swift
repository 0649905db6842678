import BibplanCore
@testable import BibplanUI
import XCTest

/// The key table is the one place keys are defined: help, status lines and refusals
/// come from it, and keys pressed here are found through its commands.
final class KeyTableTests: XCTestCase {
    /// Every page of the help, scrolled through.
    static func helpText(_ state: inout AppState) -> String {
        Fixtures.press([.character("?")], &state)
        var pages: [String] = []
        for _ in 0..<30 {
            pages.append(render(state).text)
            Fixtures.press(Fixtures.key(for: .pageDown, in: .dialog(.help)), &state)
        }
        return pages.joined(separator: "\n")
    }

    func testNoKeyIsBoundTwiceInOneScope() {
        let scopes = Set(KeyBindings.all.map(\.scope))
        XCTAssertTrue(scopes.contains(.volunteerProgram))
        XCTAssertEqual(scopes.filter { if case .dialog = $0 { return true } else { return false } }.count, Dialog.allCases.count,
                       "every dialog has its keys in the table")
        for scope in scopes {
            let keys = KeyBindings.bindings(in: scope).flatMap(\.keys)
            XCTAssertEqual(keys.count, Set(keys).count, "a key twice in \(scope)")
        }
    }

    /// Karen, a volunteer of the Glostrup sample, at nine in the morning.
    private func volunteerState(signup: Bool) throws -> AppState {
        var state = try Fixtures.state(width: 120, height: 40)
        var library = try XCTUnwrap(state.index).library
        library.volunteerSignup = signup
        state.index = LibraryIndex(library)
        state.role = .volunteer(VolunteerSession(volunteerID: "v12", now: LocalDateTime(day: state.today, minutes: 9 * 60)))
        return state
    }

    func testAVolunteersHelpHasOnlyTheirKeys() throws {
        var state = try volunteerState(signup: true)
        Fixtures.press(Fixtures.key(for: .help, in: .volunteerProgram), &state)
        let text = render(state).text
        XCTAssertTrue(text.contains("meld fra til din valgte vagt (mindst 48 timer før)"), text)
        XCTAssertTrue(text.contains("Dit program"), text)
        for staffOnly in ["nyt delmål", "rediger", "I en vagtplan", "Overalt"] { XCTAssertFalse(text.contains(staffOnly), staffOnly) }
    }

    func testAVolunteerWithoutSignupIsToldWhereSigningUpHappens() throws {
        var state = try volunteerState(signup: false)
        Fixtures.press([.character("?")], &state)
        let text = render(state).text
        XCTAssertTrue(text.contains("Til- og framelding sker hos koordinatoren."), text)
        XCTAssertFalse(text.contains("meld fra til din valgte vagt"), "no sign-up keys where there is no sign-up")
    }

    func testAViewersHelpAndStatusLineOfferNoEditingKeys() throws {
        var state = try Fixtures.state(width: 120, height: 50)
        state.role = .viewer
        XCTAssertTrue(render(state).line(49).contains("o ledige vagter"), render(state).line(49))
        XCTAssertFalse(render(state).line(49).contains("n nyt arrangement"), "a viewer is not offered n")
        let help = Self.helpText(&state)
        XCTAssertTrue(help.contains("detaljer og vagtplan"))
        XCTAssertFalse(help.contains("nyt delmål"), help)
    }

    func testTheRosterSaysItsKeysOneWayInTheBoxAndForAnUnusedKey() throws {
        var state = try Fixtures.state()
        Fixtures.press(Fixtures.key(for: .open, in: .pane(.calendar)), &state)
        let line = KeyBindings.keyLine(.roster, .danish)
        XCTAssertEqual(line, "a tildel frivillig · d fjern vagt · e rolle · +/- tilmeldte · Esc luk")
        XCTAssertTrue(render(state).text.contains(line), render(state).text)
        Fixtures.press([.character("Z")], &state)
        XCTAssertEqual(state.message, line)
    }

    /// Each dialog's line of keys, generated from the table, says what the literal lines said before.
    func testEveryDialogsKeyLineComesFromTheTable() {
        let expected: [Dialog: String] = [
            .form: "Enter gemmer · Esc fortryder · Tab næste felt",
            .chooser: "skriv for at søge · ↑/↓ · Enter tildeler · Esc tilbage",
            .openSlots: "Enter vælger en frivillig · Esc lukker",
            .linkGoals: "Enter/mellemrum knytter eller løsner · Esc lukker",
            .confirmDelete: "j/y bekræfter · alle andre taster fortryder (u fortryder bagefter)",
            .confirmCancel: "skriv en årsag · Enter aflyser · Esc fortryder",
            .confirmQuit: "j/y afslutter · S gemmer igen · andre taster bliver",
            .clash: "m behold min udgave · t tag den andens",
            .volunteerQuestion: "j/y ja · andre taster nej",
        ]
        for (dialog, line) in expected { XCTAssertEqual(KeyBindings.keyLine(dialog, .danish), line, "\(dialog)") }
        XCTAssertEqual(KeyBindings.keyLine(.openSlots, .english), "Enter picks a volunteer · Esc closes")
    }

    func testTheOpenSlotsShowTheirKeyLine() throws {
        var state = try Fixtures.state()
        Fixtures.press(Fixtures.key(for: .openSlots, in: .pane(.calendar)), &state)
        XCTAssertTrue(render(state).text.contains(KeyBindings.keyLine(.openSlots, .danish)), render(state).text)
    }

    func testARefusedKeyInADialogKeepsTheDialogOpen() throws {
        var state = try Fixtures.state(language: .english)
        state.role = .viewer
        Fixtures.press(Fixtures.key(for: .open, in: .pane(.calendar)), &state)
        for command in [KeyCommand.assignVolunteer, .removeShift, .editShiftRole, .moreRegistered, .undo] {
            XCTAssertEqual(Fixtures.pressReturningEffects(Fixtures.key(for: command, in: .dialog(.roster)), &state), [])
            XCTAssertEqual(state.message, "View only: nothing can be changed here", "\(command)")
            guard case .occurrence? = state.overlay else { return XCTFail("the roster stays open after \(command)") }
        }
    }

    func testTheClashIsDecidedByItsTwoCommands() throws {
        var state = try Fixtures.state()
        state.overlay = .clash(["Titel"])
        Fixtures.press([.character("x")], &state)
        XCTAssertEqual(state.overlay, .clash(["Titel"]), "another key decides nothing")
        let effects = Fixtures.pressReturningEffects(Fixtures.key(for: .keepTheirs, in: .dialog(.clash)), &state)
        XCTAssertEqual(effects, [.resolveClash(keepMine: false)])
        XCTAssertNil(state.overlay)
    }
}
