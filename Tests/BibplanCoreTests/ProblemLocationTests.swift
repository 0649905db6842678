import XCTest
@testable import BibplanCore

/// Problems found after decoding (references, duplicates) carry their line and
/// column too, as problems of shape do (issue 15, and the README's promise).
final class ProblemLocationTests: XCTestCase {
    private static let text = """
    {
      "schema": 1,
      "id": "lille",
      "name": "Lille",
      "rooms": [ { "name": "Salen" },
                 { "name": "Caféen" },
                 { "name": "Salen", "capacity": 4 } ],
      "categories": [ { "id": "boern", "name": "Børn", "colour": "yellow" },
        { "id": "boern", "name": "Børn igen", "colour": "blue" } ],
      "events": [ { "id": "e1", "title": "Strik", "start": "2026-11-10T14:00", "room": "Salen" } ],
      "volunteers": [ { "id": "v1", "name": "Åse" } ],
      "shifts": [
        { "id": "s1", "event": "e999", "date": "2026-11-10", "volunteer": "v1" },
        { "id": "s2", "event": "e1", "date": "2026-11-10",
          "volunteer": "v9" }
      ]
    }
    """

    private func problems() -> [String] {
        do throws(LibraryLoadError) {
            _ = try LibraryCodec.decode(Array(Self.text.utf8), file: "lille.json")
            XCTFail("the file loaded")
        } catch {
            return error.problems.map(\.description)
        }
        return []
    }

    func testDuplicateRoomNamesAndCategoryIDsAreErrorsAtTheirLine() {
        let found = problems()
        XCTAssertTrue(found.contains(#"lille.json:7:24: rooms[2].name: duplicate room name "Salen" (also rooms[0])"#), "\(found)")
        XCTAssertTrue(found.contains(#"lille.json:9:13: categories[1].id: duplicate id "boern" (also categories[0])"#), "\(found)")
    }

    func testReferenceProblemsCarryTheirLine() {
        let found = problems()
        XCTAssertTrue(found.contains(#"lille.json:13:28: shifts[0].event: no event "e999""#), "\(found)")
        XCTAssertTrue(found.contains(#"lille.json:15:20: shifts[1].volunteer: no volunteer "v9""#), "\(found)")
        XCTAssertEqual(found.count, 4, "\(found)")
    }

    func testTheLocatorFindsNestedPathsAndIgnoresTheRest() {
        let bytes = Array(#"{"a": [1, {"b": [true, "x"]}], "c": {"d": null}}"#.utf8)
        let found = bytes.withUnsafeBufferPointer { JSONPathLocator.locate(["a[1].b[1]", "c.d", "a[5]", "zz"], in: $0) }
        XCTAssertEqual(found["a[1].b[1]"]?.column, 24)
        XCTAssertEqual(found["c.d"]?.column, 43)
        XCTAssertNil(found["a[5]"])
        XCTAssertNil(found["zz"])
    }
}
