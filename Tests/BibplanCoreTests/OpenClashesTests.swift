import XCTest
@testable import BibplanCore

/// `<id>.clashes.json`: what a git merge leaves open, read back with checks, settled per path.
final class OpenClashesTests: XCTestCase {
    private let ours = Library(id: "lille", name: "Lille",
                               goals: [Goal(id: "g1", title: "Læselyst", progress: 30), Goal(id: "g2", title: "Fællesskaber", progress: 5)])

    private func clashes() -> OpenClashes {
        let clash = ThreeWayMerge.Clash(kind: "goals", id: "g1", fields: ["title", "progress"], deleted: false,
                                        values: [("title", "Læselyst", "Læselyst for alle"), ("progress", "30", "90")])
        let removed = ThreeWayMerge.Clash(kind: "goals", id: "g2", fields: [], deleted: true)
        return OpenClashes(library: "lille", merges: [OpenClashes.Merge(time: "2026-12-03T14:20:05Z", by: "helle",
                                                                        clashes: [clash, removed], ours: ours)])
    }

    func testWrittenAndReadBackTheSame() throws {
        let original = clashes()
        let read = try OpenClashes.decode(original.encode(), file: "lille.clashes.json")
        XCTAssertEqual(read, original)
        XCTAssertEqual(read.open.map(\.path), ["goals[g1].title", "goals[g1].progress", "goals[g2]"])
        XCTAssertEqual(read.open.last?.ours, "changed", "ours still has g2: theirs deleted it")
    }

    func testKeepingOursOneFieldAtATime() throws {
        var theirs = ours
        theirs.goals[0].title = "Læselyst for alle"
        theirs.goals[0].progress = 90
        theirs.goals.removeLast()
        let (library, rest) = try clashes().resolve("goals[g1].progress", keep: .ours, in: theirs)
        XCTAssertEqual(library.goals[0].progress, 30)
        XCTAssertEqual(library.goals[0].title, "Læselyst for alle", "the other field is still open, theirs stands")
        XCTAssertEqual(rest.open.map(\.path), ["goals[g1].title", "goals[g2]"])
        let (kept, after) = try rest.resolve("goals[g2]", keep: .ours, in: library)
        XCTAssertEqual(kept.goals.map(\.id), ["g1", "g2"], "the item theirs deleted comes back")
        let (same, last) = try after.resolve("goals[g1].title", keep: .theirs, in: kept)
        XCTAssertEqual(same, kept)
        XCTAssertTrue(last.isEmpty)
        XCTAssertThrowsError(try last.resolve("goals[g1].title", keep: .ours, in: kept))
    }

    func testBrokenFilesAreRefusedWithThePlace() {
        let good = String(decoding: clashes().encode(), as: UTF8.self)
        let broken = [
            good.replacingOccurrences(of: "\"schema\": 1", with: "\"schema\": 2"),
            good.replacingOccurrences(of: "\"kind\": \"goals\"", with: "\"kind\": \"rooms\""),
            good.replacingOccurrences(of: "\"library\": \"lille\"", with: "\"library\": \"../x\""),
            good.replacingOccurrences(of: "\"time\": \"2026-12-03T14:20:05Z\"", with: "\"time\": \"i går\""),
            good.replacingOccurrences(of: "\"by\"", with: "\"who\""),
            good.replacingOccurrences(of: "\"30\" ]", with: "\"30\", \"31\" ]"),
            String(good.prefix(good.count / 2)),
            "",
        ]
        for text in broken {
            XCTAssertThrowsError(try OpenClashes.decode(Array(text.utf8), file: "lille.clashes.json"), text) { error in
                XCTAssertTrue("\(error)".contains("lille.clashes.json"), "\(error)")
            }
        }
    }
}
