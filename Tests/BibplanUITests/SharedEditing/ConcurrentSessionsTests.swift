@testable import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// The model-based test of shared editing: three people and a stream of imports
/// change one library in random ways (the same and different fields and items,
/// deletes, undo, failed saves, reloads at random moments, clash choices either
/// way). At the end every acknowledged change is in the file, unless a later
/// acknowledged change to the same field, or a person's explicit clash choice,
/// replaced it; and the file is valid.
final class ConcurrentSessionsTests: XCTestCase {
    func testEveryAcknowledgedChangeSurvives() throws {
        let seed = ProcessInfo.processInfo.environment["BIBPLAN_SHARED_SEED"].flatMap(UInt64.init) ?? 20261203
        try MainActor.assumeIsolated {
            let folder = try SampleDirectory(small: true)
            var world = try SharedWorld(folder: folder, sessions: 3, seed: seed)
            for _ in 0..<3000 { world.step() }
            world.settle()
            let file = try folder.library()
            let differences = world.acknowledged.differences(from: file)
            print("shared editing model: seed \(seed), \(world.figures)")
            XCTAssertEqual(differences, [], "seed \(seed)")
            XCTAssertEqual(LibraryValidator.problems(in: file, file: "glostrup.json").map(\.description), [])
            XCTAssertGreaterThan(world.figures.clashes, 10, "the run must meet clashes to test them")
            XCTAssertGreaterThan(world.figures.merges, 100)
            XCTAssertGreaterThan(world.figures.failures, 10)
        }
    }
}

/// The people, the imports and the model, stepped by a seeded generator.
@MainActor
struct SharedWorld {
    struct Figures: CustomStringConvertible {
        var operations = 0, saves = 0, merges = 0, clashes = 0, keptMine = 0, tookTheirs = 0, failures = 0, imports = 0, reloads = 0
        var acknowledged = 0, dropped = 0
        var description: String {
            "\(operations) operations, \(saves) saves (\(merges) merged with another's), \(clashes) clashes (\(keptMine) kept mine, "
                + "\(tookTheirs) took theirs), \(failures) failed saves, \(imports) imports, \(reloads) reloads, "
                + "\(acknowledged) changes acknowledged, \(dropped) given up by a clash choice"
        }
    }

    private let folder: SampleDirectory
    private var people: [SessionDriver]
    /// Each person's changes not yet acknowledged by a save.
    private var pending: [[AcknowledgedChanges.Change]]
    private var random: GeneratorRandom
    private(set) var acknowledged = AcknowledgedChanges()
    private(set) var figures = Figures()
    private var counter = 0

    init(folder: SampleDirectory, sessions: Int, seed: UInt64) throws {
        self.folder = folder
        people = try (0..<sessions).map { _ in try SessionDriver(directory: folder.path) }
        pending = Array(repeating: [], count: sessions)
        random = GeneratorRandom(seed: seed)
    }

    mutating func step() {
        figures.operations += 1
        counter += 1
        let who = Int.random(in: 0..<people.count, using: &random)
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<30: edit(who) { library, random in
                guard let goal = library.goals.randomElement(using: &random) else { return }
                library.changeProgress(ofGoal: goal.id, by: Int.random(in: -20...20, using: &random))
            }
        case 30..<45: edit(who) { library, random in
                guard let goal = library.goals.randomElement(using: &random) else { return }
                library.setStatus(ofGoal: goal.id, GoalStatus.allCases.randomElement(using: &random) ?? .onTrack)
            }
        case 45..<55: edit(who) { [counter] library, random in
                guard let position = library.initiatives.indices.randomElement(using: &random) else { return }
                library.initiatives[position].title = "Titel \(counter)"
            }
        case 55..<60: edit(who) { [counter] library, _ in library.save(Goal(id: "g\(who)x\(counter)", title: "Nyt mål \(counter)")) }
        case 60..<63: edit(who) { library, random in
                guard let goal = library.goals.filter({ $0.id.contains("x") }).randomElement(using: &random) else { return }
                library.deleteGoal(goal.id)
            }
        case 63..<70: act(who) { EditingUpdate.perform(.undo, &$0.state) }
        case 70..<78: figures.reloads += 1; follow(who, people[who].watch())
        case 78..<84: figures.failures += 1; people[who].faults.fail(["write", "sync", "rename"][counter % 3], with: ENOSPC)
        case 84..<92: if people[who].state.hasUnsavedChanges { follow(who, people[who].press(.character("S"))) }
        default: importEvent()
        }
    }

    /// Every person saves what they still hold, until nothing is unsaved.
    mutating func settle() {
        for _ in 0..<10 {
            for who in people.indices where people[who].state.hasUnsavedChanges { follow(who, people[who].press(.character("S"))) }
        }
    }

    private mutating func edit(_ who: Int, _ change: @escaping (inout Library, inout GeneratorRandom) -> Void) {
        var generator = random
        act(who) { driver in EditingUpdate.apply({ change(&$0, &generator) }, &driver.state) }
        random = generator
    }

    /// The person does something (no I/O yet): their own changes are noted, then its
    /// effects run, and a clash is answered either way.
    private mutating func act(_ who: Int, _ action: (SessionDriver) -> [Effect]) {
        let driver = people[who]
        let before = driver.library
        let effects = action(driver)
        pending[who] += AcknowledgedChanges.changes(from: before, to: driver.library)
        follow(who, driver.run(effects))
    }

    private mutating func follow(_ who: Int, _ answers: [Action]) {
        // The notes read again after a save (`.notesLoaded`) follow its outcome: the model reads the outcome.
        var answers = Self.outcomes(answers)
        while let last = answers.last.map(settled) {
            if case .saveClashed(let clashes) = last {
                figures.clashes += 1
                let keepMine = Bool.random(using: &random)
                if keepMine { figures.keptMine += 1 } else {
                    figures.tookTheirs += 1
                    let given = clashes.flatMap { clash in clash.deleted ? [clash.item] : clash.paths }
                    let count = pending[who].count
                    pending[who].removeAll { change in given.contains { change.path == $0 || change.item == $0 } }
                    figures.dropped += count - pending[who].count
                }
                answers = Self.outcomes(people[who].press(.character(keepMine ? "m" : "t")))
                continue
            }
            if case .saved = last { acknowledge(who, merged: false) }
            if case .savedMerged = last { acknowledge(who, merged: true) }
            break
        }
    }

    private static func outcomes(_ answers: [Action]) -> [Action] {
        answers.filter { if case .notesLoaded = $0 { false } else { true } }
    }

    private mutating func acknowledge(_ who: Int, merged: Bool) {
        figures.saves += 1
        if merged { figures.merges += 1 }
        acknowledged.acknowledge(pending[who])
        figures.acknowledged += pending[who].count
        pending[who] = []
    }

    private func settled(_ action: Action) -> Action {
        if case .clashResolved(_, _, _, let next) = action { return settled(next) }
        return action
    }

    /// `bibplan import ics` from another process: a new event, acknowledged when written.
    private mutating func importEvent() {
        figures.imports += 1
        let uid = "import-\(counter)"
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:\(uid)\r\n"
            + "DTSTART:20270301T100000\r\nDTEND:20270301T110000\r\nSUMMARY:Import \(counter)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        guard let before = try? folder.library() else { return }
        do {
            try folder.importEvents(ics)
            guard let after = try? folder.library() else { return }
            acknowledged.acknowledge(AcknowledgedChanges.changes(from: before, to: after).filter { $0.item.hasPrefix("events[") })
        } catch {
            figures.failures += 1
        }
    }
}
