import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BibplanCore

/// `<id>.history.jsonl`: every save of a store with an author appends what changed,
/// under the lock, and a history that cannot be written never stops the save.
final class HistoryLogTests: XCTestCase {
    private let base = Library(id: "lille", name: "Lille Bibliotek",
                               goals: [Goal(id: "g1", title: "Læselyst", progress: 10), Goal(id: "g2", title: "Fællesskaber",
                                   progress: 20)],
                               volunteers: [Volunteer(id: "v1", name: "Åse Ørsted")])

    private func store(_ folder: StoreFolder, author: ChangeAuthor? = ChangeAuthor(account: "helle", role: .staff)) throws -> LibraryStore {
        let store = try LibraryStore(path: folder.path)
        try store.save(base, over: nil)
        store.author = author
        return store
    }

    private func save(_ store: LibraryStore, _ change: @escaping (inout Library) -> Void) throws -> LibraryStore.Commit<Void> {
        try store.commit("lille") { found in
            var library = found.library
            change(&library)
            return (library, ())
        }
    }

    func testASaveRecordsEachFieldAndEachItemAddedOrRemoved() throws {
        let folder = try StoreFolder()
        let store = try store(folder)
        let commit = try save(store) {
            $0.goals[0].progress = 40
            $0.goals.removeAll { $0.id == "g2" }
            $0.volunteers.append(Volunteer(id: "v2", name: "Bo Ring"))
            $0.name = "Lille Bibliotek og Kulturhus"
        }
        XCTAssertNil(commit.historyFailure)
        let (records, unreadable) = try store.history("lille")
        XCTAssertEqual(unreadable, 0)
        XCTAssertEqual(records.map(\.path), ["library.name", "goals[g1].progress", "goals[g2]", "volunteers[v2]"])
        XCTAssertEqual(records.map(\.change), [.changed, .changed, .removed, .added])
        XCTAssertEqual(records[1].old, "10")
        XCTAssertEqual(records[1].new, "40")
        XCTAssertEqual(records[2].old, "Fællesskaber")
        XCTAssertEqual(records[3].new, "Bo Ring")
        XCTAssertEqual(Set(records.map(\.account)), ["helle"])
        XCTAssertEqual(Set(records.map(\.role)), ["staff"])
        XCTAssertNotNil(records[0].moment, "the time reads back: \(records[0].time)")
    }

    func testAStoreWithoutAnAuthorKeepsNoHistory() throws {
        let folder = try StoreFolder()
        let store = try store(folder, author: nil)
        _ = try save(store) { $0.goals[0].progress = 40 }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("lille.history.jsonl")))
    }

    func testAHistoryThatCannotBeWrittenIsReportedAndTheSaveStands() throws {
        let folder = try StoreFolder()
        let store = try store(folder)
        XCTAssertEqual(mkfifo(folder.file("lille.history.jsonl"), 0o600), 0)
        let commit = try save(store) { $0.goals[0].progress = 55 }
        XCTAssertEqual(try store.load("lille").library.goals[0].progress, 55)
        XCTAssertEqual(commit.historyFailure?.file, "lille.history.jsonl")
        XCTAssertTrue(commit.historyFailure?.description.contains("the change was saved, but not recorded") ?? false)
    }

    func testPruningDropsTheRecordsBeforeTheDayAndKeepsWhatDoesNotRead() throws {
        let folder = try StoreFolder()
        let store = try store(folder)
        let lines = [
            #"{"time": "2026-01-05T10:00:00Z", "account": "helle", "role": "staff", "change": "changed", "entity": "goals[g1]", "# +
                #""field": "progress", "old": "1", "new": "2"}"#,
            "not json",
            #"{"time": "2026-03-01T10:00:00Z", "account": "mads", "role": "staff", "change": "added", "entity": "goals[g9]", "new": "Ny"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder.file("lille.history.jsonl"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try store.history("lille").unreadable, 1)
        XCTAssertEqual(try store.pruneHistory("lille", before: try XCTUnwrap(Day(iso: "2026-02-01"))), 1)
        let (records, unreadable) = try store.history("lille")
        XCTAssertEqual(records.map(\.account), ["mads"])
        XCTAssertEqual(unreadable, 1)
        XCTAssertEqual(try store.pruneHistory("lille", before: try XCTUnwrap(Day(iso: "2026-02-01"))), 0)
    }

    func testARestoreIsRecordedWithWhatItChanged() throws {
        let folder = try StoreFolder()
        let store = try store(folder)
        _ = try save(store) { $0.goals[0].progress = 70 }
        try store.restoreBackup("lille", force: true)
        let records = try store.history("lille").records
        XCTAssertEqual(records.map(\.change), [.changed, .restored, .changed])
        XCTAssertEqual(records[1].new, "lille.json.bak")
        XCTAssertEqual(records[2].path, "goals[g1].progress")
        XCTAssertEqual(records[2].new, "10")
    }

    func testEveryFieldOfTheSchemaIsComparedAndATextGoesIntoOneLine() throws {
        var after = base
        after.goals[0].successCriteria = ["To linjer\nmed \"citat\""]
        let differences = LibraryChanges.between(base, after)
        XCTAssertEqual(differences.map(\.field), ["successCriteria"])
        let record = ChangeRecord(time: "2026-12-03T10:00:00Z", account: "helle", role: "staff", change: .changed,
                                  entity: "goals[g1]", field: "successCriteria", old: differences[0].old, new: differences[0].new)
        XCTAssertEqual(record.jsonLine.filter { $0 == UInt8(ascii: "\n") }.count, 1)
        XCTAssertEqual(ChangeRecord.decodeLines(record.jsonLine).records, [record])
    }
}
