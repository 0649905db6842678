import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// Seeded mutations of a library file through the loader and `check` (issue 15):
/// each loads, or is refused with problems that say where; none crashes, hangs or
/// changes the file. The seed is printed; `BIBPLAN_FUZZ_SEED=N` replays a run.
final class LibraryFuzzTests: XCTestCase {
    private static let mutants = 3_000
    /// One mutant in this many also goes through `check` and `today` in a data directory.
    private static let throughCommands = 15

    func testMutatedLibrariesLoadOrAreRefusedWithALocatedError() throws {
        let seed = ProcessInfo.processInfo.environment["BIBPLAN_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        var random = GeneratorRandom(seed: seed)
        let original = Array(AccessCommandTests.library.utf8)
        let directory = try TemporaryDataDirectory()
        let started = Date()
        var loaded = 0, refused = 0, checked = 0
        for number in 0..<Self.mutants {
            let mutant = LibraryMutation.mutate(original, times: random.int(1...4), &random)
            let context = "seed \(seed), mutant \(number)"
            do throws(LibraryLoadError) {
                _ = try LibraryCodec.decode(mutant, file: "aeroe.json")
                loaded += 1
            } catch {
                refused += 1
                XCTAssertFalse(error.problems.isEmpty, context)
                for problem in error.problems {
                    XCTAssertTrue(problem.line != nil || !problem.path.isEmpty, "\(context): not located: \(problem)")
                    XCTAssertEqual(problem.file, "aeroe.json", context)
                }
            }
            guard number % Self.throughCommands == 0 else { continue }
            let path = directory.path + "/aeroe.json"
            try Data(mutant).write(to: URL(fileURLWithPath: path))
            for command in [["check"], ["--today", "2026-11-10", "today"]] {
                let result = runBibplan(["--data-dir", directory.path] + command)
                XCTAssertTrue(result.status == 0 || result.status == 1, "\(context): \(command) gave \(result.status)")
                XCTAssertFalse(result.output.isEmpty && result.errors.isEmpty, "\(context): \(command) said nothing")
                XCTAssertEqual(try Array(Data(contentsOf: URL(fileURLWithPath: path))), mutant, "\(context): \(command) changed the file")
            }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["aeroe.json"], context)
            checked += 1
        }
        let seconds = Date().timeIntervalSince(started)
        print("library fuzz: seed \(seed), \(Self.mutants) mutants, \(loaded) loaded, \(refused) refused with a located error, "
              + "\(checked) through check and today, \(String(format: "%.1f", seconds)) s")
        XCTAssertGreaterThan(refused, Self.mutants / 4, "the mutations should break most files")
        XCTAssertGreaterThan(loaded, 0, "some mutations should leave a valid file")
        XCTAssertLessThan(seconds, 30)
    }
}

/// Ways a file gets damaged: by a disk, a careless editor, or on purpose.
enum LibraryMutation {
    static let tokens: [[UInt8]] = ["{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\\ud800", "null", "true", "-", "0", "-0", "1e309",
                                    "99999999999999999999", "9223372036854775807", "-9223372036854775808", "1.5", "\"\"",
                                    "\"x\"", "\u{1B}]2;x\u{07}", "\u{202E}", "2026-02-30", "2026-11-10T25:61", "FREQ=DAILY;COUNT=0",
                                    "FREQ=SECONDLY", "\"e1\"", "\"v1\"", "\"g1\""].map { Array($0.utf8) }
        + [[0xFF], [0xC3], [0xE2, 0x80], [0x00], [0xEF, 0xBB, 0xBF]]

    static func mutate(_ bytes: [UInt8], times: Int, _ random: inout GeneratorRandom) -> [UInt8] {
        var result = bytes
        for _ in 0..<times where !result.isEmpty {
            let at = random.below(result.count)
            switch random.below(9) {
            case 0: result.remove(at: at)
            case 1: result.removeSubrange(at..<min(result.count, at + random.int(1...40)))
            case 2: result[at] = UInt8(truncatingIfNeeded: random.below(256))
            case 3: result.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
            case 4: result.replaceSubrange(at..<min(result.count, at + random.int(1...6)), with: tokens[random.below(tokens.count)])
            case 5: result.removeSubrange(at...)
            case 6:
                let end = min(result.count, at + random.int(1...200))
                result.insert(contentsOf: result[at..<end], at: random.below(result.count))
            case 7: result.insert(contentsOf: Array(repeating: UInt8(ascii: random.below(2) == 0 ? "[" : "{"), count: random.int(1...300)), at: at)
            default: result.swapAt(at, random.below(result.count))
            }
        }
        return result
    }
}
