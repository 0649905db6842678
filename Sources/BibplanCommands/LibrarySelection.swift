import BibplanCore

/// Which libraries a command works on. Every command finds its libraries through
/// `visibleLibraryIDs`, so the rules of `access.json` (a staff member limited to
/// some libraries) narrow every command, one library or several, at this one place.
extension CommandRunner {
    /// The libraries of the data directory this run may see, sorted: all of them while
    /// there are no access rules.
    func visibleLibraryIDs(in store: LibraryStore) -> [String] {
        access?.grant.visible(store.libraryIDs()) ?? store.libraryIDs()
    }

    /// The libraries `--library` names (each must be one this run may see), else every
    /// visible library; with every visible library, for the messages.
    func chosenLibraryIDs(_ requested: [String], in store: LibraryStore, command: CommandName?,
                          _ language: Language) throws(CommandFailure) -> (chosen: [String], all: [String]) {
        let ids = visibleLibraryIDs(in: store)
        if let unknown = requested.first(where: { !ids.contains($0) }) {
            throw .usage(UsageError(.noSuchLibrary(id: unknown, directory: store.path, ids: ids), command: command))
        }
        guard !ids.isEmpty else {
            let message = language.pick("ingen biblioteksfiler (ID.json) her", "no library files (ID.json) here")
            throw .badData([LibraryProblem(file: store.path, path: "", message: message)])
        }
        return (requested.isEmpty ? ids : requested, ids)
    }

    /// The libraries of a command across libraries, loaded and indexed, by id (as the
    /// directory lists them); when any does not load, every problem of every such library.
    /// The chosen libraries and the data directory's `landscape.json` (empty without one).
    func loadOverview(_ invocation: Invocation, command: CommandName, today: Day, _ language: Language) throws(CommandFailure) -> Overview {
        let libraries = try loadLibraries(invocation, command: command, language)
        let store = try openStore(invocation, language)
        do throws(StoreError) {
            return Overview(libraries: libraries, today: today, landscape: try store.landscape() ?? Landscape())
        } catch {
            throw .badData(error.problems)
        }
    }

    func loadLibraries(_ invocation: Invocation, command: CommandName, _ language: Language) throws(CommandFailure) -> [LibraryIndex] {
        let store = try openStore(invocation, language)
        let ids = try chosenLibraryIDs(invocation.libraryIDs, in: store, command: command, language).chosen
        var indexes: [LibraryIndex] = []
        var problems: [LibraryProblem] = []
        for id in ids.sorted() {
            do throws(StoreError) {
                indexes.append(try store.loadIndexed(id).index)
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw .badData(problems) }
        return indexes
    }
}
