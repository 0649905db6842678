import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// A library whose every text carries terminal escapes: no command, in no format,
/// lets a control byte out (issue 15).
final class HostileOutputTests: XCTestCase {
    /// OSC 2 (window title) ended by BEL, DCS, CSI as U+009B, a bidi override, NUL and DEL.
    static let hostile = "\u{1B}]2;pwned\u{07}\u{1B}P+q\u{1B}\\\u{9B}31m\u{202E}\u{0}\u{7F}\u{2028}"

    /// The same, as it is written inside a JSON string.
    static var hostileJSON: String {
        hostile.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value > 0x2000
            ? String(format: "\\u%04x", $0.value) : ($0 == "\\" ? "\\\\" : String($0)) }.joined()
    }

    static var library: String {
        var text = Fixture.library
        for plain in ["Ærø Bibliotek", "Biblioteksplan 2026", "Læsning for alle", "Sommerbogen", "Strikkecafé",
                      "Store sal", "Åse Østergård", "Vært"] {
            text = text.replacingOccurrences(of: "\"\(plain)\"", with: "\"\(plain)\(hostileJSON)\"")
        }
        return text.replacingOccurrences(of: "\"name\": \"Ærø", with: "\"closingDays\": [ { \"from\": \"2026-11-11\", \"to\": \"2026-11-11\", \"reason\": \"lukket\(hostileJSON)\" } ], \"name\": \"Ærø")
    }

    /// Line feed, tab and the CR of a CRLF are the only controls output may hold.
    static func controls(in text: String) -> [UInt32] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { index in
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\t" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") { return nil }
            return SafeText.isControl(scalar) ? scalar.value : nil
        }
    }

    func testTheLibraryIsValidAndCarriesTheEscapes() throws {
        let library = try LibraryCodec.decode(Array(Self.library.utf8), file: "aeroe.json")
        XCTAssertTrue(library.name.hasSuffix(Self.hostile))
        XCTAssertEqual(library.volunteers.first?.name, "Åse Østergård" + Self.hostile)
    }

    func testNoCommandInAnyFormatLetsAControlOut() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Self.library])
        let commands: [[String]] = [
            ["today"], ["today", "--json"], ["--today", "2026-11-11", "today"], ["agenda", "--days", "31"], ["agenda", "--json"],
            ["goals"], ["goals", "--json"], ["roster"], ["roster", "--json"], ["roster", "--volunteer", "v1"],
            ["roster", "--volunteer", "v1", "--json"], ["check"], ["check", "--json"], ["overview"], ["overview", "--json"],
            ["report", "--format", "md"], ["report", "--format", "html"], ["report", "--format", "json"],
            ["export", "csv", "roster"], ["export", "csv", "volunteers"], ["export", "csv", "hours"], ["export", "ics"],
        ]
        // (The hostile text alone would name Åse, whose name ends with it: --volunteer takes a part of a name.)
        let refused: [[String]] = [
            ["agenda", "--days", Self.hostile], ["roster", "--volunteer", "zz" + Self.hostile], [Self.hostile],
            ["--library", Self.hostile, "today"], ["report", "--format", Self.hostile], ["export", "csv", Self.hostile],
        ]
        for command in commands + refused {
            for language in ["en", "da"] {
                let result = runBibplan(["--data-dir", directory.path, "--today", "2026-11-10", "--lang", language] + command)
                XCTAssertEqual(result.status == 0, commands.contains(command), "\(command): \(result.errors)")
                XCTAssertEqual(Self.controls(in: result.output), [], "\(command) \(language): \(result.output)")
                XCTAssertEqual(Self.controls(in: result.errors), [], "\(command) \(language): \(result.errors)")
                XCTAssertFalse(result.output.isEmpty && result.errors.isEmpty, "\(command): nothing came out")
            }
        }
    }

    /// A calendar file whose texts carry the escapes (raw where iCalendar allows them), imported.
    func testImportSaysWhatItReadWithoutAControl() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Self.library])
        let summary = "Quiz" + Self.hostile.replacingOccurrences(of: "\u{0}", with: "")
        let calendar = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:quiz@test",
                        "DTSTART:20261120T190000", "DTEND:20261120T210000", "SUMMARY:" + summary, "LOCATION:Salen" + Self.hostile,
                        "END:VEVENT", "END:VCALENDAR"].joined(separator: "\r\n") + "\r\n"
        let file = directory.base + "/quiz" + Self.hostile.prefix(1) + ".ics"
        try calendar.write(toFile: file, atomically: true, encoding: .utf8)
        for extra in [[], ["--json"]] {
            let result = runBibplan(["--data-dir", directory.path, "import", "ics", file, "--dry-run"] + extra)
            XCTAssertFalse(result.output.isEmpty && result.errors.isEmpty)
            XCTAssertEqual(Self.controls(in: result.output), [], result.output)
            XCTAssertEqual(Self.controls(in: result.errors), [], result.errors)
        }
    }

    /// A volunteer's own program, in text and JSON, as the portal gives it.
    func testAVolunteersProgramLetsNoControlOut() throws {
        let access = #"{ "users": [ { "user": "aase", "role": "volunteer", "library": "aeroe", "volunteer": "v1" } ] }"#
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Self.library, "access.json": access])
        for command in [["today"], ["agenda", "--days", "14"], ["roster"], ["roster", "--json"]] {
            let output = CapturedOutput(), errors = CapturedOutput()
            let runner = CommandRunner(environment: ["LANG": "en_US.UTF-8"], sampleLibraries: [:], today: day("2026-11-10"),
                                       output: output, errors: errors, account: "aase")
            XCTAssertEqual(runner.run(arguments: ["--data-dir", directory.path, "--today", "2026-11-10"] + command), 0, errors.text)
            XCTAssertTrue(output.text.contains("Strikke"), output.text)
            XCTAssertEqual(Self.controls(in: output.text), [], "\(command): \(output.text)")
        }
    }

    func testTheDataStillShowsAndJSONKeepsItEscaped() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Self.library])
        let text = runBibplan(["--data-dir", directory.path, "--today", "2026-11-11", "today"]).output
        XCTAssertTrue(text.contains("lukket␛]2;pwned␇␛P+q␛\\\u{FFFD}31m\u{FFFD}␀␡"), text)
        let json = runBibplan(["--data-dir", directory.path, "--today", "2026-11-10", "today", "--json"]).output
        XCTAssertTrue(json.contains("\\u001b]2;pwned\\u0007\\u001bP+q\\u001b\\\\\\u009b31m\\u202e\\u0000\\u007f\\u2028"), json)
    }

    func testFilesWrittenWithOutputCarryNoControlEither() throws {
        let directory = try TemporaryDataDirectory(files: ["aeroe.json": Self.library])
        let formats: [(String, [String])] = [
            ("r.md", ["report", "--format", "md"]), ("r.html", ["report", "--format", "html"]), ("r.json", ["report", "--format", "json"]),
            ("roster.csv", ["export", "csv", "roster"]), ("volunteers.csv", ["export", "csv", "volunteers"]),
        ]
        for (name, command) in formats {
            let path = directory.base + "/" + name
            let result = runBibplan(["--data-dir", directory.path, "--today", "2026-11-10"] + command + ["-o", path])
            XCTAssertEqual(result.status, 0, result.errors)
            let written = try String(contentsOfFile: path, encoding: .utf8)
            XCTAssertTrue(written.contains("Åse") || written.contains("Sommerbogen"), name)
            XCTAssertEqual(Self.controls(in: written), [], "\(name): \(written)")
        }
    }
}
