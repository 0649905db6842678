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

    /// Reads a whole file (relative to a directory) without following symlinks.
    static func readFile(in directory: Int32, _ name: String) -> Result<[UInt8], ReadFailure> {
        let fd = openFile(in: directory, name, flags: O_RDONLY)
        guard fd >= 0 else { return .failure(errno == ENOENT ? .missing : .failed(lastError)) }
        defer { close(fd) }
        return readAll(fd)
    }

    enum ReadFailure: Error, Equatable {
        case missing
        case failed(String)
    }

    static func readAll(_ fd: Int32) -> Result<[UInt8], ReadFailure> {
        var info = stat()
        let sizeHint = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        // The size the file says it has, read straight into place (no zero-filling
        // first); then more if it grew meanwhile.
        var failure: ReadFailure?
        var bytes = [UInt8](unsafeUninitializedCapacity: max(sizeHint, 0) + 1) { buffer, initialized in
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
            if count == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count))) }
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
