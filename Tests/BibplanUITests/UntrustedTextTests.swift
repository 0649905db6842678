import BibplanCore
@testable import BibplanUI
import XCTest

/// Titles from a library file may carry escape sequences and odd widths: every pane
/// shows them as visible symbols, inside their column, at every size.
final class UntrustedTextTests: XCTestCase {
    private func hostileLibrary() throws -> LibraryIndex {
        let day = try XCTUnwrap(Day(iso: "2026-11-28"))
        let evil = "Evil\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{0}\u{7F}\u{9B}\u{202E}gnp.exe"
        let long = String(repeating: "Læsefællesskab for ældre ", count: 40_000)
        return LibraryIndex(Library(
            id: "hostile", name: "Tårnby \u{1B}[31mBibliotek",
            goals: [Goal(id: "g1", title: evil, description: long, status: .atRisk, progress: 30),
                    Goal(id: "g2", parent: "g1", title: "Ældreomsorg og ærlige åbne øjeblikke", progress: 70)],
            initiatives: [Initiative(id: "i1", title: evil, goals: ["g1"], owner: long, partners: [evil])],
            events: [Event(id: "e1", title: evil, start: LocalDateTime(day: day, minutes: 600), location: "Børnebiblioteket\u{1B}[0m",
                           initiative: "i1", volunteersNeeded: 1),
                     Event(id: "e2", title: "図書館のイベント ÆØÅ", start: LocalDateTime(day: day, minutes: 720))],
            volunteers: [Volunteer(id: "v1", name: evil, groups: [evil], notes: long)],
            shifts: [Shift(id: "s1", event: "e1", date: day, volunteer: "v1")]))
    }

    private func assertClean(_ screen: Screen, file: StaticString = #filePath, line: UInt = #line) {
        for cell in screen.cells {
            for scalar in cell.character.unicodeScalars {
                let value = scalar.value
                XCTAssertFalse(value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value),
                               "control character U+\(String(value, radix: 16)) reached a cell", file: file, line: line)
            }
        }
        XCTAssertTrue(screen.lines.allSatisfy { DisplayWidth.of($0) <= screen.width }, "no line wider than the screen", file: file, line: line)
    }

    func testEveryPaneShowsEscapesAsSymbolsAndKeepsColumns() throws {
        let index = try hostileLibrary()
        for (width, height) in [(80, 24), (200, 50)] {
            var state = AppState(index: index, today: try XCTUnwrap(Day(iso: "2026-11-28")), language: .danish, width: width, height: height)
            for key in ["1", "2", "3", "4"] {
                Fixtures.press([.character(Character(key))], &state)
                let screen = render(state)
                assertClean(screen)
                if key == "3" {
                    XCTAssertTrue(screen.text.contains("Evil␛]52;c;"), screen.text)
                    let row = try XCTUnwrap(screen.lines.first { $0.contains("図書館") })
                    XCTAssertTrue(row.hasPrefix("12:00–13:00  図書館のイベント ÆØÅ"), row)
                }
            }
            Fixtures.press([.character("3"), .enter], &state)
            assertClean(render(state))
        }
    }

    func testAThousandRandomResizesNeverCrash() throws {
        var state = try Fixtures.state()
        var generator = SystemRandomNumberGenerator()
        for step in 0..<1000 {
            let width = step % 97 == 0 ? 1 : Int.random(in: 0...300, using: &generator)
            let height = step % 89 == 0 ? 1 : Int.random(in: 0...100, using: &generator)
            _ = update(&state, .resize(width: width, height: height))
            Fixtures.press([[.tab, .down, .right, .character("v"), .enter, .escape][step % 6]], &state)
            let screen = render(state)
            XCTAssertEqual(screen.cells.count, width * height)
            if width < minimumSize.width || height < minimumSize.height, width > 0, height > 0 {
                XCTAssertTrue(width < 2 || screen.line(0).hasPrefix("F"), "below the minimum only a short line: \(screen.line(0))")
                XCTAssertTrue(screen.lines.dropFirst().allSatisfy(\.isEmpty))
            }
        }
    }
}
