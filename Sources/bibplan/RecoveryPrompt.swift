import BibplanCore
#if canImport(Glibc)
import Glibc
#endif

/// At start, a library that cannot be loaded while its backup can: say so and
/// offer to put the backup back (only when a person is at the terminal).
enum RecoveryPrompt {
    static func offer(_ id: String, store: LibraryStore, language: Language, write: (String) -> Void) -> Bool {
        guard let backup = try? store.loadBackup(id) else { return false }
        let library = backup.library
        write(language.pick(
            "bibplan: en gyldig tidligere udgave findes i \(LibraryStore.backupName(id)) (\(library.goals.count) mål, \(library.events.count) arrangementer, \(library.shifts.count) vagter).",
            "bibplan: a valid previous version is in \(LibraryStore.backupName(id)) (\(library.goals.count) goals, \(library.events.count) events, \(library.shifts.count) shifts)."))
        guard isatty(0) != 0 else {
            write(language.pick("Genskab den med: bibplan --library \(id) restore", "Restore it with: bibplan --library \(id) restore"))
            return false
        }
        write(language.pick("Genskab den? Den beskadigede fil gemmes som \(id).json.damaged [j/N] ", "Restore it? The damaged file is kept as \(id).json.damaged [y/N] "))
        guard let answer = readLine(), ["j", "y", "ja", "yes"].contains(answer.lowercased()) else { return false }
        do throws(StoreError) {
            try store.restoreBackup(id)
            return true
        } catch {
            write("bibplan: \(error.description)")
            return false
        }
    }
}
