import BibplanCore

/// The steps every command shares: open (and on a first run seed) the data
/// directory, choose the library, load it.
extension CommandRunner {
    /// Opens the data directory; on a first run creates it with the sample libraries and says so.
    func openStore(_ invocation: Invocation, _ language: Language) throws(CommandFailure) -> LibraryStore {
        let path = DataDirectory.resolve(flag: invocation.dataDirectory, environment: environment)
        do throws(StoreError) {
            let (store, seeded) = try LibraryStore.prepare(path: path, samples: sampleLibraries)
            if !seeded.isEmpty {
                let ids = seeded.joined(separator: ", ")
                errors.write(language.pick("bibplan: oprettede \(path) med eksempelbibliotekerne \(ids)\n",
                                           "bibplan: created \(path) with the sample libraries \(ids)\n"))
            }
            return store
        } catch {
            throw .badData(error.problems)
        }
    }

    /// `--library` when the directory has it; else the only library; nil when there are several.
    func chooseLibrary(_ requested: String?, in store: LibraryStore, command: CommandName?,
                       _ language: Language) throws(CommandFailure) -> (chosen: String?, all: [String]) {
        let ids = access?.grant.visible(store.libraryIDs()) ?? store.libraryIDs()
        if let requested {
            guard ids.contains(requested) else {
                throw .usage(UsageError(.noSuchLibrary(id: requested, directory: store.path, ids: ids), command: command))
            }
            return (requested, ids)
        }
        guard !ids.isEmpty else {
            let message = language.pick("ingen biblioteksfiler (ID.json) her", "no library files (ID.json) here")
            throw .badData([LibraryProblem(file: store.path, path: "", message: message)])
        }
        return (ids.count == 1 ? ids.first : nil, ids)
    }

    /// The one library a command works on, loaded and indexed.
    func loadLibrary(_ invocation: Invocation, command: CommandName, _ language: Language) throws(CommandFailure) -> LibraryIndex {
        let store = try openStore(invocation, language)
        let (chosen, all) = try chooseLibrary(invocation.libraryID, in: store, command: command, language)
        guard let id = chosen else {
            throw .usage(UsageError(.severalLibraries(directory: store.path, ids: all), command: command))
        }
        do throws(StoreError) {
            return LibraryIndex(try store.load(id).library)
        } catch {
            throw .badData(error.problems)
        }
    }
}
