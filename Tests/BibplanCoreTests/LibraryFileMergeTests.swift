import BibplanCore
import XCTest

/// Three versions of a library file merged as git hands them to its merge driver.
final class LibraryFileMergeTests: XCTestCase {
    private let base = Library(id: "lille", name: "Lille Bibliotek",
                               goals: [Goal(id: "g1", title: "Læselyst", progress: 10), Goal(id: "g2", title: "Fællesskaber",
                                   progress: 20)])

    private func bytes(_ change: (inout Library) -> Void) -> [UInt8] {
        var library = base
        change(&library)
        return LibraryCodec.encode(library)
    }

    private func decoded(_ bytes: [UInt8]) throws -> Library { try LibraryCodec.decode(bytes, file: "lille.json") }

    func testChangesToDifferentItemsAreBothKept() throws {
        let result = try LibraryFileMerge.merge(base: LibraryCodec.encode(base), ours: bytes { $0.goals[0].title = "Læselyst for alle" },
                                                theirs: bytes { $0.goals[1].progress = 55 }, file: "lille.json")
        XCTAssertEqual(result.clashes, [])
        let merged = try decoded(result.bytes)
        XCTAssertEqual(merged.goals.map(\.title), ["Læselyst for alle", "Fællesskaber"])
        XCTAssertEqual(merged.goals.map(\.progress), [10, 55])
    }

    func testTheSameFieldIsAClashThatKeepsTheirsAndNamesBoth() throws {
        let result = try LibraryFileMerge.merge(base: LibraryCodec.encode(base),
                                                ours: bytes { $0.goals[1].progress = 30; $0.goals[0].status = .atRisk },
                                                theirs: bytes { $0.goals[1].progress = 90 }, file: "lille.json")
        XCTAssertEqual(result.clashes.flatMap(\.paths), ["goals[g2].progress"])
        XCTAssertEqual(result.clashes.first?.values.map { [$0.mine, $0.theirs] }, [["30", "90"]])
        let merged = try decoded(result.bytes)
        XCTAssertEqual(merged.goals[1].progress, 90, "theirs stays in the clashing field")
        XCTAssertEqual(merged.goals[0].status, .atRisk, "what did not clash is merged")
    }

    func testAnEmptyBaseKeepsTheItemsOfBothSides() throws {
        let result = try LibraryFileMerge.merge(base: [], ours: bytes { $0.goals = [Goal(id: "g1", title: "Vores")] },
                                                theirs: bytes { $0.goals = [Goal(id: "g7", title: "Deres")] }, file: "lille.json")
        XCTAssertEqual(result.clashes, [])
        XCTAssertEqual(Set(try decoded(result.bytes).goals.map(\.title)), ["Vores", "Deres"])
    }

    func testAnInvalidVersionIsNamedAndNothingIsMerged() {
        XCTAssertThrowsError(try LibraryFileMerge.merge(base: LibraryCodec.encode(base), ours: Array("{\"schema\": 1".utf8),
                                                        theirs: LibraryCodec.encode(base), file: "lille.json")) { error in
            XCTAssertEqual((error as? LibraryFileMerge.Failure)?.side, .ours)
            XCTAssertTrue("\(error)".hasPrefix("ours: lille.json:1:"), "\(error)")
        }
    }
}
