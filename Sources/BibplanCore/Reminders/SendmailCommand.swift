/// The library's `"sendmail"` setting read as a program and its arguments: words
/// separated by spaces, no shell, the program an absolute path.
public struct SendmailCommand: Equatable, Sendable {
    public let program: String
    public let arguments: [String]

    public init?(_ text: String) {
        guard !text.unicodeScalars.contains(where: SafeText.isControl) else { return nil }
        let words = text.split(separator: " ").map(String.init)
        guard let program = words.first, program.hasPrefix("/") else { return nil }
        self.program = program
        arguments = Array(words.dropFirst())
    }

    /// The library's command, or `/usr/sbin/sendmail -t`.
    public static func of(_ library: Library) -> SendmailCommand? {
        SendmailCommand(library.sendmail ?? Library.defaultSendmail)
    }
}

extension Language: Codable {}
