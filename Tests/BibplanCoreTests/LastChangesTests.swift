import Foundation
import XCTest
@testable import BibplanCore

/// "ændret af helle for 2 dage siden": the newest change of an item, from the history log.
final class LastChangesTests: XCTestCase {
    private func record(_ time: String, _ account: String, _ entity: String, _ change: ChangeRecord.Change = .changed,
                        field: String? = "progress") -> ChangeRecord {
        ChangeRecord(time: time, account: account, role: "staff", change: change, entity: entity,
                     field: change == .changed ? field : nil, old: "1", new: "2")
    }

    private func date(_ text: String) -> Date {
        guard let moment = ChangeRecord.moment(of: text) else { XCTFail("not a time: \(text)"); return Date() }
        return moment
    }

    func testTheNewestChangeOfEachItemWinsEvenOutOfOrder() {
        let index = LastChanges([
            record("2026-12-01T09:00:00Z", "mads", "goals[g1]"),
            record("2026-12-03T14:20:05Z", "helle", "goals[g1]", field: "status"),
            record("2026-12-02T10:00:00Z", "karen", "goals[g1]"),       // a union merge put it late
            record("2026-11-01T08:00:00Z", "mads", "events[e1]", .added),
            record("2026-12-04T08:00:00Z", "mads", "library", .restored),
        ])
        XCTAssertEqual(index.last("goals[g1]")?.account, "helle")
        XCTAssertEqual(index.last(kind: "goals", id: "g1")?.field, "status")
        XCTAssertEqual(index.last(kind: "events", id: "e1")?.change, .added)
        XCTAssertNil(index.last(kind: "goals", id: "g2"))
        XCTAssertNil(index.last("library"), "a restore is not a change of the library's fields")
        XCTAssertEqual(index.count, 2)
    }

    func testTheSentenceInBothLanguagesAndAVolunteerSeesNone() {
        let index = LastChanges([record("2026-12-01T14:20:05Z", "helle", "goals[g1]"),
                                 record("2026-12-03T10:00:00Z", "mads\u{1B}]52;c;x\u{07}", "events[e2]", .added)])
        let now = date("2026-12-03T15:00:00Z")
        let zone = "Europe/Copenhagen"
        XCTAssertEqual(index.last("goals[g1]")?.text(now: now, timeZone: zone, language: .danish), "ændret af helle for 2 dage siden")
        XCTAssertEqual(index.last("goals[g1]")?.text(now: now, timeZone: zone, language: .english), "changed by helle 2 days ago")
        let added = index.last("events[e2]")?.text(now: now, timeZone: zone, language: .english) ?? ""
        XCTAssertTrue(added.hasPrefix("added by mads"), added)
        XCTAssertFalse(added.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "the account passes SafeText")
        XCTAssertEqual(index.visible(to: .volunteer).count, 0)
        XCTAssertNil(index.visible(to: .volunteer).last("goals[g1]"))
        XCTAssertEqual(index.visible(to: .viewer).count, 2)
        let broken = LastChanges([record("yesterday", "helle", "goals[g1]")])
        XCTAssertNil(broken.last("goals[g1]")?.text(now: now, timeZone: zone, language: .danish), "a time that does not read says nothing")
    }

    func testRelativeTimeAtItsBoundaries() {
        let now = date("2026-12-03T15:00:00Z")   // 16:00 in Copenhagen
        let zone = "Europe/Copenhagen"
        func text(_ secondsAgo: Double, _ language: Language = .danish) -> String {
            RelativeTime.text(now.addingTimeInterval(-secondsAgo), now: now, timeZone: zone, language: language)
        }
        XCTAssertEqual(text(0), "lige nu")
        XCTAssertEqual(text(-30), "lige nu", "a clock a little ahead")
        XCTAssertEqual(text(59), "lige nu")
        XCTAssertEqual(text(60), "for 1 minut siden")
        XCTAssertEqual(text(60, .english), "1 minute ago")
        XCTAssertEqual(text(300), "for 5 minutter siden")
        XCTAssertEqual(text(3599, .english), "59 minutes ago")
        XCTAssertEqual(text(3600), "for 1 time siden")
        XCTAssertEqual(text(3 * 3600, .english), "3 hours ago")
        XCTAssertEqual(text(16 * 3600 - 1), "for 15 timer siden", "00:00:01 today in Copenhagen")
        XCTAssertEqual(text(16 * 3600 + 1), "i går", "23:59:59 yesterday")
        XCTAssertEqual(text(16 * 3600 + 1, .english), "yesterday")
        XCTAssertEqual(text(40 * 3600), "i går")
        XCTAssertEqual(text(40 * 3600 + 1), "for 2 dage siden", "23:59:59 the day before yesterday")
        XCTAssertEqual(text(2 * 86_400, .english), "2 days ago")
        XCTAssertEqual(text(13 * 86_400), "for 13 dage siden")
        XCTAssertEqual(text(14 * 86_400), "for 2 uger siden")
        XCTAssertEqual(text(60 * 86_400, .english), "8 weeks ago")
        XCTAssertEqual(text(61 * 86_400), "for 2 måneder siden")
        XCTAssertEqual(text(400 * 86_400), "for 1 år siden")
        XCTAssertEqual(text(800 * 86_400, .english), "2 years ago")
        XCTAssertEqual(text(-3600), "2026-12-03 17:00", "an hour ahead: the time itself, never 'just now'")
    }

