import BibplanCore

extension CommandRunner {
    /// `merge`, `git-setup`, `history` and `remind`.
    func collaborate(_ command: CollaborationCommand, _ invocation: Invocation, _ language: Language) throws(CommandFailure) -> ExitStatus {
        switch command {
        case .merge(let request): return try merge(request, language)
        case .gitSetup: return try gitSetup(invocation, language)
        case .history(let request): return try history(request, invocation, language)
        case .remind(let request): return try remind(request, invocation, language)
        case .clashes(let keep, let path): return try clashes(keep: keep, path: path, invocation, language)
        }
    }

    /// The data directory and the one library the command works on (`--library`, or the only one).
    func oneLibrary(_ invocation: Invocation, command: CommandName, _ language: Language) throws(CommandFailure) -> (LibraryStore, String) {
        let store = try openStore(invocation, language)
        let (chosen, all) = try chooseLibrary(invocation.libraryID, in: store, command: command, language)
        guard let id = chosen else { throw .usage(UsageError(.severalLibraries(directory: store.path, ids: all), command: command)) }
        return (store, id)
    }
}
