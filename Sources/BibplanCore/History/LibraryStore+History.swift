#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Appending to a log beside the library (the history, the reminders sent) failed.
public struct AppendFailure: Error, Equatable, Sendable {
    public let file: String
    public let reason: String
}

/// Appending to a history file failed; the save it belongs to stands.
public struct HistoryFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let reason: String

    init(_ failure: AppendFailure) {
        file = failure.file
        reason = failure.reason
    }

    public var description: String { "\(file): the change was saved, but not recorded in the history: \(reason)" }
}

/// `<id>.history.jsonl` beside each library: one line per field changed, appended
/// under the library's lock by every save that has an `author`.
extension LibraryStore {
    public static func historyName(_ id: String) -> String { id + ".history.jsonl" }

    /// Appends what changed from `old` to `new` (call under the lock, after the write).
    /// A failure is returned to be reported; it never undoes or stops the save.
    func recordHistory(_ id: String, from old: Library, to new: Library) -> HistoryFailure? {
        guard let author else { return nil }
        let time = ChangeRecord.timeText(Date())
        let lines = LibraryChanges.between(old, new).flatMap { difference in
            ChangeRecord(time: time, account: author.account, role: author.role.rawValue, change: difference.change,
                         entity: difference.entity, field: difference.field, old: difference.old, new: difference.new).jsonLine
        }
        return append(lines, to: Self.historyName(id)).map(HistoryFailure.init)
    }

    /// A restore from the backup, and what it changed when the replaced library was readable.
    func recordRestore(_ id: String, replaced: Library?, restored: Library) -> HistoryFailure? {
        guard let author else { return nil }
        let line = ChangeRecord(time: ChangeRecord.timeText(Date()), account: author.account, role: author.role.rawValue,
                                change: .restored, entity: "library", new: Self.backupName(id)).jsonLine
        return append(line, to: Self.historyName(id)).map(HistoryFailure.init) ?? replaced.flatMap { recordHistory(id, from: $0,
            to: restored) }
    }

    /// One write to a regular file opened for appending: lines from several processes never
    /// interleave, and a FIFO or a link put in its place is refused at once, never waited on.
    func append(_ bytes: [UInt8], to name: String) -> AppendFailure? {
        guard !bytes.isEmpty else { return nil }
        let fd = POSIX.openFile(in: directoryDescriptor, name, flags: O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK, mode: 0o660)
        guard fd >= 0 else { return AppendFailure(file: name, reason: POSIX.lastError) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return AppendFailure(file: name, reason: POSIX.lastError) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return AppendFailure(file: name, reason: "not a regular file (\(FileKind(mode: info.st_mode)))")
        }
        guard POSIX.writeAll(fd, bytes) else { return AppendFailure(file: name, reason: POSIX.lastError) }
        return nil
    }

    /// The records of library `id`, oldest first, and how many lines did not read. No file: none.
    public func history(_ id: String) throws(StoreError) -> (records: [ChangeRecord], unreadable: Int) {
        guard LibraryID.isValid(id) else { throw .invalidLibraryID(id) }
        let name = Self.historyName(id)
        switch POSIX.readFile(in: directoryDescriptor, name) {
        case .success(let bytes): return ChangeRecord.decodeLines(bytes)
        case .failure(.missing): return ([], 0)
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
    }

    /// Drops the records of days before `day`, under the lock, through a safe rewrite.
    /// Lines that do not read are kept (they are not known to be old). Returns how many went.
    public func pruneHistory(_ id: String, before day: Day) throws(StoreError) -> Int {
        let lock = try self.lock(id)
        defer { lock.release() }
        let name = Self.historyName(id)
        let bytes: [UInt8]
        switch POSIX.readFile(in: directoryDescriptor, name) {
        case .success(let read): bytes = read
        case .failure(.missing): return 0
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
        var kept: [UInt8] = [], removed = 0
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            if let record = ChangeRecord.decode(Array(line)), let recorded = record.day, recorded < day {
                removed += 1
            } else {
                kept += line + [UInt8(ascii: "\n")]
            }
        }
        guard removed > 0 else { return 0 }
        if case .failure(let error) = writer.replace(name, with: kept) { throw error }
        return removed
    }
}
