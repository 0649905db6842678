import Foundation
import BibplanResources
import XCTest
@testable import BibplanCore

/// Writing and reading a library: LibraryCodec against itself and against Foundation's Codable.
final class LibraryCodecTests: XCTestCase {
    /// Text that needs escaping, Danish letters and characters outside the BMP.
    private static let awkward = "Æblegrød på Ærø – æøå ÆØÅ \"citat\" \\sti\\ / ny\nlinje\ttab\r \u{1b}[31m \u{7f} \u{0} 😀"

    // MARK: Helpers

    private func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Day {
        try XCTUnwrap(Day(iso: text), file: file, line: line)
    }

    private func decode(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> Library {
        do throws(LibraryLoadError) {
            return try LibraryCodec.decode(bytes, file: "glostrup.json")
        } catch {
            XCTFail("should load: \(error)", file: file, line: line)
            throw error
        }
    }

    /// A library with every field set, all text awkward.
    private func fullLibrary() throws -> Library {
        let text = Self.awkward
        let goals = [
            Goal(id: "g1", title: "Litteratur, viden og fællesskaber " + text, description: text, owner: "Bibliotekschef Åse",
                 status: .onTrack, progress: 40, successCriteria: ["Flere lånere", text], due: try day("2027-12-31"),
                 themes: [.reading, .communities], measures: [Measure(label: "Besøgende", unit: "besøgende", current: 190_044, target: 200_000)]),
            Goal(id: "g2", parent: "g1", title: "Læselyst", description: "Børn og unge", owner: "Ørnulf",
                 status: .atRisk, progress: 100, successCriteria: ["10 læseklubber"], due: try day("2026-06-30"), themes: [.children],
                 measures: [Measure(label: "Lån " + text, unit: "bøger", current: 49_796, baseline: 40_000)]),
        ]
        let initiatives = [
            Initiative(id: "i1", title: "Litteratur på bassinkanten", goals: ["g1", "g2"], owner: text,
                       partners: ["Glostrup Fritidscenter", text], status: .cancelled, from: try day("2026-01-01"),
                       to: try day("2026-12-31"), funding: "Slots- og Kulturstyrelsen", notes: text, themes: [.coCreation],
                       category: "baeredygtighed"),
        ]
        let events = [
            Event(id: "e1", title: "Repair café " + text, start: try XCTUnwrap(LocalDateTime(iso: "2026-01-10T10:00")),
                  durationMinutes: 180, rrule: "FREQ=MONTHLY;BYDAY=2SA", exdates: [try day("2026-07-11"), try day("2026-12-12")],
                  location: "Salen, 1. sal", audience: .families, initiative: "i1", capacity: 20,
                  groups: ["Kulturkorpset", "Værkstedet"], volunteersNeeded: 2, description: text,
                  status: .published, room: "Salen", category: "baeredygtighed",
                  cancellations: [Cancellation(date: try day("2026-12-12"), reason: "Juleferie " + text)],
                  registrations: [Registration(date: try day("2026-11-14"), count: 18)],
                  overrides: [OccurrenceOverride(date: try day("2026-10-10"), start: try XCTUnwrap(LocalDateTime(iso: "2026-10-11T14:00")),
                                                 durationMinutes: 90, title: "Flyttet " + text,
                                                     room: "Salen", location: text, description: text)]),
        ]
        let volunteers = [
            Volunteer(id: "v1", name: "Søren Ærbø", groups: ["Kulturkorpset"], phone: "+45 43 23 40 00",
                      email: "soeren@example.dk", active: false, notes: text),
        ]
        let shifts = [Shift(id: "s1", event: "e1", date: try day("2026-11-14"), volunteer: "v1", role: "Vært " + text, offered: true)]
        var library = Library(id: "glostrup", name: "Glostrup Bibliotek", municipality: "Glostrup Kommune",
                              address: "Kildevældets Allé 5, 2600 Glostrup", timeZone: "Europe/Copenhagen", vision: text,
                              plan: Plan(title: "Virksomhedsplan 2026/27", from: try day("2026-01-01"), to: try day("2027-12-31")),
                              rooms: [Room(name: "Salen", capacity: 80), Room(name: "Børnebiblioteket " + text)],
                              categories: [Category(id: "baeredygtighed", name: "Bæredygtighed & verdensmål", colour: .green)],
                              goals: goals, initiatives: initiatives, events: events, volunteers: volunteers, shifts: shifts)
        library.openingHours = OpeningHours(staffed: WeeklyHours(everyDay: [ClockSpan(from: 600, to: 1140)]),
                                            selfService: WeeklyHours(everyDay: [ClockSpan(from: 420, to: 1320)]), publicHolidays: .open)
        library.closingDays = [ClosingDay(from: try day("2026-12-24"), to: try day("2026-12-26"), reason: "jul " + text)]
        library.events[0].onClosingDay = .skip
        library.exampleContent = "Tiderne er opdigtede " + text
        library.goals[0].priority = 1
        library.goals[0].contributes = ["ddf-strategi", text]
        library.goals[1].contributes = ["kb-strategi"]
        library.initiatives[0].contributes = ["cb-materialeoverbygning"]
        return library
    }

    // MARK: Round trips

    func testFullLibraryRoundTrips() throws {
        let library = try fullLibrary()
        XCTAssertEqual(try decode(LibraryCodec.encode(library)), library)
    }

    func testMinimalLibraryRoundTrips() throws {
        let library = Library(id: "ballerup", name: "Ballerup Bibliotekerne",
                              goals: [Goal(id: "g1", title: "Mål")],
                              events: [Event(id: "e1", title: "Enkelt", start: try XCTUnwrap(LocalDateTime(iso: "2026-05-01T00:00")))])
        XCTAssertEqual(try decode(LibraryCodec.encode(library)), library)
    }

    func testEncodingIsDeterministicAndStable() throws {
        let library = try fullLibrary()
        let first = LibraryCodec.encode(library)
        XCTAssertEqual(LibraryCodec.encode(library), first)
        XCTAssertEqual(LibraryCodec.encode(try decode(first)), first)
    }

    func testFoundationDecodesWhatLibraryCodecWrites() throws {
        let library = try fullLibrary()
        let decoded = try JSONDecoder().decode(Library.self, from: Data(LibraryCodec.encode(library)))
        XCTAssertEqual(decoded, library)
    }

    func testLibraryCodecDecodesWhatFoundationWrites() throws {
        let library = try fullLibrary()
        let encoder = JSONEncoder()
        XCTAssertEqual(try decode(Array(try encoder.encode(library))), library)
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        XCTAssertEqual(try decode(Array(try encoder.encode(library))), library)
    }

    // MARK: The written text

    func testWrittenTextShape() throws {
        let text = String(decoding: LibraryCodec.encode(try fullLibrary()), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n  \"schema\": 1,\n  \"id\": \"glostrup\",\n"), text)
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertTrue(text.contains("æøå ÆØÅ"), "Danish letters are written as they are")
        XCTAssertTrue(text.contains(#"\"citat\" \\sti\\ / ny\nlinje\ttab\r \u001b[31m \u007f \u0000"#), text)
        XCTAssertFalse(text.contains("\u{1b}"), "no raw control characters")
        XCTAssertTrue(text.contains(#"    { "id": "s1", "event": "e1", "date": "2026-11-14", "volunteer": "v1", "#), "a shift takes one line")
        XCTAssertTrue(text.contains(#""plan": { "title": "Virksomhedsplan 2026/27", "from": "2026-01-01", "to": "2027-12-31" }"#))
    }

    func testTopLevelGoalIsWrittenWithNullParent() throws {
        let text = String(decoding: LibraryCodec.encode(try fullLibrary()), as: UTF8.self)
        XCTAssertTrue(text.contains(#""id": "g1",\#n      "parent": null,"#), text)
        XCTAssertTrue(text.contains(#""id": "g2",\#n      "parent": "g1","#), text)
    }

    // MARK: The sample libraries

    /// The samples compiled into the binary, all four of them: a missing one fails.
    func testSampleLibrariesLoadWithoutProblems() throws {
        let samples = EmbeddedResources.sampleLibraries
        XCTAssertEqual(samples.keys.sorted(), ["albertslund", "ballerup", "glostrup", "taarnby"], "the embedded sample libraries")
        for (id, text) in samples.sorted(by: { $0.key < $1.key }) {
            let name = id + ".json"
            let bytes = Array(text.utf8)
            do throws(LibraryLoadError) {
                let library = try LibraryCodec.decode(bytes, file: name)
                XCTAssertEqual(library.id + ".json", name, "a library's id matches its file name")
                XCTAssertEqual(LibraryCodec.encode(library), LibraryCodec.encode(try decode(LibraryCodec.encode(library))), name)
            } catch {
                XCTFail("\(name):\n\(error)")
            }
        }
    }
}

extension LibraryCodecTests {
    func testNameIsReadWithoutTheRest() {
        XCTAssertEqual(LibraryCodec.name(in: Array(#"{"schema": 1, "id": "x", "goals": [{"a": [1, {"b": null}]}], "name": "Tårnby Bibliotek"}"#.utf8)), "Tårnby Bibliotek")
        XCTAssertNil(LibraryCodec.name(in: Array(#"{"schema": 1, "id": "x""#.utf8)))
        XCTAssertNil(LibraryCodec.name(in: Array("[]".utf8)))
    }
}