    func testMidnightIsTheLibrarysNotUTC() {
        // 23:30 UTC on the 2nd is 00:30 on the 3rd in Copenhagen: the same day as 10:00 on the 3rd.
        let then = date("2026-12-02T23:30:00Z"), now = date("2026-12-03T09:00:00Z")
        XCTAssertEqual(RelativeTime.text(then, now: now, timeZone: "Europe/Copenhagen", language: .english), "9 hours ago")
        XCTAssertEqual(RelativeTime.text(then, now: now, timeZone: "UTC", language: .english), "yesterday")
    }

    func testALargeHistoryIsIndexedInOnePass() {
        // About what years of saves in a 7.5 MB library leave: 200 000 lines over 20 000 items.
        let records = (0..<200_000).map { number in
            record("2026-\(String(format: "%02d", 1 + number % 12))-10T10:00:00Z", number % 3 == 0 ? "helle" : "mads",
                   "events[e\(number % 20_000)]")
        }
        let started = Date()
        let index = LastChanges(records)
        XCTAssertEqual(index.count, 20_000)
        XCTAssertNotNil(index.last(kind: "events", id: "e19999"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "one dictionary pass (a scan per item takes minutes)")
    }

    func testFromTheStoreWithARealSave() throws {
        let folder = try StoreFolder()
        let store = try LibraryStore(path: folder.path)
        let library = Library(id: "lille", name: "Lille", goals: [Goal(id: "g1", title: "Læselyst", progress: 10)])
        try store.save(library, over: nil)
        store.author = ChangeAuthor(account: "helle", role: .staff)
        _ = try store.commit("lille") { found in
            var changed = found.library
            changed.goals[0].progress = 50
            return (changed, ())
        }
        let index = try store.lastChanges("lille", for: .staff)
        XCTAssertEqual(index.last(kind: "goals", id: "g1")?.account, "helle")
        XCTAssertEqual(index.last(kind: "goals", id: "g1")?.field, "progress")
        XCTAssertEqual(try store.lastChanges("lille", for: .volunteer).count, 0)
        XCTAssertEqual(try store.lastChanges("ingen", for: .staff).count, 0, "no history file: nothing")
    }
}

/// Reading the history again after a save reads only what was appended.
final class LastChangesIncrementalTests: FolderTestCase {
    private func line(_ time: String, _ account: String, _ entity: String) -> String {
        String(decoding: ChangeRecord(time: time, account: account, role: "staff", change: .changed, entity: entity,
                                      field: "title", old: "a", new: "b").jsonLine, as: UTF8.self)
    }

    func testAppendedLinesAreAddedAndAPrunedFileIsReadAfresh() throws {
        let store = try StoreFixture.store(folder)
        let path = folder.path + "/" + LibraryStore.historyName("glostrup")
        try (line("2026-12-01T10:00:00Z", "helle", "goals[g1]") + line("2026-12-01T11:00:00Z", "jens", "goals[g2]"))
            .write(toFile: path, atomically: false, encoding: .utf8)
        let first = try store.lastChanges("glostrup", for: .staff)
        XCTAssertEqual(first.last("goals[g2]")?.account, "jens")
        XCTAssertEqual(first.readBytes, try Data(contentsOf: URL(fileURLWithPath: path)).count)

        // Appended, with a half-written last line: the whole line is read, the half waits.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let half = line("2026-12-02T09:00:00Z", "mette", "goals[g3]")
        handle.write(Data((line("2026-12-02T08:00:00Z", "karin", "goals[g1]") + half.dropLast(20)).utf8))
        let second = try store.lastChanges("glostrup", for: .staff, continuing: first)
        XCTAssertEqual(second.last("goals[g1]")?.account, "karin")
        XCTAssertEqual(second.last("goals[g2]")?.account, "jens", "what was read before is kept")
        XCTAssertNil(second.last("goals[g3]"))
        handle.write(Data(half.suffix(20).utf8))
        handle.closeFile()
        let third = try store.lastChanges("glostrup", for: .staff, continuing: second)
        XCTAssertEqual(third.last("goals[g3]")?.account, "mette")
        XCTAssertEqual(third.count, 3)

        // A prune writes a new file under the same name: read from its start.
        let pruned = folder.path + "/pruned"
        try line("2026-12-02T09:00:00Z", "mette", "goals[g3]").write(toFile: pruned, atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(pruned, path), 0)
        let fourth = try store.lastChanges("glostrup", for: .staff, continuing: third)
        XCTAssertEqual(fourth.count, 1)
        XCTAssertNil(fourth.last("goals[g1]"))
        XCTAssertTrue(try store.lastChanges("glostrup", for: .volunteer, continuing: third).count == 0)
    }
}

/// The log's times read by hand, as a date formatter reads them.
final class ChangeRecordTimeTests: XCTestCase {
    func testTimesReadAsTheFormatterReadsThemAndOddOnesAreRefused() {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime]
        for text in ["1970-01-01T00:00:00Z", "2026-12-03T14:20:05Z", "2028-02-29T23:59:59Z", "2031-07-15T08:05:30Z"] {
            XCTAssertEqual(ChangeRecord.moment(of: text), format.date(from: text), text)
            XCTAssertEqual(ChangeRecord.moment(of: text).map(ChangeRecord.timeText), text, "written back alike")
        }
        for text in ["2026-12-03T24:00:00Z", "2026-12-03T14:60:05Z", "2026-12-03 14:20:05Z", "2026-12-03T14:20:05",
                     "2026-13-03T14:20:05Z", "2026-12-03T1a:20:05Z", "", "2026-12-03T14:20:05+01:00"] {
            XCTAssertNil(ChangeRecord.moment(of: text), text)
        }
    }
}
