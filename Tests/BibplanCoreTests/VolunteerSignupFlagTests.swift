import XCTest
@testable import BibplanCore

/// `"volunteerSignup": true` in a library file: read, written back, absent means false.
final class VolunteerSignupFlagTests: XCTestCase {
    func testTheFlagRoundTripsAsWrittenAndAbsentMeansNo() throws {
        var library = Library(id: "glostrup", name: "Glostrup Bibliotek")
        let plain = LibraryCodec.encode(library)
        XCTAssertFalse(String(decoding: plain, as: UTF8.self).contains("volunteerSignup"))
        XCTAssertFalse(try LibraryCodec.decode(plain, file: "glostrup.json").allowsVolunteerSignup)
        library.volunteerSignup = false
        XCTAssertEqual(try LibraryCodec.decode(LibraryCodec.encode(library), file: "glostrup.json"), library)
        XCTAssertFalse(library.allowsVolunteerSignup)
        library.volunteerSignup = true
        XCTAssertTrue(library.allowsVolunteerSignup)
        let bytes = LibraryCodec.encode(library)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("\"volunteerSignup\": true"))
        XCTAssertEqual(try LibraryCodec.decode(bytes, file: "glostrup.json"), library)
    }

    func testANonBooleanFlagIsAProblem() {
        let text = "{ \"schema\": 1, \"id\": \"g\", \"name\": \"G\", \"volunteerSignup\": \"yes\" }"
        XCTAssertThrowsError(try LibraryCodec.decode(Array(text.utf8), file: "g.json")) { error in
            XCTAssertTrue("\(error)".contains("volunteerSignup: expected true or false"), "\(error)")
        }
    }
}
