#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A library as read from disk, with the fingerprint of the exact bytes read.
public struct LoadedLibrary: Sendable {
    public let library: Library
    public let fingerprint: Fingerprint
}

/// See `LibraryStore.fileStamp(of:)`.
public struct FileStamp: Equatable, Sendable {
    public let size: Int
    public let inode: UInt64
    public let modified: Int
}

/// The libraries of one data directory: list, load, save safely.
///
/// Every path is built from a checked library id, relative to the directory opened once.
public final class LibraryStore: @unchecked Sendable {
    // @unchecked: an immutable descriptor, closed in deinit; `lockTimeout`, `author` and `faults` are set before use.
    public let path: String
    private let directory: Int32
    public var lockTimeout: Double = 5
    /// Who the changes are by: set, each save appends its changes to `<id>.history.jsonl`.
    public var author: ChangeAuthor?

    public init(path: String) throws(StoreError) {
        let fd = POSIX.openDirectory(path)
        guard fd >= 0 else { throw .directory(path: path, reason: POSIX.lastError) }
        self.path = path
        self.directory = fd
    }

    deinit { close(directory) }

    /// Creates the directory if it is missing, with sample libraries in it. Returns the ids written.
    public static func prepare(path: String, samples: [String: String]) throws(StoreError) -> (store: LibraryStore, seeded: [String]) {
        var info = stat()
        guard stat(path, &info) != 0 else { return (try LibraryStore(path: path), []) }
        guard errno == ENOENT else { throw .directory(path: path, reason: POSIX.lastError) }
        try makeDirectories(path)
        let store = try LibraryStore(path: path)
        var seeded: [String] = []
        for (id, text) in samples.sorted(by: { $0.key < $1.key }) where LibraryID.isValid(id) {
            if case .failure(let error) = store.writer.replace(fileName(id), with: Array(text.utf8)) { throw error }
            seeded.append(id)
        }
        return (store, seeded)
    }

