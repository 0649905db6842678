#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash at any moment leaves exactly the old or the new
/// bytes: temporary file in the same folder, all bytes written, mode and owner of
/// the old file, fsync, rename over, fsync the folder. On any failure the temporary
/// file is removed and the old file is left as it was.
struct SafeFileWriter {
    let directory: Int32
    /// Failures to act out at a step (`write`, `sync`, `rename`): tests only.
    var faults: StoreFaults?

    /// Writes `bytes` as `name`; with `backup`, the previous file is kept under that name first.
    func replace(_ name: String, with bytes: [UInt8], backup: String? = nil) -> Result<Void, StoreError> {
        var existing = stat()
        let exists = fstatat(directory, name, &existing, AT_SYMLINK_NOFOLLOW) == 0
        if exists, existing.st_mode & S_IFMT == S_IFLNK {
            return .failure(.write(file: name, step: "check", reason: "it is a symbolic link, which bibplan never writes through"))
        }
        let temporary = Self.temporaryName(for: name)
        let fd = POSIX.openFile(in: directory, temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o666)
        guard fd >= 0 else { return .failure(.write(file: name, step: "create a temporary file", reason: POSIX.lastError)) }
        let failure = fill(fd, bytes, like: exists ? existing : nil)
        if close(fd) != 0, failure == nil {
            unlinkat(directory, temporary, 0)
            return .failure(.write(file: name, step: "close", reason: POSIX.lastError))
        }
        if let failure {
            unlinkat(directory, temporary, 0)
            return .failure(.write(file: name, step: failure.step, reason: failure.reason))
        }
        if exists, let backup, case .failure(let error) = keepBackup(of: name, as: backup) {
            unlinkat(directory, temporary, 0)
            return .failure(error)
        }
        let renameFault = faults?.take("rename")
        guard renameFault == nil, renameat(directory, temporary, directory, name) == 0 else {
            let reason = renameFault.map { String(cString: strerror($0)) } ?? POSIX.lastError
            unlinkat(directory, temporary, 0)
            return .failure(.write(file: name, step: "rename", reason: reason))
        }
        // The new file is in place now; a failing folder sync cannot undo that, and
        // reporting the save as failed would make the next save conflict with itself.
        _ = fsync(directory)
        return .success(())
    }

    /// Removes temporary files left by a writer that died (call under the lock).
    func removeStaleTemporaries(for name: String) {
        guard let stream = fdopendir(dup(directory)) else { return }
        rewinddir(stream) // a duplicated descriptor shares the read position with earlier listings
        defer { closedir(stream) }
        let prefix = "." + name + ".tmp-"
        while let entry = readdir(stream) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if entryName.hasPrefix(prefix) { unlinkat(directory, entryName, 0) }
        }
    }

    private struct Failure {
        let step: String
        let reason: String
    }

    private func fill(_ fd: Int32, _ bytes: [UInt8], like existing: stat?) -> Failure? {
        if let error = faults?.take("write") { return Failure(step: "write", reason: String(cString: strerror(error))) }
        guard POSIX.writeAll(fd, bytes) else { return Failure(step: "write", reason: POSIX.lastError) }
        if let existing {
            guard fchmod(fd, existing.st_mode & 0o7777) == 0 else { return Failure(step: "keep the file mode", reason: POSIX.lastError) }
            // Owner needs privilege; the group is what a shared staff folder relies on.
            if fchown(fd, existing.st_uid, existing.st_gid) != 0 { _ = fchown(fd, UInt32.max, existing.st_gid) }
        }
        if let error = faults?.take("sync") { return Failure(step: "sync", reason: String(cString: strerror(error))) }
        guard fsync(fd) == 0 else { return Failure(step: "sync", reason: POSIX.lastError) }
        return nil
    }

    /// The old file becomes the backup through a hard link, so the library file
    /// itself never disappears, even for an instant.
    private func keepBackup(of name: String, as backup: String) -> Result<Void, StoreError> {
        let staging = Self.temporaryName(for: backup)
        if linkat(directory, name, directory, staging, 0) == 0 {
            guard renameat(directory, staging, directory, backup) == 0 else {
                let reason = POSIX.lastError
                unlinkat(directory, staging, 0)
                return .failure(.write(file: backup, step: "keep the previous version", reason: reason))
            }
            // When the backup already was this very file (a save killed before its rename), rename
            // did nothing and the staging name is still there.
            unlinkat(directory, staging, 0)
            return .success(())
        }
        // No hard links here (some file systems): copy the old bytes instead.
        switch POSIX.readFile(in: directory, name) {
        case .success(let old): return replace(backup, with: old)
        case .failure: return .failure(.write(file: backup, step: "keep the previous version", reason: POSIX.lastError))
        }
    }

    private static func temporaryName(for name: String) -> String {
        ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }
}
