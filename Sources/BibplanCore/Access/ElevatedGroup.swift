#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// bibplan installed setgid to the data directory's group (see the README) lets a
/// volunteer read the library only through the program. That extra group is kept
/// only for the administrator's data directory: one that belongs to the group, is
/// not the person's own, is not writable by everyone, and has an access.json of the
/// same kind. For any other directory it is dropped for good before anything is read.
public enum ElevatedGroup {
    public enum Outcome: Equatable, Sendable {
        /// Not setgid: nothing to decide.
        case notElevated
        case kept
        case dropped
    }

    public static func settle(dataDirectory: String) throws(AccessError) -> Outcome {
        let real = getgid(), effective = getegid()
        guard real != effective else { return .notElevated }
        if isAdministrators(dataDirectory, group: effective) { return .kept }
        try dropForGood()
        return .dropped
    }

    /// Gives the extra group up (for work on files the person names, such as git's merge).
    public static func dropForGood() throws(AccessError) {
        let real = getgid(), effective = getegid()
        guard real != effective else { return }
        // Setting the real group as well clears the saved set-group-ID: the group cannot come back.
        guard setregid(real, real) == 0, getegid() == real else {
            throw .unreadable(file: "bibplan", reason: "cannot give up the group \(effective): " + String(cString: strerror(errno)))
        }
    }

    static func isAdministrators(_ directory: String, group: gid_t) -> Bool {
        var folder = stat()
        guard stat(directory, &folder) == 0, (folder.st_mode & S_IFMT) == S_IFDIR else { return false }
        guard trusted(folder, group: group) else { return false }
        var file = stat()
        guard fstatat(AT_FDCWD, AccessFile.path(in: directory), &file, AT_SYMLINK_NOFOLLOW) == 0,
              (file.st_mode & S_IFMT) == S_IFREG else { return false }
        return trusted(file, group: group)
    }

    /// Owned by someone else than the person running bibplan (root or the administrator),
    /// in the elevated group, and not writable by everyone.
    private static func trusted(_ info: stat, group: gid_t) -> Bool {
        info.st_uid != getuid() && info.st_gid == group && info.st_mode & S_IWOTH == 0
    }
}

extension LibraryClock {
    /// The wall-clock time now in the library's time zone.
    public static func now(in timeZone: String = Library.defaultTimeZone, at moment: Date = Date()) -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: Library.defaultTimeZone) ?? .current
        let parts = calendar.dateComponents([.hour, .minute], from: moment)
        return LocalDateTime(day: today(in: timeZone, now: moment), minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
