import BibplanCore

extension StoreError {
    /// The error as library problems, one per line of output: a load error gives its
    /// own list; anything else one problem naming the file (or the directory).
    var problems: [LibraryProblem] {
        switch self {
        case .load(let error): return error.problems
        case .notFound(let file): return [LibraryProblem(file: file, path: "", message: "no such library file")]
        case .unreadable(let file, let reason): return [LibraryProblem(file: file, path: "", message: "cannot be read: " + reason)]
        case .directory(let path, let reason): return [LibraryProblem(file: path, path: "", message: reason)]
        case .invalidLibraryID, .locked, .conflict, .write, .validLibrary:
            return [LibraryProblem(file: "", path: "", message: description)]
        }
    }
}
