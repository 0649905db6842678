#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The previous version kept beside each library (`<id>.json.bak`), and putting
/// it back when the library file is damaged or gone.
extension LibraryStore {
    public static func backupName(_ id: String) -> String { fileName(id) + ".bak" }

    /// The backup, when it exists and is a valid library.
    public func loadBackup(_ id: String) throws(StoreError) -> LoadedLibrary {
        guard LibraryID.isValid(id) else { throw .invalidLibraryID(id) }
        let name = Self.backupName(id)
        let bytes: [UInt8]
        switch POSIX.readFile(in: directoryDescriptor, name) {
        case .success(let read): bytes = read
        case .failure(.missing): throw .notFound(file: name)
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
        do throws(LibraryLoadError) {
            return LoadedLibrary(library: try LibraryCodec.decode(bytes, file: name), fingerprint: Fingerprint(of: bytes))
        } catch {
            throw .load(error)
        }
    }

    /// Ids that have a backup but no library file (a file lost to a disk problem or a slip).
    public func backupsWithoutLibrary() -> [String] {
        let present = Set(libraryIDs())
        return entryNames().compactMap { name -> String? in
            guard name.hasSuffix(".json.bak") else { return nil }
            let id = String(name.dropLast(".json.bak".count))
            return LibraryID.isValid(id) && !present.contains(id) ? id : nil
        }.sorted()
    }

    /// Puts the backup back as the library file, under the lock. The file it replaces
    /// is kept beside it as `<id>.json.damaged` (or `.damaged.2`, `.damaged.3`, … when
    /// an earlier one is there), never thrown away. A library that loads is replaced
    /// only with `force`. The history records the restore (`historyFailure` hears when it cannot).
    @discardableResult
    public func restoreBackup(_ id: String, force: Bool = false,
                              historyFailure: (HistoryFailure) -> Void = { _ in }) throws(StoreError) -> LoadedLibrary {
        let backup = try loadBackup(id)
        let name = Self.fileName(id)
        let lock: FileLock
        switch FileLock.acquire(in: directoryDescriptor, name: id + ".lock", timeout: lockTimeout) {
        case .success(let acquired): lock = acquired
        case .failure(let error): throw error
        }
        defer { lock.release() }
        let replaced = try? load(id)
        if !force, replaced != nil { throw .validLibrary(file: name) }
        if case .success(let damaged) = POSIX.readFile(in: directoryDescriptor, name),
           case .failure(let error) = writer.replace(freeDamagedName(name), with: damaged) {
            throw error
        }
        let bytes = LibraryCodec.encode(backup.library)
        if case .failure(let error) = writer.replace(name, with: bytes) { throw error }
        if let failure = recordRestore(id, replaced: replaced?.library, restored: backup.library) { historyFailure(failure) }
        return LoadedLibrary(library: backup.library, fingerprint: Fingerprint(of: bytes))
    }

    /// `<name>.damaged`, or the first `<name>.damaged.N` (from 2) that does not exist.
    private func freeDamagedName(_ name: String) -> String {
        var info = stat()
        var candidate = name + ".damaged"
        var number = 1
        while fstatat(directoryDescriptor, candidate, &info, AT_SYMLINK_NOFOLLOW) == 0 {
            number += 1
            candidate = name + ".damaged.\(number)"
        }
        return candidate
    }
}
