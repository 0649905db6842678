import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation
import XCTest

/// `export ics --library a,b`: one calendar of several libraries, read back by Python's `icalendar`.
final class CombinedICSTests: TwoLibrariesTestCase {
    private func library(_ text: String, _ id: String) throws -> Library {
        try LibraryCodec.decode(Array(text.utf8), file: id + ".json")
    }

    private func python(_ file: String) throws -> [String: Any] {
        try PythonCheck.json(ICSCommandTests.icalendarScript, arguments: [file], modules: ["icalendar", "dateutil"], as: [String: Any].self)
    }

    func testTwoLibrariesInOneCalendarKeepEveryOccurrenceAndDistinctUIDs() throws {
        let file = path + "/both.ics"
        let result = run(["--today", "2026-11-10", "--library", "aeroe,bornholm", "export", "ics", "-o", file])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "bibplan: wrote \(file): 4 events (iCalendar)\n")
        let document = try python(file)
        XCTAssertEqual(document["timezones"] as? [String], ["Europe/Copenhagen"], "one VTIMEZONE for the zone both use")
        let events = try XCTUnwrap(document["events"] as? [[String: Any]])
        let uids = events.compactMap { $0["uid"] as? String }
        XCTAssertEqual(uids, ["e1@aeroe.bibplan", "e2@aeroe.bibplan", "e3@aeroe.bibplan", "e1@bornholm.bibplan"])
        let aeroe = try library(Neighbour.aeroe, "aeroe"), bornholm = try library(Neighbour.library, "bornholm")
        let plan = DayRange(day("2026-01-01"), day("2027-12-31"))
        let overview = Overview(libraries: [LibraryIndex(aeroe), LibraryIndex(bornholm)], today: day("2026-11-10"))
        let expected = overview.occurrences(in: plan).map { "\($0.occurrence.start.iso) \(overview.event(of: $0).title)" }.sorted()
        let read = events.flatMap { event in (event["starts"] as? [String] ?? []).map { $0 + " " + (event["summary"] as? String ?? "") } }.sorted()
        XCTAssertEqual(read.filter { $0.hasSuffix(" Lektiecafé") }.count, 60, "Tuesdays from 10 November 2026 to the end of 2027")
        XCTAssertEqual(read, expected)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(text.contains("X-WR-CALNAME:Ærø Bibliotek\\, Bornholms Biblioteker\r\n"))
    }

    func testLibrariesInTwoZonesGetAVTimezoneEach() throws {
        let faroe = Neighbour.library.replacingOccurrences(of: #""name": "Bornholms Biblioteker","#,
                                                           with: #""name": "Bornholms Biblioteker", "timeZone": "Atlantic/Faroe","#)
        try directory?.write("bornholm.json", faroe)
        let file = path + "/zones.ics"
        XCTAssertEqual(run(["--library", "aeroe,bornholm", "export", "ics", "-o", file]).status, 0)
        let document = try python(file)
        XCTAssertEqual(document["timezones"] as? [String], ["Europe/Copenhagen", "Atlantic/Faroe"])
        let events = try XCTUnwrap(document["events"] as? [[String: Any]])
        XCTAssertEqual(events.map { "\($0["uid"] ?? "") \($0["tzid"] ?? "")" },
                       ["e1@aeroe.bibplan Europe/Copenhagen", "e2@aeroe.bibplan Europe/Copenhagen", "e3@aeroe.bibplan Europe/Copenhagen",
                        "e1@bornholm.bibplan Atlantic/Faroe"])
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertFalse(text.contains("X-WR-TIMEZONE"), "no one zone names the whole calendar")
    }

    func testTheFourSampleLibrariesInOneCalendar() throws {
        let samples = EmbeddedResources.sampleLibraries
        let directory = try TemporaryDataDirectory(files: Dictionary(uniqueKeysWithValues: samples.map { ($0.key + ".json", $0.value) }))
        let file = directory.path + "/all.ics"
        let ids = ["albertslund", "ballerup", "glostrup", "taarnby"]
        let result = runBibplan(["--data-dir", directory.path, "--today", "2026-11-28", "--library", ids.joined(separator: ","), "export", "ics", "-o", file])
        XCTAssertEqual(result.status, 0, result.errors)
        let document = try python(file)
        let uids = try XCTUnwrap(document["events"] as? [[String: Any]]).compactMap { $0["uid"] as? String }
        var expected: [String] = []
        for id in ids {
            let library = try self.library(try XCTUnwrap(samples[id]), id)
            expected += library.events.map { "\($0.id)@\(id).bibplan" }
        }
        XCTAssertEqual(uids, expected)
        XCTAssertEqual(Set(uids).count, uids.count)
        XCTAssertEqual(document["timezones"] as? [String], ["Europe/Copenhagen"])
    }
}
