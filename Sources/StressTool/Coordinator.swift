#if canImport(Glibc)
import Glibc
#endif
import BibplanCore

/// The parent: writes the library, runs the workers (killing and restarting them at
/// random with `--kill-randomly`), then checks that every acknowledged change is in the
/// file, that the file is valid and that no temporary files are left. Prints one line.
struct Coordinator {
    let options: Options

    private struct Running {
        var workers: [pid_t: Int] = [:]
        var restarts: [Int: UInt64] = [:]
        var kills = 0
        var failures: [String] = []
    }

    func run() -> Int32 {
        let started = Clock.now()
        let seed = options.seed ?? SeededRandom.freshSeed()
        Output.error("bibplan-stress: seed \(seed)")
        var random = SeededRandom(seed: seed)
        if let problem = prepare() {
            Output.error("bibplan-stress: \(problem)")
            report(acknowledged: 0, found: 0, kills: 0, seconds: Clock.now() - started, ok: false)
            return 1
        }
        let executable = Processes.executablePath()
        var running = Running()
        for number in 1...options.processes {
            start(number, executable: executable, seed: seed, running: &running)
        }
        let deadline = started + options.timeout
        var nextKill = started + pause(&random)
        while !running.workers.isEmpty {
            while let (pid, ending) = Processes.reapAny() {
                finished(pid, ending, running: &running)
            }
            let now = Clock.now()
            if now > deadline {
                running.failures.append("gave up after \(Output.seconds(options.timeout)) s")
                for pid in running.workers.keys { kill(pid, SIGKILL); _ = Processes.reap(pid) }
                running.workers = [:]
                break
            }
            if options.killRandomly, now >= nextKill, let victim = running.workers.keys.randomElement(using: &random),
               let number = running.workers[victim] {
                kill(victim, SIGKILL)
                let ending = Processes.reap(victim)
                if ending == .killed(SIGKILL) {
                    running.workers[victim] = nil
                    running.kills += 1
                    start(number, executable: executable, seed: seed, running: &running)
                } else {
                    finished(victim, ending, running: &running) // it ended by itself just before
                }
                nextKill = now + pause(&random)
            }
            Clock.sleep(seconds: 0.002)
        }
        return check(running: running, seconds: Clock.now() - started)
    }

    /// A random moment for the next kill: 5–80 ms on.
    private func pause(_ random: inout SeededRandom) -> Double {
        0.005 + Double(random.next() % 75) / 1000
    }

    /// An empty stage: the directory, no old acknowledgements or files, a fresh library.
    private func prepare() -> String? {
        guard Files.makeDirectories(options.directory) else { return "cannot create \(options.directory): \(Files.lastError)" }
        let temporaries = Set(Files.temporaries(of: StressLibrary.fileName, in: options.directory))
        for name in Files.entries(options.directory) where name.hasPrefix("acked-") || temporaries.contains(name)
            || name == StressLibrary.fileName || name == StressLibrary.fileName + ".bak" {
            Files.remove(Files.path(options.directory, name))
        }
        guard let library = StressLibrary.initial() else { return "cannot build the starting library" }
        do throws(StoreError) {
            try LibraryStore(path: options.directory).save(library, over: nil)
        } catch {
            return "cannot write the starting library: \(error)"
        }
        return nil
    }

    private func start(_ number: Int, executable: String, seed: UInt64, running: inout Running) {
        let restart = running.restarts[number, default: 0]
        running.restarts[number] = restart + 1
        let workerSeed = seed &+ UInt64(number) &* 0x1_0000 &+ restart
        guard let pid = Processes.spawn(executable, options.workerArguments(number, seed: workerSeed)) else {
            running.failures.append("worker \(number) could not be started")
            return
        }
        running.workers[pid] = number
    }

    /// A worker that ended by itself: done, or failed.
    private func finished(_ pid: pid_t, _ ending: Processes.Ending, running: inout Running) {
        guard let number = running.workers.removeValue(forKey: pid) else { return }
        if ending != .exited(0) { running.failures.append("worker \(number) ended with \(ending)") }
    }

    private func check(running: Running, seconds: Double) -> Int32 {
        var failures = running.failures
        var present = Set<String>()
        do throws(StoreError) {
            let store = try LibraryStore(path: options.directory)
            present = Set(try store.load(StressLibrary.id).library.volunteers.map(\.id))
        } catch {
            failures.append("the library does not load: \(error)")
        }
        var acknowledged = 0
        var found = 0
        for number in 1...options.processes {
            for id in Files.completeLines(Files.path(options.directory, StressLibrary.ackFile(worker: number))) {
                acknowledged += 1
                if present.contains(id) { found += 1 } else { failures.append("acknowledged \(id) is missing") }
            }
        }
        if acknowledged != options.processes * options.changes {
            failures.append("\(acknowledged) changes acknowledged, \(options.processes * options.changes) expected")
        }
        let leftovers = Files.temporaries(of: StressLibrary.fileName, in: options.directory)
        if !leftovers.isEmpty { failures.append("temporary files left: " + leftovers.joined(separator: " ")) }
        for failure in failures.prefix(20) { Output.error("bibplan-stress: \(failure)") }
        report(acknowledged: acknowledged, found: found, kills: running.kills, seconds: seconds, ok: failures.isEmpty)
        return failures.isEmpty ? 0 : 1
    }

    private func report(acknowledged: Int, found: Int, kills: Int, seconds: Double, ok: Bool) {
        Output.line("processes=\(options.processes) changes=\(options.changes) acknowledged=\(acknowledged) found=\(found) "
            + "missing=\(acknowledged - found) kills=\(kills) seconds=\(Output.seconds(seconds)) result=\(ok ? "ok" : "FAIL")")
    }
}
