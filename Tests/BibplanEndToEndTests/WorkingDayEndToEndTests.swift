import BibplanCore
import Foundation
import XCTest

/// The working day in the real program: a time called off with its reason, sign-ups
/// counted at the counter, the category filter, a copied event, computed health.
final class WorkingDayEndToEndTests: TmuxTestCase {
    func testCancelCountFilterCopyAndHealth() throws {
        let session = try startProgram("--library glostrup --today 2026-11-28 --lang da")
        try session.waitFor { $0.contains("Krea værksted") }
        try session.send("x")
        try session.send("-l", "Lokalet males")
        try session.send("Enter")
        var screen = try session.waitFor { $0.contains("✕ aflyst") && $0.contains("Krea værksted") }
        XCTAssertTrue(screen.contains("aflyst: Lokalet males"), screen)

        try session.send("Down", "Enter", "+", "+", "+")
        screen = try session.waitFor { $0.contains("Tilmeldte: 3") }
        XCTAssertTrue(screen.contains("Tilmeldte: 3"), screen)
        try session.send("Escape", "f")
        screen = try session.waitFor { $0.contains("Kategori: Litteratur") }
        XCTAssertTrue(screen.contains("Ingen arrangementer denne dag."), "no literature event on this Saturday:\n\(screen)")
        try session.send("f", "c")
        screen = try session.waitFor { $0.contains("(kopi)") }
        try session.send("Enter")
        screen = try session.waitFor { $0.contains("Krea værksted (kopi)") && !$0.contains("Nyt arrangement") }

        try session.send("1")
        screen = try session.waitFor { $0.contains("Beregnet:") }
        XCTAssertTrue(screen.contains("Beregnet:  "), screen)
        try quit(session)

        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dataDirectory + "/glostrup.json")))
        let library = try LibraryCodec.decode(bytes, file: "glostrup.json")
        let krea = try XCTUnwrap(library.events.first { $0.id == "e9" })
        XCTAssertEqual(krea.cancellations.map(\.reason), ["Lokalet males"])
        XCTAssertEqual(library.events.first { $0.id == "e23" }?.registrations.map(\.count), [3])
        XCTAssertEqual(library.events.last?.title, "Krea værksted (kopi)")
    }
}
