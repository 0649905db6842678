import BibplanCommands
import BibplanCore
import XCTest

/// `agenda` and `today` over several libraries: `--library aeroe,bornholm`.
final class CombinedCalendarTests: TwoLibrariesTestCase {
    /// The lines that start with a time: one for each occurrence.
    private func occurrenceLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.first?.isNumber == true && $0.contains("–") && $0.dropFirst(5).hasPrefix("–") }
    }

    func testAgendaOfTwoLibrariesTagsEveryOccurrenceWithItsLibrary() {
        let result = run(["--library", "aeroe,bornholm", "agenda", "--from", "2026-11-10", "--days", "7"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("""
        Tuesday 10 November 2026 – Monday 16 November 2026
        [aeroe]     Ærø Bibliotek
        [bornholm]  Bornholms Biblioteker

        Tuesday 10 November 2026
        14:00–16:00  [aeroe]     Strikkecafé  (Store sal)
                                 Åse Østergård (Vært)
                                 Bjørn Ærlig (Kaffe)
        15:00–16:30  [bornholm]  Lektiecafé  (Læsesalen)
                                 1 volunteer missing
        19:00–20:30  [aeroe]     Forfatteraften: Øjvind Ærlig  (Salen)

        """), result.output)
        let lines = occurrenceLines(result.output)
        XCTAssertEqual(lines.count, 4, result.output)
        XCTAssertEqual(lines.filter { $0.contains("  [aeroe]  ") }.count, 3)
        XCTAssertEqual(lines.filter { $0.contains("  [bornholm]  ") }.count, 1)
        XCTAssertTrue(lines.last?.hasPrefix("10:00–13:00  [aeroe]     Repair café") == true, result.output)
    }

    func testAgendaJSONOfTwoLibrariesNamesTheLibraryOfEachOccurrence() throws {
        let result = run(["--library", "bornholm,aeroe", "agenda", "--from", "2026-11-01", "--days", "30", "--json"])
        XCTAssertEqual(result.status, 0, result.errors)
        let document = try result.json()
        XCTAssertEqual(document["libraries"] as? [String], ["aeroe", "bornholm"])
        XCTAssertNil(document["library"])
        XCTAssertEqual(document["from"] as? String, "2026-11-01")
        XCTAssertEqual(document["to"] as? String, "2026-11-30")
        let occurrences = try XCTUnwrap(document["occurrences"] as? [[String: Any]])
        let libraries = occurrences.compactMap { $0["library"] as? String }
        XCTAssertEqual(libraries.count, occurrences.count)
        // Ærø: Strikkecafé on 4 Tuesdays, Repair café on the 14th, Forfatteraften; Bornholm: Lektiecafé from the 10th, 3 Tuesdays.
        XCTAssertEqual(libraries.filter { $0 == "aeroe" }.count, 6)
        XCTAssertEqual(libraries.filter { $0 == "bornholm" }.count, 3)
        let starts = occurrences.compactMap { $0["start"] as? String }
        XCTAssertEqual(starts, starts.sorted())
        let tenth = occurrences.filter { ($0["start"] as? String)?.hasPrefix("2026-11-10") == true }
        XCTAssertEqual(tenth.map { "\($0["library"] ?? "") \($0["event"] ?? "") \($0["title"] ?? "")" },
                       ["aeroe e1 Strikkecafé", "bornholm e1 Lektiecafé", "aeroe e3 Forfatteraften: Øjvind Ærlig"])
    }

    func testTodayOfTwoLibrariesInDanish() throws {
        let result = run(["--library", "aeroe,bornholm", "today", "--today", "2026-11-17"], language: "da")
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, """
        tirsdag 17. november 2026
        [aeroe]     Ærø Bibliotek
        [bornholm]  Bornholms Biblioteker

        14:00–16:00  [aeroe]     Strikkecafé  (Store sal)
                                 Åse Østergård (Vært)
                                 mangler 1 frivillig
        15:00–16:30  [bornholm]  Lektiecafé  (Læsesalen)
                                 mangler 1 frivillig

        """)
        let json = try run(["--library", "aeroe,bornholm", "today", "--today", "2026-11-17", "--json"]).json()
        XCTAssertEqual(json["date"] as? String, "2026-11-17")
        XCTAssertEqual((json["occurrences"] as? [[String: Any]])?.compactMap { $0["library"] as? String }, ["aeroe", "bornholm"])
    }

    func testOneLibraryKeepsTheOutputOfOneLibrary() throws {
        let alone = try TemporaryDataDirectory(files: ["aeroe.json": Neighbour.aeroe])
        for arguments in [["agenda", "--from", "2026-11-10"], ["agenda", "--from", "2026-11-10", "--json"], ["today", "--today", "2026-11-10"]] {
            let single = runBibplan(["--data-dir", alone.path] + arguments)
            let named = run(["--library", "aeroe"] + arguments)
            XCTAssertEqual(named.status, 0, named.errors)
            XCTAssertEqual(named.output, single.output)
            XCTAssertFalse(named.output.contains("[aeroe]"))
        }
    }

    func testAnUnknownLibraryAmongSeveralIsNamedWithTheDirectory() {
        let result = run(["--library", "aeroe,bornholm,fanoe", "agenda"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.errors.hasPrefix("bibplan: no library \"fanoe\" in \(path) (there are: aeroe, bornholm)\n"), result.errors)
    }

    func testABrokenLibraryAmongSeveralListsItsProblems() throws {
        try directory?.write("broken.json", Fixture.brokenLibrary)
        let result = run(["--library", "aeroe,broken", "agenda"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errors.split(separator: "\n").count, 2, result.errors)
        XCTAssertTrue(result.errors.split(separator: "\n").allSatisfy { $0.hasPrefix("broken.json") }, result.errors)
    }

    func testCommandsOfOneLibraryRefuseSeveral() {
        for (arguments, name) in [(["goals"], "goals"), (["roster"], "roster"), (["export", "csv", "roster"], "export csv and export ics --initiative"),
                                  (["export", "ics", "--initiative", "i1"], "export csv and export ics --initiative"), ([], "the full-screen program"),
                                  (["import", "ics", "x.ics"], "import"), (["restore"], "restore")] {
            let result = run(["--library", "aeroe,bornholm"] + arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.errors.hasPrefix("bibplan: --library: \(name) work"), result.errors)
            XCTAssertTrue(result.errors.contains("got 2 (aeroe, bornholm)\n"), result.errors)
        }
    }

    func testCheckOfSeveralLibraries() throws {
        try directory?.write("broken.json", Fixture.brokenLibrary)
        let good = try run(["--library", "aeroe,bornholm", "check", "--json"]).json()
        XCTAssertEqual((good["libraries"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["aeroe", "bornholm"])
        XCTAssertEqual(run(["--library", "bornholm,broken", "check"]).status, 1)
    }
}
