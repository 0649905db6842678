#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ExchangeFile {
    /// A file written in pieces (an export made as it is written) that appears whole
    /// or not at all: the pieces go to a temporary file beside it, which `commit`
    /// syncs and renames over `path`. An existing file keeps its mode; only a regular
    /// file or a new name is written, never a link, a device or a file of
    /// `dataDirectory`. Dropped without `commit`, the temporary file is removed.
    public final class Writer {
        public let path: String
        private let temporary: String
        private var descriptor: Int32

        public init(path: String, privacy: Privacy = .shared, dataDirectory: String? = nil) throws(Failure) {
            let existingMode = try Self.checkTarget(path, dataDirectory: dataDirectory)
            self.path = path
            temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let temporary = self.temporary
            descriptor = POSIX.retrying { open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644) }
            guard descriptor >= 0 else { throw Failure(path: path, reason: POSIX.lastError) }
            if let mode = existingMode ?? (privacy == .ownerOnly ? 0o600 : nil), fchmod(descriptor, mode) != 0 {
                let reason = POSIX.lastError
                abandon()
                throw Failure(path: path, reason: reason)
            }
        }

        deinit { abandon() }

        public func append(_ bytes: [UInt8]) throws(Failure) {
            guard descriptor >= 0, POSIX.writeAll(descriptor, bytes) else { throw fail() }
        }

        /// Syncs the file and puts it in place.
        public func commit() throws(Failure) {
            guard descriptor >= 0, fsync(descriptor) == 0 else { throw fail() }
            let closed = close(descriptor)
            descriptor = -1
            guard closed == 0, rename(temporary, path) == 0 else { throw fail() }
            descriptor = -2
        }

        /// Removes the temporary file; the file at `path` stays as it was.
        public func abandon() {
            if descriptor >= 0 { close(descriptor) }
            if descriptor != -2 { unlink(temporary) }
            descriptor = -2
        }

        private func fail() -> Failure {
            let failure = Failure(path: path, reason: descriptor == -2 ? "already finished" : POSIX.lastError)
            abandon()
            return failure
        }

        /// The mode of the file at `path` when it is a regular file to replace; nil for a new name.
        private static func checkTarget(_ path: String, dataDirectory: String?) throws(Failure) -> mode_t? {
            if let dataDirectory, DataDirectoryFile.isProtected(path, in: dataDirectory) {
                throw Failure(path: path, reason: "a library, backup or access file of the data directory \(dataDirectory); bibplan never writes an export there")
            }
            var info = stat()
            guard lstat(path, &info) == 0 else {
                if errno == ENOENT { return nil }
                throw Failure(path: path, reason: POSIX.lastError)
            }
            let kind = FileKind(mode: info.st_mode)
            guard kind == .regular else {
                throw Failure(path: path, reason: "it is \(kind.description); bibplan writes only to a regular file or a new name")
            }
            return info.st_mode & 0o7777
        }
    }
}
