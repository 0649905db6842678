import BibplanCore

/// The steps every command shares: open (and on a first run seed) the data
/// directory, choose the library, load it.
extension CommandRunner {
    /// Opens the data directory; on a first run creates it with the sample libraries and says so.
    func openStore(_ invocation: Invocation, _ language: Language) throws(CommandFailure) -> LibraryStore {
        let path = DataDirectory.resolve(flag: invocation.dataDirectory, environment: environment)
        do throws(StoreError) {
            let (store, seeded) = try LibraryStore.prepare(path: path, samples: sampleLibraries)
            store.author = access.map { ChangeAuthor(account: $0.user, role: $0.grant.role) }
            let libraries = seeded.filter { $0 != Landscape.fileID }
            if !libraries.isEmpty {
                let ids = libraries.joined(separator: ", ")
                errors.write(language.pick("bibplan: oprettede \(path) med eksempelbibliotekerne \(ids)\n",
                                           "bibplan: created \(path) with the sample libraries \(ids)\n"))
            }
            return store
        } catch {
            throw .badData(error.problems)
        }
    }

    /// `--library` when this run may see it; else the only library; nil when there are several.
    func chooseLibrary(_ requested: String?, in store: LibraryStore, command: CommandName?,
                       _ language: Language) throws(CommandFailure) -> (chosen: String?, all: [String]) {
        let all = try chosenLibraryIDs(requested.map { [$0] } ?? [], in: store, command: command, language).all
        return (requested ?? (all.count == 1 ? all.first : nil), all)
    }

    /// The one library a command works on, loaded and indexed.
    func loadLibrary(_ invocation: Invocation, command: CommandName, _ language: Language) throws(CommandFailure) -> LibraryIndex {
        let store = try openStore(invocation, language)
        let (chosen, all) = try chooseLibrary(invocation.libraryID, in: store, command: command, language)
        guard let id = chosen else {
            throw .usage(UsageError(.severalLibraries(directory: store.path, ids: all), command: command))
        }
        do throws(StoreError) {
            return try store.loadIndexed(id).index
        } catch {
            throw .badData(error.problems)
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
