@testable import BibplanCore
import XCTest

/// Two sessions' changes to one library, merged item by item and field by field.
final class ThreeWayMergeTests: XCTestCase {
    private let base = Library(id: "lille", name: "Lille Bibliotek",
                               goals: [Goal(id: "g1", title: "Læselyst", progress: 10), Goal(id: "g2", title: "Fællesskaber", progress: 20)],
                               volunteers: [Volunteer(id: "v1", name: "Åse Ørsted")])

    private func merged(_ mine: Library, _ theirs: Library, file: StaticString = #filePath, line: UInt = #line) -> Library? {
        guard case .merged(let library) = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs) else {
            XCTFail("expected a clean merge", file: file, line: line)
            return nil
        }
        return library
    }

    func testDifferentItemsBothWin() throws {
        var mine = base, theirs = base
        mine.goals[0].status = .atRisk
        theirs.goals[1].progress = 55
        let result = try XCTUnwrap(merged(mine, theirs))
        XCTAssertEqual(result.goals[0].status, .atRisk)
        XCTAssertEqual(result.goals[1].progress, 55)
    }

    func testDifferentFieldsOfOneItemBothWin() throws {
        var mine = base, theirs = base
        mine.goals[0].status = .onTrack
        theirs.goals[0].progress = 70
        let result = try XCTUnwrap(merged(mine, theirs))
        XCTAssertEqual(result.goals[0].status, .onTrack)
        XCTAssertEqual(result.goals[0].progress, 70)
        XCTAssertEqual(result.goals[0].title, "Læselyst")
    }

    func testAdditionsOnBothSidesAreKept() throws {
        var mine = base, theirs = base
        mine.goals.append(Goal(id: "g3", title: "Mine"))
        theirs.volunteers.append(Volunteer(id: "v2", name: "Theirs"))
        theirs.goals.append(Goal(id: "g4", title: "Theirs"))
        let result = try XCTUnwrap(merged(mine, theirs))
        XCTAssertEqual(result.goals.map(\.id), ["g1", "g2", "g4", "g3"])
        XCTAssertEqual(result.volunteers.map(\.id), ["v1", "v2"])
    }

    func testDeletionOfAnUntouchedItemWins() throws {
        var mine = base, theirs = base
        mine.goals.removeAll { $0.id == "g2" }
        theirs.goals[0].progress = 40
        let result = try XCTUnwrap(merged(mine, theirs))
        XCTAssertEqual(result.goals.map(\.id), ["g1"])
        XCTAssertEqual(result.goals[0].progress, 40)
    }

    func testSameFieldChangedBothWaysIsAClash() {
        var mine = base, theirs = base
        mine.goals[0].progress = 30
        theirs.goals[0].progress = 90
        guard case .clashes(let clashes, _) = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs) else { return XCTFail("expected a clash") }
        XCTAssertEqual(clashes, [ThreeWayMerge.Clash(kind: "goals", id: "g1", fields: ["progress"], deleted: false, values: [("progress", "30", "90")])])
        XCTAssertEqual(clashes[0].description, "goals[g1].progress: mine 30, theirs 90")
        XCTAssertEqual(clashes[0].paths, ["goals[g1].progress"], "named by the schema's keys")
    }

    func testChangedHereDeletedThereIsAClashBothWays() {
        var mine = base, theirs = base
        mine.goals[1].title = "Fællesskaber i byen"
        theirs.goals.removeAll { $0.id == "g2" }
        guard case .clashes(let first, _) = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs) else { return XCTFail("expected a clash") }
        XCTAssertEqual(first.map(\.deleted), [true])
        guard case .clashes(let second, _) = ThreeWayMerge.merge(base: base, mine: theirs, theirs: mine) else { return XCTFail("expected a clash") }
        XCTAssertEqual(second.map(\.id), ["g2"])
    }

    func testSameChangeOnBothSidesIsNoClash() throws {
        var mine = base, theirs = base
        mine.goals[0].progress = 50
        theirs.goals[0].progress = 50
        XCTAssertEqual(try XCTUnwrap(merged(mine, theirs)).goals[0].progress, 50)
    }

    func testLibraryFieldsMergeToo() throws {
        var mine = base, theirs = base
        mine.vision = "Borgernes hus"
        theirs.address = "Kildevældets Allé 5"
        let result = try XCTUnwrap(merged(mine, theirs))
        XCTAssertEqual(result.vision, "Borgernes hus")
        XCTAssertEqual(result.address, "Kildevældets Allé 5")
    }
}

extension ThreeWayMergeTests {
    func testKeepingMinePutsMyVersionOfTheClashingItemBack() {
        var mine = base, theirs = base
        mine.goals[0].progress = 30
        theirs.goals[0].progress = 90
        theirs.goals[1].title = "Fællesskaber i byen"
        guard case .clashes(let clashes, let partial) = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs) else { return XCTFail("clash") }
        XCTAssertEqual(partial.goals[0].progress, 90, "the partial merge keeps theirs where it clashes")
        let kept = ThreeWayMerge.keepingMine(clashes, partial: partial, mine: mine)
        XCTAssertEqual(kept.goals[0].progress, 30)
        XCTAssertEqual(kept.goals[1].title, "Fællesskaber i byen", "their other change stays")
    }

    func testKeepingMineKeepsTheirOtherFieldsOfTheSameItem() {
        var mine = base, theirs = base
        mine.goals[0].progress = 30
        theirs.goals[0].progress = 90
        theirs.goals[0].owner = "Helle"
        guard case .clashes(let clashes, let partial) = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs) else { return XCTFail("clash") }
        let kept = ThreeWayMerge.keepingMine(clashes, partial: partial, mine: mine)
        XCTAssertEqual(kept.goals[0].progress, 30)
        XCTAssertEqual(kept.goals[0].owner, "Helle", "keeping mine is about the clashing field only")
    }

    func testTwoSessionsAddingUnderTheSameNextIDKeepBothItems() throws {
        var mine = base, theirs = base
        mine.goals.append(Goal(id: "g3", title: "Mit mål"))
        mine.initiatives.append(Initiative(id: "i1", title: "Mit initiativ", goals: ["g3"]))
        theirs.goals.append(Goal(id: "g3", title: "Deres mål"))
        let result = try XCTUnwrap(merged(mine, theirs))
        XCTAssertEqual(result.goals.map(\.title), ["Læselyst", "Fællesskaber", "Deres mål", "Mit mål"])
        XCTAssertEqual(result.goals.map(\.id), ["g1", "g2", "g3", "g4"])
        XCTAssertEqual(result.initiatives.first?.goals, ["g4"], "a reference to the moved item moves with it")
    }

    func testEveryFieldOfEveryKindMerges() {
        // One field each, changed on both sides to different values: each must clash by its schema name.
        var mine = base, theirs = base
        mine.volunteers[0].phone = "1"
        theirs.volunteers[0].phone = "2"
        mine.municipality = "A"
        theirs.municipality = "B"
        guard case .clashes(let clashes, _) = ThreeWayMerge.merge(base: base, mine: mine, theirs: theirs) else { return XCTFail("clash") }
        XCTAssertEqual(clashes.flatMap(\.paths), ["library.municipality", "volunteers[v1].phone"])
        XCTAssertEqual(MergeFields.goals.map(\.name), GoalKey.allCases.map(\.rawValue))
        XCTAssertEqual(MergeFields.events.map(\.name), EventKey.allCases.map(\.rawValue))
    }
}
