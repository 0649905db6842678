import BibplanCore
@testable import BibplanUI
import XCTest

/// A terminal left open at the counter, driven through the run loop with a clock
/// the test moves: each idle wait lets the clock run on by some minutes.
@MainActor
final class ClockedTerminal: TerminalDevice {
    enum Step {
        /// Nothing came from the terminal, and the clock moved on this many minutes.
        case idle(minutes: Int)
        case event(TerminalEvent)
    }

    var size: (width: Int, height: Int) = (80, 24)
    private(set) var now: LocalDateTime
    private var steps: [Step]
    private(set) var frames: [Screen] = []

    init(now: LocalDateTime, steps: [Step]) {
        self.now = now
        self.steps = steps
    }

    func draw(_ screen: Screen) { frames.append(screen) }

    func nextEvent(milliseconds: Int) -> TerminalEvent? {
        guard !steps.isEmpty else { return .hangUp }
        switch steps.removeFirst() {
        case .idle(let minutes): now = now.adding(minutes: minutes); return nil
        case .event(let event): return event
        }
    }

    /// A run loop on this terminal's clock, for the day and for the minute.
    func loop(_ state: AppState) -> ProgramLoop {
        var loop = ProgramLoop(state: state, perform: { _ in nil }, clock: { [unowned self] in now.day })
        loop.now = { [unowned self] in now }
        return loop
    }
}

private func at(_ text: String) throws -> LocalDateTime { try XCTUnwrap(LocalDateTime(iso: text)) }

/// Midnight and "now" through the run loop, as a counter screen lives them. XCTest runs
/// tests on the main thread; on Linux a @MainActor test class is not discoverable, hence assumeIsolated.
final class CounterClockTests: XCTestCase {
    func testAtMidnightTheCounterMovesToTheNewDayByItself() throws {
        try MainActor.assumeIsolated {
            let terminal = ClockedTerminal(now: try at("2026-11-28T23:58"), steps: [
                .idle(minutes: 1), .idle(minutes: 0), .idle(minutes: 1), .idle(minutes: 0),
            ])
            var loop = terminal.loop(try Fixtures.state(today: "2026-11-28"))
            let final = loop.run(on: terminal)
            XCTAssertEqual(final.today.iso, "2026-11-29")
            XCTAssertEqual(final.calendar.day.iso, "2026-11-29", "the counter was on today, so it follows it")
            XCTAssertEqual(terminal.frames.count, 4, "the first frame, 23:59, then the new day and its first minute; idle ticks draw nothing")
            XCTAssertTrue(terminal.frames[0].line(0).hasSuffix("lørdag 28. november 2026  23:58"), terminal.frames[0].line(0))
            let last = try XCTUnwrap(terminal.frames.last)
            XCTAssertTrue(last.line(0).hasSuffix("søndag 29. november 2026  00:00"), last.line(0))
            XCTAssertEqual(last.line(2), "Søndag 29. november 2026 · uge 48 · Selvbetjening 7–22  (i dag)")
            XCTAssertFalse(last.text.contains("Krea værksted"), "yesterday's events are gone")
        }
    }

    func testACounterLookingAtAnotherDayStaysThereAtMidnight() throws {
        try MainActor.assumeIsolated {
            let terminal = ClockedTerminal(now: try at("2026-11-28T23:59"), steps: [
                .event(.key(.right)), .event(.key(.right)), .idle(minutes: 1),
            ])
            var loop = terminal.loop(try Fixtures.state(today: "2026-11-28"))
            let final = loop.run(on: terminal)
            XCTAssertEqual(final.today.iso, "2026-11-29")
            XCTAssertEqual(final.calendar.day.iso, "2026-11-30")
        }
    }

    func testNowAndNextFollowTheClockThroughTheDay() throws {
        try MainActor.assumeIsolated {
            let terminal = ClockedTerminal(now: try at("2026-11-28T09:58"), steps: [
                .idle(minutes: 2), .idle(minutes: 180), .idle(minutes: 60),
            ])
            var loop = terminal.loop(try Fixtures.state(today: "2026-11-28"))
            loop.run(on: terminal)
            let rows = terminal.frames.map { [$0.line(3), $0.line(4)] }
            XCTAssertEqual(rows.count, 4)
            XCTAssertTrue(rows[0][0].hasPrefix("10:00–13:00  → næste  B Krea vær"), "09:58: " + rows[0][0])
            // The marks have their own column: the titles start at the same place in every row.
            XCTAssertTrue(rows[0][1].hasPrefix("13:00–14:00           B Forfattermøde"), rows[0][1])
            XCTAssertTrue(rows[1][0].hasPrefix("10:00–13:00  ▶ nu     B Krea værksted"), "10:00: " + rows[1][0])
            XCTAssertTrue(rows[1][1].hasPrefix("13:00–14:00  → næste  B Forfattermøde"), rows[1][1])
            XCTAssertTrue(rows[2][0].hasPrefix("10:00–13:00        B Krea værksted"), "13:00, over: " + rows[2][0])
            XCTAssertTrue(rows[2][1].hasPrefix("13:00–14:00  ▶ nu  B Forfattermøde"), rows[2][1])
            XCTAssertFalse(terminal.frames[3].text.contains("▶") || terminal.frames[3].text.contains("→ næste"), "14:00: all over")
        }
    }

    func testAPinnedDayFollowsNoClock() throws {
        try MainActor.assumeIsolated {
            let terminal = ClockedTerminal(now: try at("2026-11-28T10:30"), steps: [.idle(minutes: 1), .idle(minutes: 1)])
            var loop = ProgramLoop(state: try Fixtures.state(), perform: { _ in nil }, clock: { nil })
            let final = loop.run(on: terminal)
            XCTAssertNil(final.now)
            XCTAssertEqual(terminal.frames.count, 1)
            XCTAssertFalse(terminal.frames[0].text.contains("▶"))
        }
    }
}
