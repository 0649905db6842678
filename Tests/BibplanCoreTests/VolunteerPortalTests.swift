import XCTest
@testable import BibplanCore

/// The privacy filter: what one volunteer may see, field by field, and the sign-up rules.
final class VolunteerPortalTests: XCTestCase {
    static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }
    static func at(_ text: String) -> LocalDateTime { LocalDateTime(iso: text) ?? LocalDateTime(day: Day(ordinal: 0), minutes: 0) }

    /// Karen (v1) and Ole (v2) in Kulturkorpset; Ib (v3) in another group. Every private field is set.
    static func library(signup: Bool = true) -> Library {
        var library = Library(id: "glostrup", name: "Glostrup Bibliotek")
        library.volunteerSignup = signup
        library.events = [
            Event(id: "e1", title: "Repair café", start: at("2026-11-14T10:00"), durationMinutes: 180, rrule: "FREQ=MONTHLY;BYDAY=2SA",
                  location: "Salen", groups: ["Kulturkorpset"], volunteersNeeded: 3, description: "Vi reparerer"),
            Event(id: "e2", title: "Strikkecafé", start: at("2026-11-25T14:00"), durationMinutes: 120, location: "Caféen",
                  groups: ["Kulturkorpset"], volunteersNeeded: 2),
            Event(id: "e3", title: "Lektiehjælp", start: at("2026-11-26T15:00"), durationMinutes: 60, location: "Lokale 2",
                  groups: ["Lektiecafé"], volunteersNeeded: 2),
            Event(id: "e4", title: "Bogcafé", start: at("2026-11-25T15:00"), durationMinutes: 60, location: "Caféen",
                  groups: ["Kulturkorpset"], volunteersNeeded: 1),
        ]
        library.volunteers = [
            Volunteer(id: "v1", name: "Karen Højbjerg", groups: ["Kulturkorpset"], phone: "+45 11 11 11 11", email: "karen@example.dk",
                      notes: "Karen: ringer hellere end mailer"),
            Volunteer(id: "v2", name: "Ole Fjordside Madsen", groups: ["Kulturkorpset"], phone: "+45 22 22 22 22", email: "ole@example.dk",
                      notes: "HEMMELIG note om Ole"),
            Volunteer(id: "v3", name: "Ib Strandvej", groups: ["Lektiecafé"], phone: "+45 33 33 33 33", email: "ib@example.dk", notes: "Ib-note"),
        ]
        library.shifts = [
            Shift(id: "s1", event: "e1", date: day("2026-11-14"), volunteer: "v1", role: "Vært"),
            Shift(id: "s2", event: "e1", date: day("2026-11-14"), volunteer: "v2", role: "Hjælper"),
            Shift(id: "s3", event: "e1", date: day("2026-12-12"), volunteer: "v1", role: "Vært"),
            Shift(id: "s4", event: "e1", date: day("2026-12-12"), volunteer: "v2"),
            Shift(id: "s5", event: "e3", date: day("2026-11-26"), volunteer: "v3"),
            Shift(id: "s6", event: "e2", date: day("2026-11-25"), volunteer: "v1"),
        ]
        return library
    }

    private func portal(_ library: Library = library(), now: String = "2026-11-20T12:00") throws -> VolunteerPortal {
        let now = Self.at(now)
        return try XCTUnwrap(VolunteerPortal(LibraryIndex(library), volunteer: "v1", today: now.day, now: now))
    }

    /// Every string stored anywhere inside a value, found by reflection (so a field added later is checked too).
    static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }

    static let othersPrivate = ["Fjordside", "Madsen", "+45 22", "ole@", "HEMMELIG", "Strandvej", "+45 33", "ib@", "Ib-note", "v2", "v3",
                                "Karen: ringer"]

    func testNoOtherVolunteersPrivateFieldAnywhereInThePortal() throws {
        let portal = try portal()
        let all = Self.strings(in: portal)
        XCTAssertTrue(all.contains("Ole"), "first names are there: \(all)")
        for secret in Self.othersPrivate {
            XCTAssertFalse(all.contains { $0.contains(secret) }, "\(secret) leaked: \(all.filter { $0.contains(secret) })")
        }
    }

    func testMeIsMyOwnContactDataWithoutTheStaffsNotes() throws {
        let me = try portal().me
        XCTAssertEqual(me, VolunteerPortal.Me(id: "v1", name: "Karen Højbjerg", groups: ["Kulturkorpset"], phone: "+45 11 11 11 11",
                                              email: "karen@example.dk", active: true))
    }

    func testComingShiftsWithRosterByFirstNameThenPastWithHours() throws {
        let portal = try portal()
        XCTAssertEqual(portal.library, "glostrup")
        XCTAssertEqual(portal.libraryName, "Glostrup Bibliotek")
        XCTAssertEqual(portal.coming.map(\.id), ["s6", "s3"])
        XCTAssertEqual(portal.past.map(\.id), ["s1"])
        let december = portal.coming[1]
        XCTAssertEqual(december.role, "Vært")
        XCTAssertEqual(december.occasion.event, "e1")
        XCTAssertEqual(december.occasion.title, "Repair café")
        XCTAssertEqual(december.occasion.day, Self.day("2026-12-12"))
        XCTAssertEqual(december.occasion.start, Self.at("2026-12-12T10:00"))
        XCTAssertEqual(december.occasion.end, Self.at("2026-12-12T13:00"))
        XCTAssertEqual(december.occasion.location, "Salen")
        XCTAssertEqual(december.occasion.description, "Vi reparerer")
        XCTAssertEqual(december.occasion.needed, 3)
        XCTAssertEqual(december.occasion.missing, 1)
        XCTAssertEqual(december.occasion.roster, [.init(firstName: "Karen", role: "Vært", isMe: true), .init(firstName: "Ole", role: "", isMe: false)])
        XCTAssertTrue(december.mayWithdraw)
        XCTAssertEqual(portal.past[0].occasion.minutes, 180)
        XCTAssertEqual(portal.pastMinutes(), 180)
        XCTAssertEqual(portal.pastMinutes(since: Self.day("2026-11-15")), 0)
    }

    func testOpenSlotsAreOnlyInMyGroupsAndNotWhereIAmAlready() throws {
        let portal = try portal()
        XCTAssertEqual(portal.open.map { $0.occasion.event + " " + $0.occasion.day.iso }, ["e4 2026-11-25", "e1 2027-01-09"])
        XCTAssertTrue(portal.open[1].maySignUp)
        XCTAssertEqual(portal.open[1].occasion.missing, 3)
        XCTAssertFalse(portal.open[0].maySignUp, "Bogcafé overlaps my Strikkecafé shift")
        XCTAssertEqual(portal.openRange, DayRange(Self.day("2026-11-20"), Self.day("2027-01-14")))
        let later = try self.portal(now: "2026-11-26T12:00")
        XCTAssertEqual(later.open.map(\.occasion.day.iso), ["2027-01-09"], "Repair café on 12/12 lacks one, but I am on it")
    }

    func testWithdrawingNeedsFortyEightHoursAndSignupOn() throws {
        let close = try portal(now: "2026-11-23T14:01")
        XCTAssertFalse(close.coming[0].mayWithdraw, "Strikkecafé 25/11 14:00 is less than 48 hours away")
        let index = LibraryIndex(Self.library())
        XCTAssertEqual(VolunteerSignup.withdraw(index, volunteer: "v1", shift: "s6", now: Self.at("2026-11-23T14:01")), .failure(.tooLate))
        guard case .success(let library) = VolunteerSignup.withdraw(index, volunteer: "v1", shift: "s6", now: Self.at("2026-11-23T14:00")) else {
            return XCTFail("exactly 48 hours ahead may withdraw")
        }
        XCTAssertFalse(library.shifts.contains { $0.id == "s6" })
        XCTAssertEqual(library.shifts.count, 5)
        XCTAssertEqual(VolunteerSignup.withdraw(index, volunteer: "v1", shift: "s2", now: Self.at("2026-11-01T00:00")), .failure(.notYours))
        let closed = LibraryIndex(Self.library(signup: false))
        XCTAssertEqual(VolunteerSignup.withdraw(closed, volunteer: "v1", shift: "s3", now: Self.at("2026-11-01T00:00")), .failure(.notAllowed))
        XCTAssertFalse(try portal(Self.library(signup: false)).coming.contains(where: \.mayWithdraw))
    }

    func testSigningUpTakesAnOpenSlotInMyGroupsOnly() throws {
        var library = Self.library()
        library.shifts.removeAll { $0.id == "s6" }
        let index = LibraryIndex(library)
        let now = Self.at("2026-11-20T12:00")
        guard case .success(let signed) = VolunteerSignup.signUp(index, volunteer: "v1", event: "e4", on: Self.day("2026-11-25"), now: now) else {
            return XCTFail("an open slot in my group")
        }
        let added = try XCTUnwrap(signed.shifts.last)
        XCTAssertEqual([added.event, added.date.iso, added.volunteer, added.role], ["e4", "2026-11-25", "v1", ""])
        XCTAssertEqual(VolunteerSignup.signUp(LibraryIndex(signed), volunteer: "v1", event: "e4", on: Self.day("2026-11-25"), now: now), .failure(.alreadyOn))
        XCTAssertEqual(VolunteerSignup.signUp(LibraryIndex(signed), volunteer: "v2", event: "e4", on: Self.day("2026-11-25"), now: now), .failure(.full))
        XCTAssertEqual(VolunteerSignup.signUp(index, volunteer: "v1", event: "e3", on: Self.day("2026-11-26"), now: now), .failure(.notInYourGroups))
        XCTAssertEqual(VolunteerSignup.signUp(index, volunteer: "v1", event: "e4", on: Self.day("2026-11-26"), now: now), .failure(.noSuchOccurrence))
        XCTAssertEqual(VolunteerSignup.signUp(index, volunteer: "v1", event: "e4", on: Self.day("2026-11-25"), now: Self.at("2026-11-25T15:00")),
                       .failure(.started))
        XCTAssertEqual(VolunteerSignup.signUp(LibraryIndex(Self.library()), volunteer: "v1", event: "e4", on: Self.day("2026-11-25"), now: now),
                       .failure(.overlaps("Strikkecafé")))
        library.volunteers[0].active = false
        XCTAssertEqual(VolunteerSignup.signUp(LibraryIndex(library), volunteer: "v1", event: "e4", on: Self.day("2026-11-25"), now: now), .failure(.inactive))
        library.volunteerSignup = nil
        XCTAssertEqual(VolunteerSignup.signUp(LibraryIndex(library), volunteer: "v1", event: "e4", on: Self.day("2026-11-25"), now: now), .failure(.notAllowed))
    }

    func testAnUnknownVolunteerHasNoPortal() {
        let now = Self.at("2026-11-20T12:00")
        XCTAssertNil(VolunteerPortal(LibraryIndex(Self.library()), volunteer: "v99", today: now.day, now: now))
    }

    func testARangeLimitsEveryList() throws {
        let now = Self.at("2026-11-20T12:00")
        let range = DayRange(Self.day("2026-11-25"), Self.day("2026-11-30"))
        let portal = try XCTUnwrap(VolunteerPortal(LibraryIndex(Self.library()), volunteer: "v1", today: now.day, now: now, range: range))
        XCTAssertEqual(portal.coming.map(\.id), ["s6"])
        XCTAssertEqual(portal.past.map(\.id), [])
        XCTAssertEqual(portal.openRange, range)
    }

    func testRefusalsSpeakBothLanguages() {
        let all: [VolunteerSignup.Refusal] = [.notAllowed, .inactive, .started, .notInYourGroups, .full, .alreadyOn, .overlaps("X"), .tooLate,
                                              .notYours, .noSuchOccurrence]
        for refusal in all {
            XCTAssertNotEqual(refusal.message(.danish), refusal.message(.english))
            XCTAssertFalse(refusal.message(.danish).isEmpty)
        }
    }
}
