#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the system calls the store needs, retrying on EINTR and
/// returning the errno text on failure.
enum POSIX {
    static var lastError: String { String(cString: strerror(errno)) }

    static func openDirectory(_ path: String) -> Int32 {
        retrying { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    }

    static func openFile(in directory: Int32, _ name: String, flags: Int32, mode: mode_t = 0o644) -> Int32 {
        retrying { openat(directory, name, flags | O_CLOEXEC | O_NOFOLLOW, mode) }
    }

    /// Reads a whole regular file (relative to a directory) without following symlinks.
    static func readFile(in directory: Int32, _ name: String) -> Result<[UInt8], FileReadFailure> {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        let fd = openFile(in: directory, name, flags: O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return .failure(FileReadFailure(openError: errno)) }
        defer { close(fd) }
        return readRegular(fd)
    }

    /// Reads an open descriptor when it is a regular file, up to the size limit.
    static func readRegular(_ fd: Int32) -> Result<[UInt8], FileReadFailure> {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.failed(lastError)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular(FileKind(mode: info.st_mode))) }
        guard Int(info.st_size) <= FileReadFailure.sizeLimit else { return .failure(.tooLarge(limit: FileReadFailure.sizeLimit)) }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return readAll(fd, sizeHint: Int(info.st_size))
    }

    /// Reads to the end (a pipe on standard input, or a regular file), refusing more
    /// than the size limit.
    static func readAll(_ fd: Int32, sizeHint: Int = 0) -> Result<[UInt8], FileReadFailure> {
        let limit = FileReadFailure.sizeLimit
        // The size the file says it has, read straight into place (no zero-filling
        // first); then more if it grew meanwhile.
        var failure: FileReadFailure?
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(sizeHint, 0), limit) + 1) { buffer, initialized in
            while initialized < buffer.count {
                let got = read(fd, buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = .failed(lastError); break }
                if got == 0 { break }
                initialized += got
            }
        }
        if let failure { return .failure(failure) }
        guard bytes.count > sizeHint else { return .success(bytes) } // the whole file, to its end
        var count = bytes.count
        while true {
            guard count <= limit else { return .failure(.tooLarge(limit: limit)) }
            if count == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: min(max(4096, bytes.count), limit + 1))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.failed(lastError))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// Writes every byte, through short writes and EINTR.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var written = 0
        return bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
    }

    static func retrying(_ call: () -> Int32) -> Int32 {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }
}
