#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Settling a clash a git merge left failed.
public enum ClashResolveFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case store(StoreError)
    /// No open clash has this path (or there is no clash file).
    case noSuchClash(String)

    public var description: String {
        switch self {
        case .store(let error): return error.description
        case .noSuchClash(let path): return "no open clash at \(path)"
        }
    }
}

/// `<id>.clashes.json` beside the library: read, and settled one clash at a time.
extension LibraryStore {
    /// The clashes git merges left in library `id`; nil when there are none (no file).
    public func openClashes(_ id: String) throws(StoreError) -> OpenClashes? {
        guard LibraryID.isValid(id) else { throw .invalidLibraryID(id) }
        let name = OpenClashes.fileName(id)
        switch POSIX.readFile(in: directoryDescriptor, name) {
        case .success(let bytes):
            do throws(OpenClashes.Failure) {
                let clashes = try OpenClashes.decode(bytes, file: name)
                return clashes.isEmpty ? nil : clashes
            } catch {
                throw .unreadable(file: name, reason: error.message)
            }
        case .failure(.missing): return nil
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
    }

    /// Keeps `side` at `path` (`goals[g3].progress`, or `goals[g3]` for the whole item):
    /// the library is saved safely with our value put back (or as it is, for theirs), and the
    /// clash leaves the file; the file goes when none is left. Returns what is still open.
    @discardableResult
    public func resolveClash(_ id: String, path: String, keep side: OpenClashes.Side) throws(ClashResolveFailure) -> OpenClashes? {
        let found: OpenClashes?
        do throws(StoreError) { found = try openClashes(id) } catch { throw .store(error) }
        guard let clashes = found else { throw .noSuchClash(path) }
        var remaining: OpenClashes?
        do throws(StoreError) {
            _ = try commit(id) { found in
                guard let (library, rest) = try? clashes.resolve(path, keep: side, in: found.library) else { return (nil, ()) }
                remaining = rest
                return (library, ())
            }
        } catch {
            throw .store(error)
        }
        guard let remaining else { throw .noSuchClash(path) }
        let name = OpenClashes.fileName(id)
        if remaining.isEmpty {
            guard unlinkat(directoryDescriptor, name, 0) == 0 || errno == ENOENT else {
                throw .store(.write(file: name, step: "unlink", reason: POSIX.lastError))
            }
            return nil
        }
        if case .failure(let error) = writer.replace(name, with: remaining.encode()) { throw .store(error) }
        return remaining
    }
}
