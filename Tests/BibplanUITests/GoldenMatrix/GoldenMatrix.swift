import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// Plays the golden scenes and keeps their screens in `Golden/Matrix/<scene>/<width>x<height>-<da|en>.txt`:
/// the screen's text, then a line `GoldenMatrix.stylesMarker`, then its style layer (see `styleLayer`).
/// One file per screen, named like the README's markers (`calendar-day-80x24-da`), one folder per scene.
enum GoldenMatrix {
    static let today = "2026-11-28"
    /// The clock stands at 11:30 on `today`, so the day's "now" and "next" marks are part of the screens.
    static let nowMinutes = 11 * 60 + 30
    static let stylesMarker = "──── styles: R reversed · T title bar · B bold · D dim · U underlined · C coloured ────"
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden/Matrix")
    /// `UPDATE_GOLDEN=1` (as for every golden screen) writes the screens that changed instead of failing on them.
    static var recording: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func fileName(_ scene: String, width: Int, height: Int, _ language: Language) -> String {
        "\(scene)/\(width)x\(height)-\(language.rawValue).txt"
    }

    /// The scene's state: its library opened at `today`, its viewer, then its steps through `update`.
    static func play(_ scene: GoldenScene, width: Int, height: Int, _ language: Language) throws -> AppState {
        var state = try Fixtures.state(scene.library, today: today, width: width, height: height, language: language)
        state.now = LocalDateTime(day: state.today, minutes: nowMinutes)
        switch scene.viewer {
        case .staff: break
        case .volunteer(let id): Fixtures.asVolunteer(id, &state)
        case .choosing:
            let choices = try ["albertslund", "ballerup", "glostrup", "taarnby"].map {
                AppState.LibraryChoice(id: $0, name: try Fixtures.sample($0).library.name)
            }
            state = AppState(index: nil, today: state.today, language: language, width: width, height: height, libraryChoices: choices)
        }
        for step in scene.steps {
            switch step {
            case .press(let command, let scope): Fixtures.press(Fixtures.key(for: command, in: scope), &state)
            case .type(let text): Fixtures.press(Fixtures.typing(text), &state)
            case .unsaved: state.hasUnsavedChanges = true
            case .action(.overviewLoaded): _ = update(&state, .overviewLoaded(try Fixtures.overview(today: state.today)))
            case .action(.saveClashed): _ = update(&state, .saveClashed(clashes))
            }
        }
        return state
    }

    /// Two clashes as a save meets them: a goal's progress and status, and an event deleted elsewhere.
    private static var clashes: [ThreeWayMerge.Clash] {
        var goal = ThreeWayMerge.Clash(kind: "goals", id: "g1", fields: ["progress", "status"], deleted: false,
                                       values: [("progress", "30", "90"), ("status", "i gang", "afsluttet")])
        goal.theirsBy = "helle, 2026-11-28 11:12"
        return [goal, ThreeWayMerge.Clash(kind: "events", id: "e3", fields: ["title"], deleted: true)]
    }

    /// The file's contents for a screen.
    static func contents(_ screen: Screen) -> String {
        screen.text + "\n" + stylesMarker + "\n" + styleLayer(screen) + "\n"
    }

    /// The screen's text part of a golden file (what the README shows).
    static func text(ofFile contents: String) -> String {
        let lines = contents.components(separatedBy: "\n")
        return (lines.firstIndex(of: stylesMarker).map { lines[..<$0] } ?? lines[...]).joined(separator: "\n")
    }

    /// Compares (or, recording, writes) one screen; returns a failure message naming the screen, with a diff.
    static func check(_ screen: Screen, _ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        let actual = contents(screen)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return nil }
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return "recorded Golden/Matrix/\(name)"
            } catch {
                return "could not write Golden/Matrix/\(name): \(error)"
            }
        }
        guard let expected else { return "no golden screen Golden/Matrix/\(name): record it with UPDATE_GOLDEN=1" }
        return "Golden/Matrix/\(name) differs (- golden, + now; UPDATE_GOLDEN=1 records it):\n" + diff(expected, actual)
    }

    /// The lines that differ, each with its line number (the style lines after the marker count on).
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var out: [String] = []
        for number in 0..<max(old.count, new.count) {
            let before = number < old.count ? old[number] : nil, after = number < new.count ? new[number] : nil
            guard before != after else { continue }
            if let before { out.append(String(format: "%3d - ", number + 1) + before) }
            if let after { out.append(String(format: "%3d + ", number + 1) + after) }
        }
        return out.joined(separator: "\n")
    }
}
