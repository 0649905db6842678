extension LibraryStore {
    /// `<data-dir>/landscape.json`, read and checked; nil when the directory has none.
    public func landscape() throws(StoreError) -> Landscape? {
        let bytes: [UInt8]
        do throws(StoreError) {
            bytes = try self.bytes(of: Landscape.fileID)
        } catch {
            if case .notFound = error { return nil }
            throw error
        }
        do throws(LibraryLoadError) {
            return try LandscapeCodec.decode(bytes, file: Self.fileName(Landscape.fileID))
        } catch {
            throw .load(error)
        }
    }
}

extension Landscape {
    /// A goal's or initiative's `contributes` that names no item of the landscape,
    /// with file and JSON path (`goals[3].contributes[0]`).
    public func unknownContributions(in library: Library) -> [LibraryProblem] {
        let known = Set(actors.flatMap(\.items).map(\.id))
        let file = LibraryStore.fileName(library.id)
        func check(_ ids: [String], _ path: String) -> [LibraryProblem] {
            ids.enumerated().compactMap { position, id in
                known.contains(id) ? nil : LibraryProblem(file: file, path: "\(path).contributes[\(position)]",
                                                          message: "\"\(id)\" is not an item of \(LibraryStore.fileName(Self.fileID))")
            }
        }
        return library.goals.enumerated().flatMap { check($1.contributes, "goals[\($0)]") }
            + library.initiatives.enumerated().flatMap { check($1.contributes, "initiatives[\($0)]") }
    }
}
