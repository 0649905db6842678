#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on `<id>.lock`, a side file that is never renamed, so the
/// lock holds while the library file itself is replaced.
struct FileLock {
    private let fd: Int32

    /// Waits up to `timeout` seconds; nil when the lock could not be had.
    static func acquire(in directory: Int32, name: String, timeout: Double) -> Result<FileLock, StoreError> {
        let fd = POSIX.openFile(in: directory, name, flags: O_RDWR | O_CREAT, mode: 0o664)
        guard fd >= 0 else { return .failure(.write(file: name, step: "open the lock file", reason: POSIX.lastError)) }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = POSIX.lastError
                close(fd)
                return .failure(.write(file: name, step: "lock", reason: reason))
            }
            if waited >= timeout {
                close(fd)
                return .failure(.locked(file: name, seconds: Int(timeout.rounded())))
            }
            usleep(10_000)
            waited += 0.01
        }
        return .success(FileLock(fd: fd))
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
