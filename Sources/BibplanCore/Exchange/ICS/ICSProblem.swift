/// One thing wrong (or left out) in an iCalendar file: the line, the property and what.
public struct ICSProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var property: String?
    public var message: String

    public init(file: String, line: Int, property: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.property = property
        self.message = message
    }

    /// `events.ics:41: RRULE: BYSETPOS is not supported`
    public var description: String {
        "\(file):\(line): " + (property.map { $0 + ": " } ?? "") + message
    }
}

/// Every problem that keeps a file out, in line order.
public struct ICSProblems: Error, Equatable, Sendable {
    public var problems: [ICSProblem]
    public init(_ problems: [ICSProblem]) { self.problems = problems }
}
