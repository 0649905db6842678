import BibplanCore
import BibplanResources
import XCTest

/// The shipped `landscape.json`: the central parties seed 004 names, and nothing it does not (issue 19).
final class LandscapeFileTests: XCTestCase {
    private func shipped() throws -> Landscape {
        let text = try XCTUnwrap(EmbeddedResources.text(at: "landscape.json"))
        return try LandscapeCodec.decode(Array(text.utf8), file: "landscape.json")
    }

    func testItHoldsTheCentralPartiesTheMeetingNames() throws {
        let landscape = try shipped()
        XCTAssertEqual(landscape.actors.map(\.name), ["Det Digitale Folkebibliotek", "Det Kgl. Bibliotek", "Bibliotekernes Data og IT",
                                                      "Centralbibliotekerne", "Kombit"])
        XCTAssertEqual(landscape.items.map(\.item.title), [
            "Nye analyser og strategier for den digitale fremtid", "Det Kgl. Biblioteks strategi",
            "Nye analyser og strategier for den digitale fremtid", "Centralbibliotekernes digitale materialeoverbygning", "Kombits strategi",
        ])
        XCTAssertTrue(landscape.items.allSatisfy { $0.item.themes == [.digitalisation] })
        XCTAssertTrue(landscape.items.allSatisfy { $0.item.from == nil && $0.item.to == nil }, "the meeting gives no periods")
    }

    /// Every description is a sentence of the meeting's invitation, word for word.
    func testEveryDescriptionIsTheSeedsOwnSentence() throws {
        let sentences = [
            "Det Digitale Folkebibliotek (DDF) og centralbibliotekerne er begge på trapperne med nye analyser og strategier for den digitale fremtid.",
            "Det er oplagt, at vi – når vi mødes – diskuterer de nye strategiske elementer i forhold til andre aktørers strategier som for eksempel Kombit og Det Kgl. Bibliotek.",
            "Debatten tager udgangspunkt i en kortlægning, som skal give os fælles overblik over strategier, infrastruktur og produkter fra centrale parter, bl.a. Det Digitale Folkebibliotek, Det Kgl. Bibliotek, Bibliotekernes Data og IT samt Centralbibliotekernes digitale materialeoverbygning.",
        ]
        for (actor, item) in try shipped().items {
            XCTAssertTrue(sentences.contains(item.description), "\(actor.id) \(item.id): \(item.description)")
        }
    }

    func testTheCodecRefusesANewerSchemaAndAnEmptyFile() {
        XCTAssertThrowsError(try LandscapeCodec.decode(Array(#"{"schema": 2, "actors": []}"#.utf8), file: "landscape.json")) { error in
            XCTAssertEqual(error as? LibraryLoadError, .newerSchema(file: "landscape.json", found: 2))
        }
        XCTAssertThrowsError(try LandscapeCodec.decode([], file: "landscape.json"))
        XCTAssertThrowsError(try LandscapeCodec.decode(Array(#"{"actors": [{"id": "a", "items": []}]}"#.utf8), file: "landscape.json")) { error in
            XCTAssertEqual((error as? LibraryLoadError)?.problems.map(\.description),
                           [#"landscape.json:1:13: actors[0]: missing "name""#, #"landscape.json:1:1: missing "schema""#])
        }
    }

    func testAGoalsPriorityIsRangeCheckedAndContributesAreTexts() {
        let text = #"""
        {"schema": 1, "id": "x", "name": "X", "goals": [{"id": "g1", "parent": null, "title": "A", "status": "on-track", "progress": 1,
         "priority": 0, "contributes": ["ddf", 3]}], "initiatives": [], "events": [], "volunteers": [], "shifts": []}
        """#
        XCTAssertThrowsError(try LibraryCodec.decode(Array(text.utf8), file: "x.json")) { error in
            let problems = (error as? LibraryLoadError)?.problems.map(\.description) ?? []
            XCTAssertEqual(problems.count, 2, "\(problems)")
            XCTAssertTrue(problems.first?.hasPrefix("x.json:2:14: goals[0].priority: ") == true, "\(problems)")
            XCTAssertTrue(problems.last?.hasPrefix("x.json:2:40: goals[0].contributes[1]: ") == true, "\(problems)")
        }
    }
}
