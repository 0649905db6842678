#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading `<data-dir>/access.json` and the name of the account running the process.
public enum AccessFile {
    /// The policy of a data directory; nil only when the directory or the file does
    /// not exist. A file that exists and cannot be read, is a symbolic link, or is not
    /// valid is an error: it never counts as "no restrictions".
    public static func read(directory: String) throws(AccessError) -> AccessPolicy? {
        let descriptor = POSIX.openDirectory(directory)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(file: path(in: directory), reason: POSIX.lastError)
        }
        defer { close(descriptor) }
        switch POSIX.readFile(in: descriptor, AccessPolicy.fileName) {
        case .failure(.missing): return nil
        case .failure(let failure):
            throw .unreadable(file: path(in: directory), reason: failure.description)
        case .success(let bytes):
            return try AccessPolicy.decode(bytes)
        }
    }

    /// The policy's grant for the account running this process.
    public static func access(directory: String, user: String) throws(AccessError) -> Access {
        try Access.resolve(user: user, policy: read(directory: directory), file: path(in: directory))
    }

    public static func path(in directory: String) -> String {
        directory.hasSuffix("/") ? directory + AccessPolicy.fileName : directory + "/" + AccessPolicy.fileName
    }
}

/// The operating-system account running bibplan: the real user id's passwd name.
/// Never a flag, never `USER` or `LOGNAME` (a person can set those).
public enum SystemAccount {
    public static func current() throws(AccessError) -> String {
        let uid = getuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { throw .noAccount(uid: UInt32(uid)) }
        let text = String(cString: name)
        guard !text.isEmpty else { throw .noAccount(uid: UInt32(uid)) }
        return text
    }
}
