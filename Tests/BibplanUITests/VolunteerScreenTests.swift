import BibplanCore
@testable import BibplanUI
import XCTest

/// The volunteer's program and the viewer's read-only panes: every screen a volunteer can
/// reach is free of other volunteers' private fields, and no role but staff changes anything.
final class VolunteerScreenTests: XCTestCase {
    private static let karen = "v12"

    private func volunteerState(width: Int = 80, height: Int = 24, signup: Bool = true,
                                language: Language = .danish) throws -> AppState {
        var state = try Fixtures.state(width: width, height: height, language: language)
        Fixtures.asVolunteer(Self.karen, signup: signup, &state)
        return state
    }

    /// Every other volunteer's phone, e-mail, notes and surname words (those not also found
    /// in the library's event texts, which are public).
    private func secrets(_ index: LibraryIndex) -> [String] {
        let publicText = index.library.events.map { $0.title + " " + $0.description + " " + $0.location }.joined(separator: " ")
            + index.library.shifts.map(\.role).joined(separator: " ")
        return index.library.volunteers.filter { $0.id != Self.karen }.flatMap { volunteer -> [String] in
            let surnames = volunteer.name.split(separator: " ").dropFirst().map(String.init).filter { !publicText.contains($0) }
            return [volunteer.phone, volunteer.email, volunteer.notes].filter { !$0.isEmpty } + surnames
        }
    }

    /// Every screen of both lists, each row selected, help and questions open, at two sizes.
    private func everyScreen(_ state: AppState) -> [String] {
        var screens: [String] = []
        for tab in ["1", "2"] {
            var walking = state
            Fixtures.press([.character(Character(tab))], &walking)
            for _ in 0..<40 {
                screens.append(render(walking).text)
                var asking = walking
                Fixtures.press([.character(tab == "1" ? "w" : "s")], &asking)
                screens.append(render(asking).text)
                Fixtures.press([.down], &walking)
            }
            Fixtures.press([.character("?")], &walking)
            screens.append(render(walking).text)
        }
        return screens
    }

    func testNoScreenShowsAnotherVolunteersPrivateFields() throws {
        for (width, height) in [(80, 24), (200, 50), (40, 10)] {
            let state = try volunteerState(width: width, height: height)
            let index = try XCTUnwrap(state.index)
            let secrets = secrets(index)
            XCTAssertGreaterThan(secrets.count, 20, "the sample has contact data to protect")
            let screens = everyScreen(state)
            for text in screens {
                for secret in secrets { XCTAssertFalse(text.contains(secret), "\(secret) shown:\n\(text)") }
            }
            if width >= 80 { XCTAssertTrue(screens.contains { $0.contains("Mikkel") }, "colleagues appear by first name") }
        }
    }

    func testTheVolunteersFirstScreen() throws {
        let state = try volunteerState()
        let text = render(state).text
        XCTAssertTrue(text.contains("Glostrup Bibliotek · Karen Højbjerg"), text)
        XCTAssertTrue(text.contains("1 Mine vagter"), text)
        XCTAssertFalse(text.contains("Mål"), "no goals pane for a volunteer:\n\(text)")
        assertGolden(render(state), "volunteer-glostrup-80x24")
    }

    func testSigningUpAsksThenSavesOneNewShift() throws {
        var state = try volunteerState()
        let before = try XCTUnwrap(state.index).library.shifts.count
        Fixtures.press([.character("2"), .character("s")], &state)
        XCTAssertTrue(render(state).text.contains("Tilmeld dig"), render(state).text)
        let effects = update(&state, .key(.character("j")))
        guard case .save(let library)? = effects.first else { return XCTFail("a sign-up is saved: \(effects)") }
        XCTAssertEqual(library.shifts.count, before + 1)
        XCTAssertEqual(library.shifts.last?.volunteer, Self.karen)
        XCTAssertTrue(state.message?.hasPrefix("Du er tilmeldt") ?? false, state.message ?? "")
    }

    func testWithoutSignupNothingChangesAndTheReasonIsSaid() throws {
        var state = try volunteerState(signup: false, language: .english)
        Fixtures.press([.character("2")], &state)
        XCTAssertEqual(update(&state, .key(.character("s"))), [])
        XCTAssertEqual(state.message, "The library does not take sign-ups here; call or write to the coordinator")
        Fixtures.press([.character("1")], &state)
        XCTAssertEqual(update(&state, .key(.character("w"))), [])
        XCTAssertTrue(state.message?.contains("coordinator") ?? false)
    }

