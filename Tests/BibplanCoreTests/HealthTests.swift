import BibplanCore
import XCTest

/// Computed health beside the manual status: progress expected by the calendar
/// against progress by the figures, rolled up the tree.
final class HealthTests: XCTestCase {
    private func day(_ text: String) throws -> Day { try XCTUnwrap(Day(iso: text)) }

    private func library() throws -> Library {
        Library(id: "test", name: "Test", plan: Plan(title: "Plan", from: try day("2026-01-01"), to: try day("2027-12-31")), goals: [
            Goal(id: "g1", title: "Fællesskaber", status: .onTrack, progress: 0, due: try day("2027-12-31")),
            Goal(id: "g1.1", parent: "g1", title: "Besøgende", status: .onTrack, progress: 10,
                 measures: [Measure(label: "Besøgende", unit: "besøgende", current: 190_044, target: 200_000, baseline: 180_000)]),
            Goal(id: "g1.2", parent: "g1", title: "Læsekredse", status: .atRisk, progress: 20),
            Goal(id: "g2", title: "Uden plan for tid", status: .notStarted, progress: 0),
        ], initiatives: [
            Initiative(id: "i1", title: "Aktiv", status: .active, from: try day("2026-01-01"), to: try day("2026-12-31")),
            Initiative(id: "i2", title: "Forsinket", status: .active, from: try day("2025-01-01"), to: try day("2025-12-31")),
            Initiative(id: "i3", title: "Kommende", status: .planned, from: try day("2027-03-01")),
            Initiative(id: "i4", title: "På pause", status: .paused),
        ])
    }

    func testAMeasureCountsFromItsBaselineToItsTarget() {
        XCTAssertEqual(Measure(label: "Besøgende", current: 190_044, target: 200_000, baseline: 180_000).progress, 50)
        XCTAssertEqual(Measure(label: "Besøgende", current: 190_044, target: 200_000).progress, 95)
        XCTAssertEqual(Measure(label: "Lån", current: 250, target: 200).progress, 100)
        XCTAssertNil(Measure(label: "Besøgende", current: 190_044).progress, "a statistic without a target")
    }

    func testExpectedProgressFollowsTheCalendarFromThePlansStartToTheDueDate() throws {
        let index = LibraryIndex(try library())
        XCTAssertEqual(index.expectedProgress(ofGoal: "g1", today: try day("2025-06-01")), 0)
        XCTAssertEqual(index.expectedProgress(ofGoal: "g1", today: try day("2027-01-01")), 50)
        XCTAssertEqual(index.expectedProgress(ofGoal: "g1", today: try day("2028-03-01")), 100)
        XCTAssertEqual(index.expectedProgress(ofGoal: "g1.1", today: try day("2027-01-01")), 50, "no due date: the plan's end")
    }

    func testHealthRollsUpTheMeasuredProgressOfSubGoals() throws {
        let index = LibraryIndex(try library())
        XCTAssertEqual(index.measuredProgress(ofGoal: "g1.1"), 50, "the measure, not the planners' 10")
        XCTAssertEqual(index.rolledUpProgress(ofGoal: "g1"), 35, "(50 + 20) / 2")
        let onTheFirstOfJanuary2027 = try day("2027-01-01")
        XCTAssertEqual(index.health(ofGoal: "g1.1", today: onTheFirstOfJanuary2027), GoalHealth(health: .onTrack, expected: 50, actual: 50))
        XCTAssertEqual(index.health(ofGoal: "g1", today: onTheFirstOfJanuary2027).health, .behind, "15 points behind the line")
        XCTAssertEqual(index.health(ofGoal: "g1.2", today: onTheFirstOfJanuary2027).health, .atRisk, "30 points behind")
        XCTAssertEqual(index.health(ofGoal: "g1.2", today: try day("2026-04-01")).health, .onTrack)
    }

    func testInitiativeHealthFromItsPeriodAndStatus() throws {
        let index = LibraryIndex(try library())
        let today = try day("2026-11-23")
        XCTAssertEqual(index.health(ofInitiative: "i1", today: today), .onTrack)
        XCTAssertEqual(index.health(ofInitiative: "i2", today: today), .atRisk, "past its end, not done")
        XCTAssertEqual(index.health(ofInitiative: "i3", today: today), .notStarted)
        XCTAssertEqual(index.health(ofInitiative: "i4", today: today), .behind)
    }

    func testMeasuresAreReadAndWrittenWithTheirPlaceInTheFile() throws {
        let library = try library()
        let decoded = try LibraryCodec.decode(LibraryCodec.encode(library), file: "test.json")
        XCTAssertEqual(decoded.goals[1].measures, library.goals[1].measures)
        let text = #"{"schema": 1, "id": "t", "name": "T", "goals": [{"id": "g1", "parent": null, "title": "G", "measures": [{"label": "Besøgende", "target": "mange"}]}], "initiatives": [], "events": [], "volunteers": [], "shifts": []}"#
        XCTAssertThrowsError(try LibraryCodec.decode(Array(text.utf8), file: "t.json")) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("goals[0].measures[0].target"), message)
            XCTAssertTrue(message.contains("goals[0].measures[0]: missing \"current\""), message)
        }
    }

    func testNumbersGroupedAsEachLanguageWritesThem() {
        XCTAssertEqual(NumberText.grouped(190_044, .danish), "190.044")
        XCTAssertEqual(NumberText.grouped(1_234_567, .english), "1,234,567")
        XCTAssertEqual(NumberText.grouped(999, .danish), "999")
    }
}
