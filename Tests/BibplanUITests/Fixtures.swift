import BibplanCore
import BibplanResources
@testable import BibplanUI
import Foundation
import XCTest

/// Sample libraries and golden screens for the UI tests.
enum Fixtures {
    static func sample(_ id: String) throws -> LibraryIndex {
        guard let text = EmbeddedResources.sampleLibraries[id] else { throw FixtureError.missing(id) }
        return LibraryIndex(try LibraryCodec.decode(Array(text.utf8), file: id + ".json"))
    }

    static func state(_ id: String = "glostrup", today: String = "2026-11-28", width: Int = 80, height: Int = 24,
                      language: Language = .danish) throws -> AppState {
        let day = try XCTUnwrap(Day(iso: today))
        return AppState(index: try sample(id), today: day, language: language, width: width, height: height)
    }

    /// Applies keys through `update`, as the run loop would.
    static func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = update(&state, .key(key)) }
    }

    static func pressReturningEffects(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    static func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

    enum FixtureError: Error { case missing(String) }
}

/// Compares a rendered screen's text with `Golden/<name>.txt`; `UPDATE_GOLDEN=1` rewrites the file.
func assertGolden(_ screen: Screen, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
    let actual = screen.text + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        XCTFail("recorded Golden/\(name).txt: review the change, then run again without UPDATE_GOLDEN", file: file, line: line)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no golden file \(name).txt; run with UPDATE_GOLDEN=1 to create it", file: file, line: line)
        return
    }
    if actual != expected {
        XCTFail("screen differs from Golden/\(name).txt:\n\(actual)", file: file, line: line)
    }
}
