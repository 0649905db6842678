/// The one way a change reaches a library file that already exists: read what is on
/// disk now, decide, write, all under the library's lock, so nothing another
/// process saves can fall between the read and the write and be lost.
extension LibraryStore {
    /// What a commit found and did.
    public struct Commit<Outcome: Sendable>: Sendable {
        /// The version on disk when the lock was held (before this commit wrote).
        public let found: LoadedLibrary
        /// The version written, or nil when `change` chose to write nothing.
        public let written: LoadedLibrary?
        public let outcome: Outcome
        /// The save stands, but its changes could not be added to the history.
        public var historyFailure: HistoryFailure? = nil
    }

    /// Reads library `id` under its lock and hands it to `change`, which returns the
    /// library to write (nil: write nothing) and what to tell the caller.
    ///
    /// `known` is a version the caller holds already: when the bytes on disk are still
    /// its bytes, it is passed on without reading the file again.
    public func commit<Outcome: Sendable>(_ id: String, known: LoadedLibrary? = nil,
                                _ change: (LoadedLibrary) -> (write: Library?, outcome: Outcome)) throws(StoreError) -> Commit<Outcome> {
        guard LibraryID.isValid(id) else { throw .invalidLibraryID(id) }
        let lock = try self.lock(id)
        defer { lock.release() }
        let bytes = try self.bytes(of: id)
        let found: LoadedLibrary
        if let known, known.fingerprint == Fingerprint(of: bytes) {
            found = known
        } else {
            found = try decoded(bytes, id: id) { bytes, file throws(LibraryLoadError) in (try LibraryCodec.decode(bytes, file: file), nil) }
        }
        let (library, outcome) = change(found)
        guard let library, library != found.library else { return Commit(found: found, written: nil, outcome: outcome) }
        guard library.id == id else { throw .write(file: Self.fileName(id), step: "check", reason: "the library's id is \"\(library.id)\"") }
        let fingerprint = try replace(Self.fileName(id), with: try checkedBytes(of: library))
        return Commit(found: found, written: LoadedLibrary(library: library, fingerprint: fingerprint), outcome: outcome,
                      historyFailure: recordHistory(id, from: found.library, to: library))
    }
}
