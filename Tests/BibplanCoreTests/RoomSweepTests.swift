import BibplanCore
import Foundation
import XCTest

/// Rooms taken twice, found by a sweep (issue 15: comparing every pair made
/// `agenda --days 31` take 48 s with 8,000 simultaneous events in one room).
final class RoomSweepTests: XCTestCase {
    private func library(_ events: [Event]) -> Library {
        Library(id: "test", name: "Test", rooms: [Room(name: "Salen"), Room(name: "Caféen")], events: events)
    }

    /// The first other occurrence in time order that overlaps, as pairs were compared before.
    private func pairwise(_ index: LibraryIndex, in range: DayRange) -> [Occurrence: Occurrence] {
        let all = index.occurrences(in: DayRange(range.first.adding(days: -1), range.last)).filter { index.event(of: $0).room != nil }
        var found: [Occurrence: Occurrence] = [:]
        for occurrence in all where range.contains(occurrence.day) {
            found[occurrence] = all.first { other in
                other != occurrence && index.event(of: other).room == index.event(of: occurrence).room
                    && other.start < occurrence.end && occurrence.start < other.end
            }
        }
        return found
    }

    func testTheSweepFindsWhatComparingEveryPairFound() throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        var generator = GeneratorRandom(seed: seed)
        let first = try XCTUnwrap(Day(iso: "2026-11-23"))
        for round in 0..<200 {
            let events = (0..<generator.int(2...40)).map { number in
                Event(id: "e\(number)", title: "E\(number)",
                      start: LocalDateTime(day: first.adding(days: generator.int(0...3)),
                                           minutes: generator.int(0...(23 * 60))),
                      durationMinutes: generator.int(0...600),
                      room: generator.below(2) == 0 ? "Salen" : "Caféen")
            }
            let index = LibraryIndex(library(events))
            let range = DayRange(first.adding(days: 1), first.adding(days: 3))
            XCTAssertEqual(index.roomConflicts(in: range), pairwise(index, in: range), "seed \(seed), round \(round)")
        }
    }

    func testEightThousandSimultaneousEventsInOneRoomTakeWellUnderASecond() throws {
        let start = try XCTUnwrap(LocalDateTime(iso: "2026-11-25T14:00"))
        let events = (0..<8_000).map { Event(id: "e\($0)", title: "Møde \($0)", start: start, durationMinutes: 60, room: "Salen") }
        let index = LibraryIndex(library(events))
        let started = Date()
        let conflicts = index.roomConflicts(in: DayRange(start.day, start.day.adding(days: 30)))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertEqual(conflicts.count, 8_000)
        XCTAssertEqual(conflicts[index.occurrences(on: start.day)[0]].map { index.event(of: $0).id }, "e1")
        XCTAssertEqual(conflicts[index.occurrences(on: start.day)[5]].map { index.event(of: $0).id }, "e0")
    }
}
