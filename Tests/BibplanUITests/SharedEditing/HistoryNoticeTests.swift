@testable import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// A save in the full-screen program goes into the history with its author; when the
/// history cannot be written the save stands and the status line says so.
final class HistoryNoticeTests: XCTestCase {
    func testASaveIsRecordedWithTheAuthor() throws {
        try MainActor.assumeIsolated { try Self.savedWithAuthor() }
    }

    func testAHistoryThatCannotBeWrittenIsSaidAndTheChangeIsSaved() throws {
        try MainActor.assumeIsolated { try Self.savedWithoutHistory() }
    }

    @MainActor
    private static func savedWithAuthor() throws {
        let directory = try SampleDirectory()
        let driver = try SessionDriver(directory: directory.path)
        driver.store.author = ChangeAuthor(account: "helle", role: .staff)
        let answers = driver.change { $0.goals[0].progress = 77 }
        XCTAssertTrue(answers.contains { if case .saved = $0 { true } else { false } }, "\(answers)")
        let records = try driver.store.history("glostrup").records
        XCTAssertEqual(records.map(\.path), ["goals[\(driver.library.goals[0].id)].progress"])
        XCTAssertEqual(records.first?.account, "helle")
        XCTAssertEqual(records.first?.new, "77")
    }

    @MainActor
    private static func savedWithoutHistory() throws {
        let directory = try SampleDirectory()
        let driver = try SessionDriver(directory: directory.path)
        driver.store.author = ChangeAuthor(account: "helle", role: .staff)
        try FileManager.default.createDirectory(atPath: directory.path + "/glostrup.history.jsonl", withIntermediateDirectories: false)
        driver.change { $0.goals[0].progress = 78 }
        XCTAssertFalse(driver.state.hasUnsavedChanges)
        XCTAssertEqual(try directory.library().goals[0].progress, 78)
        XCTAssertTrue(driver.state.message?.contains("not recorded in the history") ?? false, "\(String(describing: driver.state.message))")
    }
}
