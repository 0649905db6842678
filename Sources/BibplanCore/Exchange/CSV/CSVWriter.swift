/// CSV by RFC 4180, ready for a spreadsheet: UTF-8 with a byte-order mark (so
/// Excel reads æ, ø and å), CRLF after every row, a field quoted when it holds the
/// delimiter, a quote or a line break (quotes doubled). A text field that a
/// spreadsheet would run as a formula gets a leading `'` (see `defused`).
public struct CSVWriter: Sendable {
    public let delimiter: Character
    public private(set) var text = "\u{FEFF}"

    /// `,` or `;` (Danish spreadsheets), or a tab.
    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    public mutating func row(_ fields: [String]) {
        text += fields.map(field).joined(separator: String(delimiter)) + "\r\n"
    }

    public mutating func rows(_ rows: [[String]]) {
        for fields in rows { row(fields) }
    }

    /// The text written since the last time, for an export written as it is made.
    public mutating func take() -> String {
        defer { text = "" }
        return text
    }

    func field(_ value: String) -> String {
        let safe = Self.defused(SafeText.lines(value))
        let needsQuotes = safe.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The field with a `'` in front when a spreadsheet would take it for a formula:
    /// it starts with `=`, `+`, `-`, `@`, a tab or a CR and is not a plain number. A
    /// plain number is an optional sign, then digits with spaces, `.` or `,` between
    /// them (`-12,5`, `+45 12 34 56 78`); `+1+1` or `-2+3` would be computed.
    static func defused(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return isPlainNumber(value) ? value : "'" + value
    }

    static func isPlainNumber(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, let last = scalars.last,
              ("0"..."9").contains(first), ("0"..."9").contains(last) else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) || $0 == " " || $0 == "." || $0 == "," }
    }
}
