import BibplanCore

/// The exit statuses of `bibplan`.
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    /// A library file is broken (every problem is listed).
    case badData = 1
    /// The arguments, or what they name, are wrong (the usage line follows the message).
    case badUsage = 2
}

/// Why a command stopped before its output: it maps onto an exit status.
enum CommandFailure: Error {
    case usage(UsageError)
    case badData([LibraryProblem])
    /// The account may not do this, or access.json is not valid (exit status 1).
    case denied(AccessError)
}
