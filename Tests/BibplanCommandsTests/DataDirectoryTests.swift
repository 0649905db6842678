import BibplanCommands
import BibplanCore
import XCTest

final class DataDirectoryTests: XCTestCase {
    private let everything = ["BIBPLAN_DATA": "/srv/bibplan", "XDG_DATA_HOME": "/home/helle/.data", "HOME": "/home/helle"]

    func testTheFlagComesFirst() {
        XCTAssertEqual(DataDirectory.resolve(flag: "/tmp/bib", environment: everything), "/tmp/bib")
    }

    func testThenBibplanData() {
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: everything), "/srv/bibplan")
    }

    func testThenXDGDataHome() {
        var environment = everything
        environment["BIBPLAN_DATA"] = nil
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: environment), "/home/helle/.data/bibplan")
        environment["XDG_DATA_HOME"] = "/home/helle/.data/"
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: environment), "/home/helle/.data/bibplan")
    }

    func testThenHome() {
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["HOME": "/home/helle"]), "/home/helle/.local/share/bibplan")
    }

    func testEmptyValuesCountAsUnset() {
        let environment = ["BIBPLAN_DATA": "", "XDG_DATA_HOME": "", "HOME": "/home/helle"]
        XCTAssertEqual(DataDirectory.resolve(flag: "", environment: environment), "/home/helle/.local/share/bibplan")
    }

    func testWithoutHomeTheAccountsHomeIsUsed() {
        XCTAssertTrue(DataDirectory.resolve(flag: nil, environment: [:]).hasSuffix("/.local/share/bibplan"))
    }

    func testFirstRunCreatesTheDirectoryWithTheSamplesAndSaysSo() throws {
        let directory = try TemporaryDataDirectory(create: false)
        let samples = ["mini": Fixture.minimalLibrary(id: "mini", name: "Mini Bibliotek"),
                       "aeroe": Fixture.library]
        let first = runBibplan(["check"], environment: ["BIBPLAN_DATA": directory.path, "LANG": "C"], samples: samples)
        XCTAssertEqual(first.errors, "bibplan: created \(directory.path) with the sample libraries aeroe, mini\n")
        XCTAssertEqual(first.status, 0)
        XCTAssertTrue(directory.exists("mini.json"))
        XCTAssertTrue(directory.exists("aeroe.json"))
        XCTAssertTrue(first.output.contains("mini.json: ok (0 goals, 0 initiatives, 0 events, 0 volunteers, 0 shifts)"))

        let second = runBibplan(["check"], environment: ["BIBPLAN_DATA": directory.path], samples: samples)
        XCTAssertEqual(second.errors, "")
        XCTAssertEqual(second.status, 0)
    }

    func testFirstRunMessageInDanish() throws {
        let directory = try TemporaryDataDirectory(create: false)
        let samples = ["mini": Fixture.minimalLibrary(id: "mini", name: "Mini")]
        let result = runBibplan(["--data-dir", directory.path, "today"], environment: ["LANG": "da_DK.UTF-8"], samples: samples)
        XCTAssertEqual(result.errors, "bibplan: oprettede \(directory.path) med eksempelbibliotekerne mini\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("Ingen arrangementer i dag."))
    }

    func testAnExistingDirectoryIsNeverSeeded() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Fixture.library])
        let result = runBibplan(["--data-dir", directory.path, "check"], samples: ["mini": Fixture.minimalLibrary(id: "mini", name: "Mini")])
        XCTAssertEqual(result.errors, "")
        XCTAssertFalse(directory.exists("mini.json"))
    }
}
