import BibplanCore
import BibplanResources
import XCTest

/// Volunteers swapping shifts: one offers, another of the group takes, staff see it.
final class VolunteerSwapTests: XCTestCase {
    private let now = LocalDateTime(day: Day(year: 2026, month: 11, day: 28)!, minutes: 9 * 60)

    private func glostrup(signup: Bool = true) throws -> LibraryIndex {
        let text = try XCTUnwrap(EmbeddedResources.sampleLibraries["glostrup"])
        var library = try LibraryCodec.decode(Array(text.utf8), file: "glostrup.json")
        library.volunteerSignup = signup
        return LibraryIndex(library)
    }

    func testOfferedShiftIsTakenByAnotherOfTheGroup() throws {
        let offered = try VolunteerSignup.toggleOffer(try glostrup(), volunteer: "v12", shift: "s95", now: now).get()
        XCTAssertEqual(offered.shifts.first { $0.id == "s95" }?.offered, true)
        let portal = try XCTUnwrap(VolunteerPortal(LibraryIndex(offered), volunteer: "v31", today: now.day, now: now,
                                                   range: DayRange(now.day, Day(year: 2027, month: 3, day: 1)!)))
        let offer = try XCTUnwrap(portal.offers.first { $0.shift == "s95" })
        XCTAssertEqual(offer.fromFirstName, "Karen")
        XCTAssertTrue(offer.mayTake)
        let taken = try VolunteerSignup.take(LibraryIndex(offered), volunteer: "v31", shift: "s95", now: now).get()
        let shift = try XCTUnwrap(taken.shifts.first { $0.id == "s95" })
        XCTAssertEqual(shift.volunteer, "v31")
        XCTAssertFalse(shift.offered)
        XCTAssertTrue(LibraryValidator.problems(in: taken, file: "glostrup.json").isEmpty)
    }

    func testWhoMayNotOfferOrTake() throws {
        let index = try glostrup()
        XCTAssertEqual(VolunteerSignup.toggleOffer(index, volunteer: "v31", shift: "s95", now: now).failure, .notYours)
        XCTAssertEqual(VolunteerSignup.take(index, volunteer: "v31", shift: "s95", now: now).failure, .notOffered)
        XCTAssertEqual(VolunteerSignup.toggleOffer(try glostrup(signup: false), volunteer: "v12", shift: "s95", now: now).failure, .notAllowed)
        let offered = LibraryIndex(try VolunteerSignup.toggleOffer(index, volunteer: "v12", shift: "s95", now: now).get())
        XCTAssertEqual(VolunteerSignup.take(offered, volunteer: "v2", shift: "s95", now: now).failure, .notInYourGroups, "Repair café only")
        XCTAssertEqual(VolunteerSignup.take(offered, volunteer: "v26", shift: "s95", now: now).failure, .inactive)
        XCTAssertEqual(VolunteerSignup.take(offered, volunteer: "v12", shift: "s95", now: now).failure, .notOffered, "one's own offer")
        let later = LocalDateTime(day: Day(year: 2027, month: 1, day: 29)!, minutes: 15 * 60)
        XCTAssertEqual(VolunteerSignup.take(offered, volunteer: "v31", shift: "s95", now: later).failure, .started)
    }

    func testAnOfferIsReadAndWrittenInTheFile() throws {
        let library = try VolunteerSignup.toggleOffer(try glostrup(), volunteer: "v12", shift: "s95", now: now).get()
        let text = String(decoding: LibraryCodec.encode(library), as: UTF8.self)
        XCTAssertTrue(text.contains(#""offered": true"#))
        XCTAssertEqual(try LibraryCodec.decode(LibraryCodec.encode(library), file: "glostrup.json"), library)
    }
}
