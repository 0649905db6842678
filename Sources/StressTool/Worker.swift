#if canImport(Glibc)
import Glibc
#endif
import BibplanCore

/// One of the processes: `changes` times load → add a volunteer → save over what was
/// loaded, retrying on a conflict; each saved change is acknowledged in `acked-<K>.txt`
/// (written and synced) only after the save returned. Started again after a kill, it
/// continues after the last acknowledged change.
struct Worker {
    let options: Options
    let number: Int

    func run() -> Int32 {
        let ackPath = Files.path(options.directory, StressLibrary.ackFile(worker: number))
        guard Files.dropIncompleteLine(ackPath) else { return fail("cannot tidy \(ackPath): \(Files.lastError)") }
        let store: LibraryStore
        do throws(StoreError) {
            store = try LibraryStore(path: options.directory)
        } catch {
            return fail("\(error)")
        }
        store.lockTimeout = 30
        var random = SeededRandom(seed: options.seed ?? SeededRandom.freshSeed())
        var done = Files.completeLines(ackPath).count
        var conflictsInARow = 0
        while done < options.changes {
            let id = StressLibrary.volunteerID(worker: number, change: done + 1)
            let loaded: LoadedLibrary
            do throws(StoreError) {
                loaded = try store.load(StressLibrary.id)
            } catch {
                return fail("load: \(error)")
            }
            // Saved by this worker before it was killed, but not yet acknowledged.
            if loaded.library.volunteers.contains(where: { $0.id == id }) {
                guard Files.appendDurably(ackPath, line: id) else { return fail("cannot write \(ackPath): \(Files.lastError)") }
                done += 1
                continue
            }
            var library = loaded.library
            library.volunteers.append(Volunteer(id: id, name: "Frivillig \(number)-\(done + 1)", groups: ["Lektiehjælp"],
                                                notes: "tilføjet af proces \(number)"))
            library.vision = "Senest ændret af \(id)."
            do throws(StoreError) {
                try store.save(library, over: loaded.fingerprint)
            } catch {
                switch error {
                case .conflict, .locked:
                    // Someone else saved first: load again and redo the change. A random pause,
                    // growing with each conflict in a row, keeps the processes from colliding in lockstep.
                    conflictsInARow += 1
                    let ceiling = UInt64(1000) << UInt64(min(conflictsInARow, 6)) // µs: 2 ms … 64 ms
                    Clock.sleep(seconds: Double(random.next() % ceiling) / 1_000_000)
                    continue
                default:
                    return fail("save: \(error)")
                }
            }
            conflictsInARow = 0
            guard Files.appendDurably(ackPath, line: id) else { return fail("cannot write \(ackPath): \(Files.lastError)") }
            done += 1
        }
        return 0
    }

    private func fail(_ message: String) -> Int32 {
        Output.error("bibplan-stress worker \(number): \(message)")
        return 3
    }
}
