@testable import BibplanCore
import BibplanResources
@testable import BibplanUI
import Foundation
import XCTest

/// One person's full-screen program without a terminal: its state, its session on
/// a real data directory, and the run loop's way of performing effects.
@MainActor
final class SessionDriver {
    let store: LibraryStore
    let session: LibrarySession
    var state: AppState
    let faults = StoreFaults()

    init(directory: String, library id: String = "glostrup") throws {
        store = try LibraryStore(path: directory)
        store.faults = faults
        session = LibrarySession(store: store, language: .english, access: .unrestricted(user: "test"))
        guard case .success(let index) = session.open(id) else { throw DriverError.cannotOpen(id) }
        state = AppState(index: index, today: Day(iso: "2026-11-28") ?? Day(ordinal: 0), language: .english)
    }

    var library: Library { state.index?.library ?? Library(id: "none", name: "none") }

    /// Performs effects and the effects their answers lead to, as the run loop does;
    /// returns every answer in order.
    @discardableResult
    func run(_ effects: [Effect]) -> [Action] {
        var pending = effects
        var answers: [Action] = []
        while !pending.isEmpty {
            guard let answer = session.perform(pending.removeFirst()) else { continue }
            answers.append(answer)
            pending += update(&state, answer)
        }
        return answers
    }

    @discardableResult
    func change(_ change: (inout Library) -> Void) -> [Action] { run(EditingUpdate.apply(change, &state)) }

    @discardableResult
    func press(_ key: Key) -> [Action] { run(update(&state, .key(key))) }

    /// The idle tick's look at the file.
    @discardableResult
    func watch() -> [Action] {
        guard let action = session.checkForChanges() else { return [] }
        return [action] + run(update(&state, action))
    }

    enum DriverError: Error { case cannotOpen(String) }
}

/// A data directory with the sample libraries in it, removed at the end.
final class SampleDirectory {
    let path: String

    /// Glostrup's sample library, or with `small` a small one of its own (for the long model run).
    init(small: Bool = false) throws {
        // In memory where there is such a folder: the long model run is about merging, not about the disk's sync.
        let memory = small && access("/dev/shm", W_OK) == 0
        path = (memory ? "/dev/shm/" : NSTemporaryDirectory()) + "bibplan-shared-\(UUID().uuidString)"
        var samples = EmbeddedResources.sampleLibraries.filter { $0.key == "glostrup" }
        if small { samples = ["glostrup": String(decoding: LibraryCodec.encode(Self.smallLibrary()), as: UTF8.self)] }
        _ = try LibraryStore.prepare(path: path, samples: samples)
    }

    private static func smallLibrary() -> Library {
        let start = LocalDateTime(day: Day(iso: "2027-01-05") ?? Day(ordinal: 0), minutes: 600)
        return Library(id: "glostrup", name: "Lille Bibliotek",
                       goals: (1...8).map { Goal(id: "g\($0)", title: "Mål \($0)", progress: 10 * $0) },
                       initiatives: (1...5).map { Initiative(id: "i\($0)", title: "Initiativ \($0)", goals: ["g\($0)"]) },
                       events: (1...4).map { Event(id: "e\($0)", title: "Arrangement \($0)", start: start, rrule: "FREQ=WEEKLY") })
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func library(_ id: String = "glostrup") throws -> Library {
        try LibraryStore(path: path).load(id).library
    }

    /// What `bibplan import ics` does: the events applied under the lock to the file as it is.
    func importEvents(_ ics: String, into id: String = "glostrup") throws {
        let store = try LibraryStore(path: path)
        let loaded = try store.load(id)
        let read = try ICSImport.read(Array(ics.utf8), file: "test.ics", library: loaded.library)
        _ = try store.commit(id, known: loaded) { found in (read.apply(to: found.library).0, ()) }
    }
}
