/// What went wrong in the data directory, with the file and the step.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidLibraryID(String)
    case directory(path: String, reason: String)
    case notFound(file: String)
    case unreadable(file: String, reason: String)
    case load(LibraryLoadError)
    /// Another process held the lock for the whole wait.
    case locked(file: String, seconds: Int)
    /// The file on disk is no longer the one that was loaded.
    case conflict(file: String)
    /// A step of a save failed; the old file is untouched.
    case write(file: String, step: String, reason: String)
    /// `restore` without force on a library that loads: nothing to repair.
    case validLibrary(file: String)

    public var description: String {
        switch self {
        case .invalidLibraryID(let id):
            return "\"\(id)\" is not a library id (lowercase letters, digits and '-', starting with a letter or digit)"
        case .directory(let path, let reason): return "\(path): \(reason)"
        case .notFound(let file): return "\(file): no such library file"
        case .unreadable(let file, let reason): return "\(file): cannot be read: \(reason)"
        case .load(let error): return error.description
        case .locked(let file, let seconds):
            return "\(file): another bibplan has been saving for \(seconds) s; nothing was written, your change is kept — try again"
        case .conflict(let file):
            return "\(file): changed on disk since it was loaded (another session saved); nothing was written, your change is kept"
        case .write(let file, let step, let reason):
            return "\(file): save failed (\(step)): \(reason); the file on disk is unchanged and your change is kept"
        case .validLibrary(let file):
            return "\(file): the library is valid, so the backup was not put back (restore --force puts it back anyway and keeps this file as .damaged)"
        }
    }
}
