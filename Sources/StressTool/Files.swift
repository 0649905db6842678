#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the stress tool needs besides the store.
enum Files {
    static var lastError: String { String(cString: strerror(errno)) }

    static func path(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The whole file, or nil when it cannot be read (missing, a symlink, …).
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<got])
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var written = 0
        return bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return false }
                written += result
            }
            return true
        }
    }

    /// The complete lines of a text file (a last line without its newline is not one).
    static func completeLines(_ path: String) -> [String] {
        guard let bytes = read(path), let end = bytes.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
        return bytes[...end].split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Cuts a half-written last line off, so that appending starts on a line of its own.
    static func dropIncompleteLine(_ path: String) -> Bool {
        guard let bytes = read(path), let last = bytes.last, last != UInt8(ascii: "\n") else { return true }
        let keep = bytes.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return truncate(path, off_t(keep)) == 0
    }

    /// Appends one line and waits until it is on the disk.
    static func appendDurably(_ path: String, line: String) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { return false }
        let written = writeAll(fd, Array((line + "\n").utf8))
        let synced = fsync(fd) == 0
        return close(fd) == 0 && written && synced
    }

    /// The names in a directory, without `.` and `..`.
    static func entries(_ directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Temporary files a save of `file` may leave when its writer dies: `.<file>.tmp-*`,
    /// and the backup's `.<file>.bak.tmp-*`.
    static func temporaries(of file: String, in directory: String) -> [String] {
        entries(directory).filter { $0.hasPrefix("." + file + ".tmp-") || $0.hasPrefix("." + file + ".bak.tmp-") }
    }

    static func remove(_ path: String) { unlink(path) }

    static func makeDirectories(_ path: String) -> Bool {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o775) != 0, errno != EEXIST { return false }
        }
        return true
    }
}
