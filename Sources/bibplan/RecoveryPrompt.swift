import BibplanCommands
import BibplanCore
#if canImport(Glibc)
import Glibc
#endif

/// At start, a library that cannot be loaded. Staff see every problem and, when the
/// backup loads, are offered to put it back (only when a person is at the terminal);
/// a viewer sees the problems and is told to ask staff; a volunteer sees only that
/// there is a problem (the list names other volunteers), and staff are told.
enum RecoveryPrompt {
    /// What to say about `error` to this account.
    static func problem(_ error: StoreError, _ id: String, access: Access, language: Language) -> String {
        guard access.grant.role == .volunteer else { return SafeText.lines(error.description) }
        StaffNotice.libraryProblem(id, user: access.user, problems: error.description.split(separator: "\n").map(String.init))
        return AccessError.libraryHasAProblem(library: id).message(language)
    }

    static func offer(_ id: String, store: LibraryStore, access: Access, language: Language, write: (String) -> Void) -> Bool {
        guard access.grant.role != .volunteer, let backup = try? store.loadBackup(id) else { return false }
        let library = backup.library
        write(language.pick(
            "bibplan: en gyldig tidligere udgave findes i \(LibraryStore.backupName(id)) (\(library.goals.count) mål, \(library.events.count) arrangementer, \(library.shifts.count) vagter).",
            "bibplan: a valid previous version is in \(LibraryStore.backupName(id)) (\(library.goals.count) goals, \(library.events.count) events, \(library.shifts.count) shifts)."))
        guard access.grant.role == .staff else {
            write(language.pick("Kun personalet kan lægge den tilbage; bed personalet om det.", "Only staff can put it back; ask staff to."))
            return false
        }
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
