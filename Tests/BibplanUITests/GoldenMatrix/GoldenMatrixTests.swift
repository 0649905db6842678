import BibplanCore
@testable import BibplanUI
import Foundation
import XCTest

/// Every pane and dialog (`GoldenScene.all`) at 40x12, 80x24 and 200x50, in Danish and English,
/// against `Golden/Matrix`. Re-record after a deliberate change of the screens:
///
///     UPDATE_GOLDEN=1 swift test --filter GoldenMatrixTests
///
/// then review `git diff Tests/BibplanUITests/Golden/Matrix` and run `python3 Scripts/readme_screens.py`.
final class GoldenMatrixTests: XCTestCase {
    func testEveryPane() throws { try checkScenes(GoldenScene.panes) }

    func testEveryDialog() throws { try checkScenes(GoldenScene.dialogs) }

    private func checkScenes(_ scenes: [GoldenScene], file: StaticString = #filePath, line: UInt = #line) throws {
        var failures: [String] = []
        for scene in scenes {
            for size in GoldenScene.sizes {
                for language in GoldenScene.languages {
                    let state = try GoldenMatrix.play(scene, width: size.width, height: size.height, language)
                    let name = GoldenMatrix.fileName(scene.name, width: size.width, height: size.height, language)
                    if let failure = GoldenMatrix.check(render(state), name) { failures.append(failure) }
                }
            }
        }
        if !failures.isEmpty {
            XCTFail("\(failures.count) golden screens:\n\n" + failures.joined(separator: "\n\n"), file: file, line: line)
        }
    }

    /// A dialog scene whose last step did nothing (a key no longer bound there) would record the pane below it.
    func testEveryDialogSceneOpensSomething() throws {
        for scene in GoldenScene.dialogs where !scene.steps.isEmpty {
            let opened = render(try GoldenMatrix.play(scene, width: 80, height: 24, .danish)).text
            let before = GoldenScene(name: scene.name, library: scene.library, viewer: scene.viewer, steps: Array(scene.steps.dropLast()))
            XCTAssertNotEqual(opened, render(try GoldenMatrix.play(before, width: 80, height: 24, .danish)).text,
                              "\(scene.name): its last step changes nothing on the screen")
        }
    }

    func testSceneNamesAreUniqueAndEveryGoldenFileBelongsToAScene() throws {
        let names = GoldenScene.all.map(\.name)
        XCTAssertEqual(Set(names).count, names.count, "two scenes with one name")
        var expected: Set<String> = []
        for name in names {
            for size in GoldenScene.sizes {
                for language in GoldenScene.languages {
                    expected.insert(GoldenMatrix.fileName(name, width: size.width, height: size.height, language))
                }
            }
        }
        let folder = GoldenMatrix.folder.standardizedFileURL.path + "/"
        let found = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") } ?? []
        let stray = Set(found).subtracting(expected)
        XCTAssertTrue(stray.isEmpty, "golden screens of no scene (delete them): \(stray.sorted())")
    }
}
