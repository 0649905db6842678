import BibplanCore
import Foundation
import XCTest

/// Issue 15: thousands of seeded mutations of real-world calendars through
/// `import ics`: each ends in success or a located refusal, never a crash, and a
/// refused import leaves the library file as it was. `BIBPLAN_FUZZ_SEED` repeats a run.
final class ICSFuzzTests: XCTestCase {
    private static let rounds = 2000
    private static let library = #"{ "schema": 1, "id": "tom", "name": "Tom", "plan": { "title": "Plan", "from": "2026-01-01", "to": "2027-12-31" } }"#
    private static let tokens = [":", ";", "\r\n", " ", "=", "Z", "T", "-", ",", "\"", "\u{1B}", "BEGIN:X\r\n", "END:VEVENT\r\n", "END:VEVENTT\r\n",
                                 "99999999999999999999", "P9999999999999999D", "PT9223372036854775807S1S", ";TZID=Mars/Olympus",
                                 "RECURRENCE-ID:20260324T180000\r\n", "RDATE:2026\r\n", "RRULE:FREQ=YEARLY;BYWEEKNO=99\r\n", "\r\n "]

    func testMutatedCalendarsAreImportedOrRefusedAtALineAndNeverCrash() throws {
        let seed = ProcessInfo.processInfo.environment["BIBPLAN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 15_16
        var random = GeneratorRandom(seed: seed)
        let directory = try TemporaryDataDirectory(files: ["tom.json": Self.library])
        let originals = try ["google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"].map { name in
            try Array(Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Calendars/" + name)))
        }
        let libraryFile = URL(fileURLWithPath: directory.path + "/tom.json")
        let file = directory.path + "/fuzz.ics"
        var counts = (imported: 0, refused: 0, warnings: 0, commands: 0)
        let library = try LibraryCodec.decode(Array(Self.library.utf8), file: "tom.json")
        let started = Date()
        for round in 0..<Self.rounds {
            var bytes = originals[round % originals.count]
            for _ in 0...random.below(4) { mutate(&bytes, &random) }
            // Every round through the importer, lenient and strict; every eighth also through the command.
            for strict in [false, true] {
                do throws(ICSProblems) {
                    let read = try ICSImport.read(bytes, file: file, library: library, strict: strict)
                    let after = read.apply(to: library).library
                    counts.imported += 1
                    counts.warnings += read.warnings.count + read.skipped.count
                    XCTAssertTrue((read.warnings + read.skipped + read.notices).allSatisfy { $0.line > 0 }, "seed \(seed), round \(round)")
                    _ = LibraryValidator.problems(in: after, file: "tom.json")
                } catch {
                    counts.refused += 1
                    XCTAssertTrue(error.problems.allSatisfy { $0.line > 0 } && !error.problems.isEmpty, "seed \(seed), round \(round): \(error.problems)")
                }
            }
            guard round % 8 == 0 else { continue }
            counts.commands += 1
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let before = try Data(contentsOf: libraryFile)
            let options = [["--dry-run"], ["--dry-run", "--strict"], ["--strict"]][round / 8 % 3]
            let result = runBibplan(["--data-dir", directory.path, "--library", "tom", "import", "ics", file] + options)
            let context = "seed \(seed), round \(round): \(result.errors.prefix(300))"
            XCTAssertTrue(result.status == 0 || result.status == 1, context)
            let lines = result.errors.split(separator: "\n").filter { !$0.hasPrefix("bibplan: ") }
            XCTAssertTrue(lines.allSatisfy { Self.isLocated($0, file: file) }, context)
            if result.status == 1 || options.contains("--dry-run") {
                XCTAssertEqual(try Data(contentsOf: libraryFile), before, "a refused import or a dry run changed the library; " + context)
            }
            if result.status == 0, !options.contains("--dry-run") { try Data(Self.library.utf8).write(to: libraryFile) }
        }
        print("ICS fuzz: seed \(seed), \(Self.rounds) mutations, each lenient and strict: \(counts.imported) imported, \(counts.refused) refused, "
            + "\(counts.warnings) located warnings; \(counts.commands) through the command; " + String(format: "%.1f s", Date().timeIntervalSince(started)))
        XCTAssertGreaterThan(counts.imported, 0)
        XCTAssertGreaterThan(counts.refused, 0)
    }

    /// `FILE:LINE: …`, or a library problem `tom.json:…`.
    private static func isLocated(_ line: Substring, file: String) -> Bool {
        if line.hasPrefix("tom.json") { return true }
        guard line.hasPrefix(file + ":") else { return false }
        let number = line.dropFirst(file.count + 1).prefix { $0.isNumber }
        return Int(number).map { $0 > 0 } ?? false
    }

    private func mutate(_ bytes: inout [UInt8], _ random: inout GeneratorRandom) {
        guard !bytes.isEmpty else { return }
        let at = random.below(bytes.count)
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        switch random.below(6) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(contentsOf: Array(Self.tokens[random.below(Self.tokens.count)].utf8), at: at)
        case 2: bytes.insert(UInt8(random.below(256)), at: at)
        case 3:
            lines.remove(at: random.below(lines.count))
            bytes = Array(lines.joined(separator: [10]))
        case 4:
            let line = random.below(lines.count)
            lines.insert(lines[line], at: random.below(lines.count))
            bytes = Array(lines.joined(separator: [10]))
        default:
            lines.swapAt(random.below(lines.count), random.below(lines.count))
            bytes = Array(lines.joined(separator: [10]))
        }
    }
}