    private static func makeDirectories(_ path: String) throws(StoreError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o775) != 0, errno != EEXIST { throw .directory(path: prefix, reason: POSIX.lastError) }
        }
    }

    public static func fileName(_ id: String) -> String { id + ".json" }

    var writer: SafeFileWriter { SafeFileWriter(directory: directory, faults: faults) }
    /// The file-system seam: failures a test wants a save of this store to meet.
    public var faults: StoreFaults?
    var directoryDescriptor: Int32 { directory }

    /// Ids of the library files present, sorted (`access.json` and `landscape.json` are not libraries).
    public func libraryIDs() -> [String] {
        entryNames().compactMap { name -> String? in
            guard name.hasSuffix(".json") else { return nil }
            let id = String(name.dropLast(5))
            return id != "access" && id != Landscape.fileID && LibraryID.isValid(id) ? id : nil
        }.sorted()
    }

    /// The names in the directory.
    func entryNames() -> [String] {
        guard let stream = fdopendir(dup(directory)) else { return [] }
        rewinddir(stream) // a duplicated descriptor shares the read position with earlier listings
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            })
        }
        return names
    }

    public func bytes(of id: String) throws(StoreError) -> [UInt8] {
        guard LibraryID.isValid(id) else { throw .invalidLibraryID(id) }
        let name = Self.fileName(id)
        switch POSIX.readFile(in: directory, name) {
        case .success(let bytes): return bytes
        case .failure(.missing): throw .notFound(file: name)
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
    }

    /// Size, modification time and inode of a library file: a cheap sign that it
    /// may have changed (the fingerprint of its bytes then decides).
    public func fileStamp(of id: String) -> FileStamp? {
        guard LibraryID.isValid(id) else { return nil }
        var info = stat()
        guard fstatat(directory, Self.fileName(id), &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileStamp(size: Int(info.st_size), inode: UInt64(info.st_ino),
                         modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }

    public func load(_ id: String) throws(StoreError) -> LoadedLibrary {
        try load(id) { bytes, file throws(LibraryLoadError) in (try LibraryCodec.decode(bytes, file: file), nil) }
    }

    /// `load`, with the index of the library (built on another core while it is checked).
    public func loadIndexed(_ id: String) throws(StoreError) -> (loaded: LoadedLibrary, index: LibraryIndex) {
        var index: LibraryIndex?
        let loaded = try load(id) { bytes, file throws(LibraryLoadError) in
            let (built, fingerprint) = try LibraryCodec.decodeIndexed(bytes, file: file)
            index = built
            return (built.library, fingerprint)
        }
        return (loaded, index ?? LibraryIndex(loaded.library))
    }

    /// `decode` gives the library, and the fingerprint of the bytes when it made one.
    private func load(_ id: String, decode: ([UInt8], String) throws(LibraryLoadError) -> (Library, Fingerprint?)) throws(StoreError) -> LoadedLibrary {
        try decoded(try bytes(of: id), id: id, decode: decode)
    }

    /// The library in `bytes`, checked to be the one named `id`.
    func decoded(_ bytes: [UInt8], id: String,
                 decode: ([UInt8], String) throws(LibraryLoadError) -> (Library, Fingerprint?)) throws(StoreError) -> LoadedLibrary {
        do throws(LibraryLoadError) {
            let (library, fingerprint) = try decode(bytes, Self.fileName(id))
            if library.id != id {
                throw LibraryLoadError.invalid([LibraryProblem(file: Self.fileName(id), path: "id", message: "\"\(library.id)\" does not match the file name \(Self.fileName(id))")])
            }
            return LoadedLibrary(library: library, fingerprint: fingerprint ?? Fingerprint(of: bytes))
        } catch {
            throw .load(error)
        }
    }

    /// Saves `library` over the version loaded with `fingerprint` (nil: the file must not exist yet).
    /// Refuses with `.conflict` when the file changed since. Returns the new fingerprint.
    @discardableResult
    public func save(_ library: Library, over fingerprint: Fingerprint?) throws(StoreError) -> Fingerprint {
        guard LibraryID.isValid(library.id) else { throw .invalidLibraryID(library.id) }
        let name = Self.fileName(library.id)
        let bytes = try checkedBytes(of: library)
        let lock = try self.lock(library.id)
        defer { lock.release() }
        let onDisk: Fingerprint?
        switch POSIX.readFile(in: directory, name) {
        case .success(let current): onDisk = Fingerprint(of: current)
        case .failure(.missing): onDisk = nil
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
        guard onDisk == fingerprint else { throw .conflict(file: name) }
        return try replace(name, with: bytes)
    }

    /// The library's bytes, checked to read back before anything touches the disk.
    func checkedBytes(of library: Library) throws(StoreError) -> [UInt8] {
        let name = Self.fileName(library.id)
        let bytes = LibraryCodec.encode(library)
        do throws(LibraryLoadError) {
            _ = try LibraryCodec.decode(bytes, file: name)
        } catch {
            throw .write(file: name, step: "check before writing", reason: error.description)
        }
        return bytes
    }

    /// The library's lock, waited for up to `lockTimeout` seconds.
    func lock(_ id: String) throws(StoreError) -> FileLock {
        switch FileLock.acquire(in: directory, name: id + ".lock", timeout: lockTimeout) {
        case .success(let acquired): return acquired
        case .failure(let error): throw error
        }
    }

    /// Writes the file, keeping the previous one as `.bak` (call under the lock).
    func replace(_ name: String, with bytes: [UInt8]) throws(StoreError) -> Fingerprint {
        writer.removeStaleTemporaries(for: name)
        writer.removeStaleTemporaries(for: name + ".bak") // the backup's staging link, left by a writer killed mid-save
        if case .failure(let error) = writer.replace(name, with: bytes, backup: name + ".bak") { throw error }
        return Fingerprint(of: bytes)
    }
}
