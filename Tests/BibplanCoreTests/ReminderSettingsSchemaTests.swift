import BibplanCore
import XCTest

/// The library's optional `sendmail` and `language`, read, checked and written back.
final class ReminderSettingsSchemaTests: XCTestCase {
    private func decode(_ extra: String) throws -> Library {
        try LibraryCodec.decode(Array(#"{ "schema": 1, "id": "lille", "name": "Lille", \#(extra) }"#.utf8), file: "lille.json")
    }

    func testTheSettingsReadAndAreWrittenOnlyWhenPresent() throws {
        let library = try decode(#""sendmail": "/usr/bin/msmtp -t --read-envelope-from", "language": "en""#)
        XCTAssertEqual(library.sendmail, "/usr/bin/msmtp -t --read-envelope-from")
        XCTAssertEqual(library.language, .english)
        XCTAssertEqual(SendmailCommand.of(library), SendmailCommand("/usr/bin/msmtp -t --read-envelope-from"))
        XCTAssertEqual(SendmailCommand.of(library)?.arguments, ["-t", "--read-envelope-from"])
        XCTAssertEqual(try LibraryCodec.decode(LibraryCodec.encode(library), file: "lille.json"), library)
        let plain = try decode(#""vision": """#)
        XCTAssertFalse(String(decoding: LibraryCodec.encode(plain), as: UTF8.self).contains("sendmail"))
        XCTAssertEqual(SendmailCommand.of(plain)?.program, "/usr/sbin/sendmail")
    }

    func testABadCommandOrLanguageIsAProblemWithItsPath() {
        XCTAssertThrowsError(try decode(#""sendmail": "sendmail -t""#)) { error in
            XCTAssertTrue("\(error)".contains("sendmail: \"sendmail -t\" is not a command"), "\(error)")
        }
        XCTAssertThrowsError(try decode(#""sendmail": "/usr/sbin/sendmail\n-t""#))
        XCTAssertThrowsError(try decode(#""language": "de""#)) { error in
            XCTAssertTrue("\(error)".contains("language"), "\(error)")
        }
    }
}
