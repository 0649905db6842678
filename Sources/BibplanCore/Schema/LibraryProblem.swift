/// One thing wrong in a library file: which file, where (JSON path, and line and
/// column when known) and what.
public struct LibraryProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `glostrup.json:41:17: events[3].rrule: BYWEEKNO is not supported`
    public var description: String {
        var text = file
        if let line, let column { text += ":\(line):\(column)" }
        if !path.isEmpty { text += ": " + path }
        return text + ": " + message
    }
}

/// Why a library file could not be loaded.
public enum LibraryLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not a JSON document (empty, truncated, not UTF-8, …).
    case notJSON(file: String, JSONSyntaxError)
    /// The file is JSON but breaks schema 1; every problem found is listed.
    case invalid([LibraryProblem])
    /// Written by a newer bibplan: refused, never rewritten.
    case newerSchema(file: String, found: Int)
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)

    public var problems: [LibraryProblem] {
        switch self {
        case .invalid(let problems): return problems
        case .notJSON(let file, let error):
            return [LibraryProblem(file: file, path: "", line: error.line, column: error.column, message: error.message)]
        case .newerSchema(let file, let found):
            return [LibraryProblem(file: file, path: "schema", message: "schema \(found) is newer than this bibplan understands (\(Library.currentSchema)); the file is left untouched")]
        case .unreadable(let file, let reason):
            return [LibraryProblem(file: file, path: "", message: reason)]
        }
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
