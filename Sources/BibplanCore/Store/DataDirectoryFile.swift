#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a data directory that only the store writes: libraries, their
/// backups, damaged copies, locks and logs (history, reminders sent), and access.json.
public enum DataDirectoryFile {
    /// Whether `path` names such a file in `directory`, compared by the folder's
    /// device and inode, so `./x/../data/glostrup.json` is found too. A new
    /// `<id>.json` is not protected (`generate -o` may create a library there); a
    /// backup, lock or access file is, even before it exists.
    public static func isProtected(_ path: String, in directory: String) -> Bool {
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        var target = stat(), data = stat(), existing = stat()
        guard let kind = StoreFileKind(name), stat(folder, &target) == 0, stat(directory, &data) == 0,
              target.st_dev == data.st_dev, target.st_ino == data.st_ino else { return false }
        return kind != .library || lstat(path, &existing) == 0
    }

    private enum StoreFileKind {
        case library, other

        init?(_ name: String) {
            if name.hasSuffix(".json") && name != AccessPolicy.fileName {
                self = .library
            } else if name == AccessPolicy.fileName || name.hasSuffix(".json.bak") || name.hasSuffix(".lock") || name.contains(".json.damaged")
                        || name.hasSuffix(".history.jsonl") || name.hasSuffix(".reminders.log") {
                self = .other
            } else {
                return nil
            }
        }
    }
}
