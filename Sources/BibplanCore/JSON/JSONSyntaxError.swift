/// The bytes are not a JSON document: where (line and column, both from 1) and what.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}

/// The kinds of JSON value, as named in messages.
public enum JSONKind: String, Sendable {
    case object, array, string, number, boolean = "true or false", null

    /// "an object", "a string", … for messages.
    public var phrase: String {
        switch self {
        case .object, .array: return "an \(rawValue)"
        case .null: return "null"
        case .boolean: return rawValue
        default: return "a \(rawValue)"
        }
    }
}
