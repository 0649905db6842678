import XCTest
@testable import BibplanCore

/// The shift index on its own: shifts by event and day, by volunteer, and by an id no
/// volunteer has; both of its orderings (counting sort for days close together, a sort
/// for days far apart) against a plain filter over the shifts.
final class ShiftTableTests: XCTestCase {
    private let events = ["e0", "e1", "e2"]
    private let volunteers = ["v0", "v1"]

    private func table(_ shifts: [Shift]) -> ShiftTable {
        ShiftTable(shifts, events: IDTable(events), volunteers: IDTable(volunteers), volunteerCount: volunteers.count)
    }

    private func day(_ offset: Int) -> Day { Day(ordinal: 740_000 + offset) }

    private func shift(_ id: Int, _ event: String, _ offset: Int, _ volunteer: String) -> Shift {
        Shift(id: "s\(id)", event: event, date: day(offset), volunteer: volunteer)
    }

    func testAnEventsShiftsOnADayInFileOrder() {
        let shifts = [shift(0, "e1", 5, "v1"), shift(1, "e0", 5, "v0"), shift(2, "e1", 3, "v0"),
                      shift(3, "e1", 5, "v0"), shift(4, "e1", 9, "v1")]
        let table = table(shifts)
        XCTAssertEqual(table.positions(event: 1, day: day(5)), [0, 3])
        XCTAssertEqual(table.positions(event: 0, day: day(5)), [1])
        XCTAssertEqual(table.positions(event: 1, day: day(3)), [2])
        XCTAssertEqual(table.positions(event: 1, day: day(9)), [4], "the last day")
        XCTAssertEqual(table.positions(event: 2, day: day(5)), [], "an event without shifts that day")
        for empty in [2, 4, 7, 10] { XCTAssertEqual(table.positions(event: 1, day: day(empty)), [], "day \(empty) has no shifts") }
    }

    func testAVolunteersShiftsByDateThenFileOrder() {
        let shifts = [shift(0, "e0", 9, "v0"), shift(1, "e1", 2, "v1"), shift(2, "e2", 2, "v0"),
                      shift(3, "e0", 9, "v0"), shift(4, "e1", 4, "v0")]
        let table = table(shifts)
        XCTAssertEqual(table.positions(volunteer: 0, id: "v0"), [2, 4, 0, 3])
        XCTAssertEqual(table.positions(volunteer: 1, id: "v1"), [1])
    }

    func testShiftsOfIdsNoVolunteerHasAreFoundByTheId() {
        let shifts = [shift(0, "e0", 3, "gone"), shift(1, "e0", 1, "v0"), shift(2, "e1", 1, "gone"), shift(3, "e0", 2, "other")]
        let table = table(shifts)
        XCTAssertEqual(table.positions(volunteer: nil, id: "gone"), [2, 0], "by date")
        XCTAssertEqual(table.positions(volunteer: nil, id: "other"), [3])
        XCTAssertEqual(table.positions(volunteer: nil, id: "nobody"), [])
        XCTAssertEqual(table.positions(volunteer: 1, id: "v1"), [], "a volunteer without shifts")
        XCTAssertEqual(table.positions(volunteer: 0, id: "v0"), [1])
    }

    func testAShiftOfAnUnknownEventIsNoEventsShift() {
        let table = table([shift(0, "missing", 1, "v0"), shift(1, "e0", 1, "v0")])
        for event in events.indices { XCTAssertEqual(table.positions(event: event, day: day(1)), event == 0 ? [1] : []) }
        XCTAssertEqual(table.positions(volunteer: 0, id: "v0"), [0, 1], "it is still the volunteer's")
    }

    func testNoShifts() {
        let table = table([])
        XCTAssertEqual(table.positions(event: 0, day: day(0)), [])
        XCTAssertEqual(table.positions(volunteer: 0, id: "v0"), [])
        XCTAssertEqual(table.positions(volunteer: nil, id: "v9"), [])
    }

    /// Days within a few weeks take the counting sort; days centuries apart take the sort.
    func testBothOrderingsAgreeWithAPlainFilter() {
        var random = GeneratorRandom(seed: 20)
        for spread in [30, 2_000_000] {
            for round in 0..<20 {
                let count = random.below(60)
                let ids = volunteers + ["gone"]
                let shifts = (0..<count).map { index in
                    shift(index, events[random.below(3)], random.below(spread), ids[random.below(3)])
                }
                let table = table(shifts)
                let context = "spread \(spread), round \(round)"
                for offset in Set(shifts.map { $0.date.ordinal - day(0).ordinal }) {
                    for (event, id) in events.enumerated() {
                        let expected = shifts.indices.filter { shifts[$0].event == id && shifts[$0].date == day(offset) }
                        XCTAssertEqual(table.positions(event: event, day: day(offset)), expected, context)
                    }
                }
                for (volunteer, id) in ids.enumerated() {
                    let expected = shifts.indices.filter { shifts[$0].volunteer == id }
                        .sorted { (shifts[$0].date, $0) < (shifts[$1].date, $1) }
                    XCTAssertEqual(table.positions(volunteer: volunteer < volunteers.count ? volunteer : nil, id: id), expected, context)
                }
            }
        }
    }
}