    func testEditingKeysDoNothingForAVolunteer() throws {
        var state = try volunteerState(language: .english)
        let library = try XCTUnwrap(state.index).library
        for key in [Key.character("n"), .character("e"), .character("D"), .character("u"), .control("r"), .character("S"), .character("/"),
                    .character("3"), .character("x")] {
            XCTAssertEqual(update(&state, .key(key)), [], "\(key)")
            XCTAssertEqual(state.message, "As a volunteer you cannot change this (? shows the keys)")
        }
        XCTAssertEqual(state.index?.library, library)
        XCTAssertEqual(update(&state, .key(.character("q"))), [.quit])
    }

    func testTheViewerSeesEveryPaneAndChangesNothing() throws {
        var state = try Fixtures.state(language: .english)
        state.role = .viewer
        let library = try XCTUnwrap(state.index).library
        for pane in ["1", "2", "3", "4"] {
            Fixtures.press([.character(Character(pane))], &state)
            for key in [Key.character("n"), .character("e"), .character("D"), .character("u"), .character("S")] {
                XCTAssertEqual(update(&state, .key(key)), [], "\(pane) \(key)")
                XCTAssertNil(state.overlay)
            }
        }
        XCTAssertEqual(state.message, "View only: nothing can be changed here")
        Fixtures.press([.character("3"), .enter, .character("a")], &state)
        XCTAssertEqual(state.message, "View only: nothing can be changed here")
        Fixtures.press([.escape, .character("4")], &state)
        let first = try XCTUnwrap(state.volunteers.entries(try XCTUnwrap(state.index), search: nil).first)
        XCTAssertTrue(render(state).text.contains(first.volunteer.name), "the counter sees full names:\n\(render(state).text)")
        XCTAssertEqual(state.index?.library, library)
    }

    func testTheClockMovesTheVolunteersNow() throws {
        var state = try volunteerState()
        let later = LocalDateTime(day: state.today, minutes: 20 * 60)
        _ = update(&state, .timeChanged(later))
        guard case .volunteer(let session) = state.role else { return XCTFail("still a volunteer") }
        XCTAssertEqual(session.now, later)
    }
}

/// Swapping from the volunteer's screen, and what staff see.
final class VolunteerSwapScreenTests: XCTestCase {
    private func state(as volunteer: String, _ library: Library) throws -> AppState {
        var state = AppState(index: LibraryIndex(library), today: try XCTUnwrap(Day(iso: "2026-11-28")), language: .danish)
        state.role = .volunteer(VolunteerSession(volunteerID: volunteer, now: LocalDateTime(day: state.today, minutes: 9 * 60)))
        return state
    }

    func testKarenOffersHanneTakesStaffSeeTheOfferAndTheNewName() throws {
        var library = try Fixtures.sample("glostrup").library
        library.volunteerSignup = true
        var karen = try state(as: "v12", library)
        // Karen's first coming shift: Forfattermøde today at 13:00 (it is 9:00).
        _ = Fixtures.pressReturningEffects([.character("b")], &karen)
        XCTAssertTrue(render(karen).text.contains("Tilbyd Forfattermøde: tegneforedrag med Jan Kjær til bytte"), render(karen).text)
        let effects = Fixtures.pressReturningEffects([.character("j")], &karen)
        XCTAssertEqual(effects.count, 1, "saved")
        let offered = try XCTUnwrap(karen.index?.library)
        XCTAssertEqual(offered.shifts.first { $0.id == "s38" }?.offered, true)
        XCTAssertTrue(render(karen).text.contains("28/11 13:00  Forfattermøde: tegneforedrag med Jan Kjær           til bytte"), render(karen).text)

        var staff = AppState(index: LibraryIndex(offered), today: karen.today, language: .danish)
        Fixtures.press([.down, .enter], &staff)
        XCTAssertTrue(render(staff).text.contains("Karen Højbjerg · Hjælper (tilbudt til bytte)"), render(staff).text)

        var hanne = try state(as: "v17", offered)
        Fixtures.press([.character("2")], &hanne)
        XCTAssertTrue(render(hanne).text.contains("byt fra Karen"), render(hanne).text)
        XCTAssertFalse(render(hanne).text.contains("Højbjerg"), "first names only")
        Fixtures.press([.enter], &hanne)
        XCTAssertTrue(render(hanne).text.contains("Overtag Forfattermøde: tegneforedrag med Jan Kjær fra Karen?"), render(hanne).text)
        Fixtures.press([.character("j")], &hanne)
        XCTAssertEqual(hanne.index?.library.shifts.first { $0.id == "s38" }?.volunteer, "v17")
        XCTAssertEqual(hanne.message, "Vagten er din: Forfattermøde: tegneforedrag med Jan Kjær")
    }
}
