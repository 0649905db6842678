#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing the files of an exchange (an export, a report, a file to
/// import) at a path the person gave. A written file appears whole or not at all:
/// it is written beside its final name, synced, and renamed over it.
public enum ExchangeFile {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { path + ": " + reason }
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: POSIX.lastError) }
        var failure: String?
        if !POSIX.writeAll(fd, bytes) { failure = POSIX.lastError }
        if failure == nil, fsync(fd) != 0 { failure = POSIX.lastError }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = POSIX.lastError }
        if let failure {
            unlink(temporary)
            throw Failure(path: path, reason: failure)
        }
    }

    /// The whole file; `-` reads standard input.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: POSIX.lastError) }
        defer { if fd != 0 { close(fd) } }
        switch POSIX.readAll(fd) {
        case .success(let bytes): return bytes
        case .failure(.missing): throw Failure(path: path, reason: "no such file")
        case .failure(.failed(let reason)): throw Failure(path: path, reason: reason)
        }
    }
}
