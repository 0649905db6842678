#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The newest change of every item in a history log, indexed once (one pass over the
/// records, one dictionary), so the details of any item ask in constant time, even for
/// a large library's long history. "ændret af helle for 2 dage siden".
///
/// A volunteer sees none of it: `visible(to:)` gives an empty index for that role.
public struct LastChanges: Sendable {
    /// The newest change of one item: who, when, and what kind.
    public struct Entry: Equatable, Sendable {
        public let account: String
        /// UTC, as the log writes it (`2026-12-03T14:20:05Z`).
        public let time: String
        public let change: ChangeRecord.Change
        /// The field for a change of one field; nil for an item added or removed.
        public let field: String?

        /// The moment, or nil when the log's time does not read.
        public var moment: Date? { ChangeRecord.moment(of: time) }

        /// "ændret af helle for 2 dage siden" / "changed by helle 2 days ago" ("tilføjet af" / "added by"
        /// for an item added). The account passes `SafeText`; nil when the time does not read.
        public func text(now: Date, timeZone: String, language: Language) -> String? {
            guard let moment else { return nil }
            let who = SafeText.line(account)
            let when = RelativeTime.text(moment, now: now, timeZone: timeZone, language: language)
            switch change {
            case .added: return language.pick("tilføjet af \(who) \(when)", "added by \(who) \(when)")
            case .removed: return language.pick("slettet af \(who) \(when)", "removed by \(who) \(when)")
            case .changed, .restored: return language.pick("ændret af \(who) \(when)", "changed by \(who) \(when)")
            }
        }
    }

    private var entries: [String: Entry] = [:]
    /// How far the history file has been read: which file (a prune writes a new one) and
    /// the bytes up to its last whole line, so the next reading reads only what was appended.
    var readFile: FileIdentity?
    var readBytes = 0

    public init() {}

    /// From the records of `LibraryStore.history(_:)`. The newest time wins, so lines that
    /// git's union merge put out of order still give the newest change.
    public init(_ records: [ChangeRecord]) {
        add(records)
    }

    mutating func add(_ records: [ChangeRecord]) {
        entries.reserveCapacity(entries.count + records.count / 4)
        for record in records where record.change != .restored {
            if let known = entries[record.entity], known.time > record.time { continue }
            entries[record.entity] = Entry(account: record.account, time: record.time, change: record.change, field: record.field)
        }
    }

    /// The newest change of an item named as the history names it: `goals[g3]`, or `library`.
    public func last(_ entity: String) -> Entry? { entries[entity] }

    /// The newest change of item `id` of `kind` (`goals`, `initiatives`, `events`, `volunteers`, `shifts`).
    public func last(kind: String, id: String) -> Entry? { entries["\(kind)[\(id)]"] }

    /// How many items have a change.
    public var count: Int { entries.count }

    /// This index for someone of `role`: empty for a volunteer, who sees no one's changes.
    public func visible(to role: AccessRole) -> LastChanges {
        role == .volunteer ? LastChanges() : self
    }
}

/// A file as the file system knows it: the same name may later be another file.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
}

extension LibraryStore {
    /// The newest change of every item of library `id`, for someone of `role` (none for a
    /// volunteer). No history file: an empty index. Given the index read before, only the
    /// lines appended since are read, so a long history costs nothing after each save.
    public func lastChanges(_ id: String, for role: AccessRole, continuing previous: LastChanges = LastChanges())
        throws(StoreError) -> LastChanges {
        guard role != .volunteer else { return LastChanges() }
        guard LibraryID.isValid(id) else { throw .invalidLibraryID(id) }
        let name = Self.historyName(id)
        let fd = POSIX.openFile(in: directoryDescriptor, name, flags: O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { return LastChanges() }
            throw .unreadable(file: name, reason: POSIX.lastError)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(file: name, reason: POSIX.lastError) }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        let continues = previous.readFile == identity && Int(info.st_size) >= previous.readBytes
        var changes = continues ? previous : LastChanges()
        changes.readFile = identity
        if changes.readBytes > 0, lseek(fd, off_t(changes.readBytes), SEEK_SET) < 0 {
            throw .unreadable(file: name, reason: POSIX.lastError)
        }
        let bytes: [UInt8]
        switch POSIX.readRegular(fd) {
        case .success(let read): bytes = read
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
        // A line still being written (or cut by a crash) waits for its line feed.
        guard let end = bytes.lastIndex(of: UInt8(ascii: "\n")) else { return changes }
        changes.add(ChangeRecord.decodeLines(Array(bytes[...end])).records)
        changes.readBytes += end + 1
        return changes
    }
}
