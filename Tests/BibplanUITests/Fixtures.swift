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

    /// The first key the key table binds to a command in a scope: tests press the binding, not a letter.
    static func key(for command: KeyCommand, in scope: Scope) -> [Key] {
        guard let key = KeyBindings.bindings(in: scope).first(where: { $0.command == command })?.keys.first else {
            XCTFail("no key for \(command) in \(scope)")
            return []
        }
        return [key]
    }

    /// Every sample library with the strategy landscape, as the run loop loads them for the overview pane.
    static func overview(today: Day) throws -> Overview {
        let text = try XCTUnwrap(EmbeddedResources.text(at: "landscape.json"))
        let landscape = try LandscapeCodec.decode(Array(text.utf8), file: "landscape.json")
        return Overview(libraries: try ["albertslund", "ballerup", "glostrup", "taarnby"].map(sample), today: today, landscape: landscape)
    }

    /// The state as a volunteer's own program shows it (at 9:00 today), the library allowing sign-up or not.
    static func asVolunteer(_ id: String, signup: Bool = true, _ state: inout AppState) {
        if signup, var library = state.index?.library {
            library.volunteerSignup = true
            state.index = LibraryIndex(library)
        }
        state.role = .volunteer(VolunteerSession(volunteerID: id, now: LocalDateTime(day: state.today, minutes: 9 * 60)))
    }

    enum FixtureError: Error { case missing(String) }
}

/// Compares a rendered screen with `Golden/<name>.txt` (its text) and `Golden/<name>.styles.txt`
/// (a letter per cell for its look, so a lost highlight fails too); `UPDATE_GOLDEN=1` rewrites both.
func assertGolden(_ screen: Screen, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    assertGoldenFile(screen.text + "\n", "\(name).txt", file: file, line: line)
    assertGoldenFile(styleLayer(screen) + "\n", "\(name).styles.txt", file: file, line: line)
}

/// The look of each cell as one letter, lined up with the text: R reversed (a selection),
/// T a coloured background (the title bar), B bold, D dim, U underlined, C coloured, space plain.
func styleLayer(_ screen: Screen) -> String {
    (0..<screen.height).map { y in
        var row = ""
        for x in 0..<screen.width where screen[x, y].width > 0 { row.append(styleLetter(screen[x, y].style)) }
        while row.last == " " { row.removeLast() }
        return row
    }.joined(separator: "\n")
}

private func styleLetter(_ style: Style) -> Character {
    if style.reverse { return "R" }
    if style.background != nil { return "T" }
    if style.bold { return "B" }
    if style.dim { return "D" }
    if style.underline { return "U" }
    return style.foreground == nil ? " " : "C"
}

private func assertGoldenFile(_ actual: String, _ fileName: String, file: StaticString, line: UInt) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(fileName)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        XCTFail("recorded Golden/\(fileName): review the change, then run again without UPDATE_GOLDEN", file: file, line: line)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no golden file \(fileName); run with UPDATE_GOLDEN=1 to create it", file: file, line: line)
        return
    }
    if actual != expected {
        XCTFail("screen differs from Golden/\(fileName):\n\(actual)", file: file, line: line)
    }
}
