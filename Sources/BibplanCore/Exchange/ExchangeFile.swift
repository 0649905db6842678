#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing the files of an exchange (an export, a report, a file to
/// import) at a path the person gave. A written file appears whole or not at all:
/// it is written beside its final name, synced, and renamed over it. Only a regular
/// file or a new name is written, never a link, a device or a file of the data
/// directory; only a regular file (or a pipe on standard input) is read.
public enum ExchangeFile {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { path + ": " + reason }
    }

    /// Who may read a new file: everyone the umask allows, or only the owner (an
    /// export of volunteers' phone numbers and e-mail addresses).
    public enum Privacy: Sendable {
        case shared, ownerOnly
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder (see `Writer`).
    public static func write(_ bytes: [UInt8], to path: String, privacy: Privacy = .shared,
                             dataDirectory: String? = nil) throws(Failure) {
        let writer = try Writer(path: path, privacy: privacy, dataDirectory: dataDirectory)
        try writer.append(bytes)
        try writer.commit()
    }

    /// The whole file; `-` reads standard input (a regular file or a pipe).
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let result: Result<[UInt8], FileReadFailure>
        if path == "-" {
            result = readStandardInput()
        } else {
            let fd = POSIX.retrying { open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC) }
            guard fd >= 0 else { throw Failure(path: path, reason: FileReadFailure(openError: errno).description) }
            result = POSIX.readRegular(fd)
            close(fd)
        }
        switch result {
        case .success(let bytes): return bytes
        case .failure(let failure): throw Failure(path: path, reason: failure.description)
        }
    }

    private static func readStandardInput() -> Result<[UInt8], FileReadFailure> {
        var info = stat()
        guard fstat(0, &info) == 0 else { return .failure(.failed(POSIX.lastError)) }
        switch FileKind(mode: info.st_mode) {
        case .regular: return POSIX.readRegular(0)
        case .fifo, .socket: return POSIX.readAll(0)
        case let kind: return .failure(.notRegular(kind))
        }
    }
}
