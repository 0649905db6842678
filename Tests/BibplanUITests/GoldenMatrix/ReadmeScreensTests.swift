import Foundation
import XCTest

/// The README's screens are the golden screens (`Scripts/readme_screens.py` writes them), so they cannot drift.
final class ReadmeScreensTests: XCTestCase {
    private static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    /// Each `<!-- screen: NAME -->` block: its name and what stands between the markers.
    static func blocks(_ readme: String) -> [(name: String, body: String)] {
        readme.components(separatedBy: "<!-- screen: ").dropFirst().compactMap { part in
            guard let close = part.range(of: " -->\n"), let end = part.range(of: "<!-- /screen -->") else { return nil }
            return (String(part[..<close.lowerBound]), String(part[close.upperBound..<end.lowerBound]))
        }
    }

    /// `calendar-day-80x24-da` → `calendar-day/80x24-da.txt`.
    static func goldenFile(_ name: String) -> String? {
        let parts = name.split(separator: "-")
        guard parts.count >= 3 else { return nil }
        return parts.dropLast(2).joined(separator: "-") + "/" + parts.suffix(2).joined(separator: "-") + ".txt"
    }

    func testEveryReadmeScreenIsItsGoldenScreen() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let blocks = Self.blocks(readme)
        XCTAssertGreaterThanOrEqual(blocks.count, 4, "the README shows screens")
        for block in blocks {
            let file = try XCTUnwrap(Self.goldenFile(block.name), "\(block.name) is <scene>-<width>x<height>-<da|en>")
            let golden = try String(contentsOf: GoldenMatrix.folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(block.body, "```text\n" + GoldenMatrix.text(ofFile: golden) + "\n```\n",
                           "README screen \(block.name) differs from Golden/Matrix/\(file): run python3 Scripts/readme_screens.py")
        }
    }
}
