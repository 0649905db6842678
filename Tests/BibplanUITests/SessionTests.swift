import BibplanCore
@testable import BibplanUI
import XCTest

/// A terminal that plays scripted events and records every frame.
@MainActor
final class ScriptedTerminal: TerminalDevice {
    var size: (width: Int, height: Int)
    private var events: [TerminalEvent]
    private(set) var frames: [Screen] = []

    init(width: Int, height: Int, events: [TerminalEvent]) {
        size = (width, height)
        self.events = events
    }

    func draw(_ screen: Screen) { frames.append(screen) }

    func nextEvent(milliseconds: Int) -> TerminalEvent? {
        events.isEmpty ? .hangUp : events.removeFirst()
    }
}

/// Whole sessions through the run loop, without a terminal. XCTest runs tests on
/// the main thread; on Linux a @MainActor test class is not discoverable, hence assumeIsolated.
final class SessionTests: XCTestCase {
    func testSessionThroughAllPanesWithResizeAndQuit() throws {
        try MainActor.assumeIsolated {
            let state = try Fixtures.state()
            let terminal = ScriptedTerminal(width: 80, height: 24, events: [
                .key(.character("1")), .key(.right), .key(.down),
                .key(.tab), .key(.down),
                .key(.character("4")),
                .resize(width: 200, height: 50),
                .key(.character("3")), .key(.character("v")),
                .resize(width: 30, height: 8),
                .key(.character("q")),
                .key(.character("2")), // never reached: q ended the session
            ])
            var loop = ProgramLoop(state: state, perform: { _ in nil }, clock: { nil })
            let final = loop.run(on: terminal)
            XCTAssertEqual(final.pane, .calendar)
            XCTAssertEqual(final.calendar.mode, .week)
            XCTAssertEqual(terminal.frames.count, 11, "first frame plus one per event before q")
            XCTAssertTrue(terminal.frames[0].text.contains("Krea værksted"))
            XCTAssertEqual(terminal.frames[7].width, 200)
            XCTAssertEqual(terminal.frames.last?.line(0), "For lille: mindst 40×10")
        }
    }

    func testHangUpEndsTheSessionAtOnce() throws {
        try MainActor.assumeIsolated {
            let terminal = ScriptedTerminal(width: 80, height: 24, events: [.key(.character("1")), .hangUp, .key(.character("2"))])
            var loop = ProgramLoop(state: try Fixtures.state(), perform: { _ in nil }, clock: { nil })
            XCTAssertEqual(loop.run(on: terminal).pane, .goals)
        }
    }

    func testIdleProgramDrawsNothingNewButFollowsTheClock() throws {
        try MainActor.assumeIsolated {
            var ticks = 0
            let terminal = ScriptedTerminal(width: 80, height: 24, events: [])
            var loop = ProgramLoop(state: try Fixtures.state(), perform: { _ in nil }, clock: {
                ticks += 1
                return ticks > 1 ? Day(iso: "2026-11-29") : Day(iso: "2026-11-28")
            })
            // The scripted terminal hangs up when out of events; only the first frame was drawn.
            loop.run(on: terminal)
            XCTAssertEqual(terminal.frames.count, 1)
        }
    }
}
