@testable import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// `bibplan remind` with a fake sendmail that keeps each message it is handed.
final class RemindCommandTests: DataDirectoryTestCase {
    private var mailbox: String { (directory?.base ?? "/nonexistent") + "/mailbox" }

    private func library(sendmail: String) -> String {
        #"""
        { "schema": 1, "id": "lille", "name": "Lille Bibliotek", "language": "da", "sendmail": "\#(sendmail)",
          "events": [
            { "id": "e1", "title": "Strikkecafé", "start": "2026-01-06T14:00", "durationMinutes": 120, "rrule": "FREQ=WEEKLY;BYDAY=TU",
              "location": "Store sal", "volunteersNeeded": 6 }
          ],
          "volunteers": [
            { "id": "v1", "name": "Åse Østergård", "email": "aase@example.dk" },
            { "id": "v2", "name": "Bjørn\r\nBcc: evil@example.org\r\n Ærlig", "email": "bjorn@example.dk" },
            { "id": "v3", "name": "Carl Hvile", "email": "carl@example.dk", "active": false },
            { "id": "v4", "name": "Dorte Uden", "email": "" },
            { "id": "v5", "name": "Erik Snedig", "email": "erik@example.dk\r\nBcc: evil@example.org" }
          ],
          "shifts": [
            { "id": "s1", "event": "e1", "date": "2026-11-10", "volunteer": "v1", "role": "Vært" },
            { "id": "s2", "event": "e1", "date": "2026-11-10", "volunteer": "v2", "role": "Kaffe" },
            { "id": "s3", "event": "e1", "date": "2026-11-10", "volunteer": "v3" },
            { "id": "s4", "event": "e1", "date": "2026-11-10", "volunteer": "v4" },
            { "id": "s5", "event": "e1", "date": "2026-11-10", "volunteer": "v5" },
            { "id": "s6", "event": "e1", "date": "2026-11-17", "volunteer": "v1", "role": "Vært" }
          ] }
        """#
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(atPath: mailbox, withIntermediateDirectories: true)
        try writeSendmail(exitStatus: 0)
        try directory?.write("lille.json", library(sendmail: (directory?.base ?? "/nonexistent") + "/fake-sendmail -t"))
    }

    private func writeSendmail(exitStatus: Int) throws {
        let script = "#!/bin/sh\necho \"$@\" > '\(mailbox)/arguments'\ncat > \"$(mktemp '\(mailbox)/mail.XXXXXX')\"\nexit \(exitStatus)\n"
        let file = (directory?.base ?? "/nonexistent") + "/fake-sendmail"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(file, 0o755), 0)
    }

    private func messages() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: mailbox).filter { $0.hasPrefix("mail.") }.sorted()
            .map { try String(contentsOfFile: mailbox + "/" + $0, encoding: .utf8) }
    }

    private func remind(_ extra: [String] = []) -> RunResult {
        runBibplan(["--data-dir", path, "--today", "2026-11-10", "--lang", "en", "remind"] + extra)
    }

    /// The header's encoded words read back.
    private func decodedHeaders(_ message: String) -> [String] {
        let head = message.components(separatedBy: "\n\n")[0]
        return head.components(separatedBy: "\n").map { line in
            var text = line
            while let start = text.range(of: "=?UTF-8?B?"), let end = text.range(of: "?=", range: start.upperBound..<text.endIndex) {
                let decoded = Data(base64Encoded: String(text[start.upperBound..<end.lowerBound])).map { String(decoding: $0,
                    as: UTF8.self) } ?? "?"
                text.replaceSubrange(start.lowerBound..<end.upperBound, with: decoded)
            }
            return text
        }
    }

    func testEachActiveVolunteerWithAnAddressGetsOneReminderInTheLibrarysLanguage() throws {
        let first = remind()
        XCTAssertEqual(first.status, 0, first.errors)
        let sent = try messages()
        XCTAssertEqual(sent.count, 2, "Åse and Bjørn; not the inactive Carl, not Dorte without and Erik with a broken address")
        XCTAssertEqual(try String(contentsOfFile: mailbox + "/arguments", encoding: .utf8), "-t\n")
        let aase = try XCTUnwrap(sent.first { $0.contains("<aase@example.dk>") })
        let headers = decodedHeaders(aase)
        XCTAssertTrue(headers.contains("To: Åse Østergård <aase@example.dk>"), "\(headers)")
        XCTAssertTrue(headers.contains("Subject: Påmindelse: Strikkecafé, tirsdag 10. november 2026 14:00–16:00"), "\(headers)")
        XCTAssertTrue(aase.contains("Hej Åse\n"), aase)
        XCTAssertTrue(aase.contains("  Hvor:    Store sal\n  Rolle:   Vært\n  Sammen med: Bjørn (Kaffe), Carl, Dorte, Erik\n"), aase)
        XCTAssertFalse(aase.contains("Ærlig") || aase.contains("Hvile"), "first names only")
        XCTAssertTrue(first.output.contains("  not reminded: Carl Hvile (v3): inactive\n"), first.output)
        XCTAssertTrue(first.output.contains("  not reminded: Dorte Uden (v4): no e-mail address\n"), first.output)
        XCTAssertTrue(first.output.contains("  not reminded: Erik Snedig (v5): the e-mail address cannot be used\n"), first.output)
        XCTAssertTrue(first.output.contains("Open slots:\n  Tuesday 10 November 2026 14:00–16:00  Strikkecafé  1 volunteer missing\n"),
            first.output)
        XCTAssertTrue(first.output.contains("  sent: Bjørn  Bcc: evil@example.org   Ærlig <bjorn@example.dk>: "),
            "one line: \(first.output)")

        let second = remind()
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertEqual(try messages().count, 2, "nothing is sent twice")
        XCTAssertEqual(second.output.components(separatedBy: "  sent before: ").count, 3, second.output)
        XCTAssertFalse(second.output.contains("  sent: "), second.output)
    }

    func testANameWithLineBreaksCannotAddAHeader() throws {
        XCTAssertEqual(remind().status, 0)
        let bjorn = try XCTUnwrap(try messages().first { $0.contains("<bjorn@example.dk>") })
        let head = bjorn.components(separatedBy: "\n\n")[0].components(separatedBy: "\n")
        XCTAssertEqual(head.map { String($0.prefix { $0 != ":" }) },
                       ["To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted"])
        XCTAssertFalse(bjorn.contains("Bcc"), bjorn)
        XCTAssertFalse(decodedHeaders(bjorn).joined().contains("\r"))
    }

    func testADryRunPrintsTheMessagesAndSendsAndLogsNothing() throws {
        let dry = remind(["--dry-run", "--days", "8"])
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertEqual(try messages().count, 0)
        XCTAssertFalse(directory?.exists("lille.reminders.log") ?? true)
        XCTAssertEqual(dry.output.components(separatedBy: "To: ").count, 4, "Åse twice (10 and 17 Nov), Bjørn once")
        XCTAssertTrue(dry.output.contains("  would send: Åse Østergård <aase@example.dk>: Påmindelse: Strikkecafé, tirsdag 17. november"),
            dry.output)
    }

    func testAFailedHandOverIsReportedAndTriedAgainNextRun() throws {
        try writeSendmail(exitStatus: 75)
        let failed = remind()
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.output.contains("  NOT sent: Åse Østergård <aase@example.dk>: "), failed.output)
        XCTAssertTrue(failed.output.contains("exit status 75"), failed.output)
        try writeSendmail(exitStatus: 0)
        let retried = remind()
        XCTAssertEqual(retried.status, 0, retried.errors)
        XCTAssertTrue(retried.output.contains("  sent: Åse Østergård"), retried.output)
    }

    func testOnlyStaffMayRemind() throws {
        try directory?.write("access.json", #"{ "users": [ { "user": "skranke", "role": "viewer" } ] }"#)
        XCTAssertEqual(runBibplan(as: "skranke", ["--data-dir", path, "remind"]).status, 1)
        XCTAssertEqual(try messages().count, 0)
    }
}
