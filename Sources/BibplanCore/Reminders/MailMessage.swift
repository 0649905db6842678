import Foundation

/// A reminder as an RFC 5322 message for `sendmail -t`. Header fields cannot be
/// injected: every text from the data in them is cleaned by `SafeText` and then
/// sent as an RFC 2047 encoded word (base64), which holds no line break; an address
/// is used only when it is plain (`name@host`, no spaces, brackets, commas or quotes).
public enum MailHeader {
    public static func isUsableAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), address.utf8.count <= 254 else { return false }
        return address.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !"<>()[]\\,;:\"".unicodeScalars.contains(scalar)
        }
    }

    /// `=?UTF-8?B?…?=`: any text as one header-safe word.
    public static func encodedWord(_ text: String) -> String {
        "=?UTF-8?B?" + Data(SafeText.line(text).utf8).base64EncodedString() + "?="
    }

    /// The whole message: headers, a blank line, the body; lines end in a line feed (sendmail converts).
    public static func message(_ reminder: ReminderPlan.Reminder) -> [UInt8] {
        let headers = [
            "To: " + encodedWord(reminder.volunteer.name) + " <" + reminder.address + ">",
            "Subject: " + encodedWord(reminder.subject),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "Auto-Submitted: auto-generated",
        ]
        // A line of a lone "." ends the message for sendmail without -i: it gets a space.
        let body = reminder.body.split(separator: "\n", omittingEmptySubsequences: false).map { $0 == "." ? ". " : String($0) }
        return Array((headers.joined(separator: "\n") + "\n\n" + body.joined(separator: "\n")).utf8)
    }
}
