import BibplanCore
import BibplanTerminal
import BibplanUI
#if canImport(Glibc)
import Glibc
#endif

/// Starts the full-screen program on a store; returns the exit status.
@MainActor
enum Interactive {
    static func run(store: LibraryStore, libraryID: String?, today: Day, pinned: Bool, language: Language, access: Access,
                    mouse: Bool = true, environment: [String: String], errors: (String) -> Void) -> Int32 {
        var state = AppState(index: nil, today: today, language: language)
        let session = LibrarySession(store: store, language: language, access: access)
        if let libraryID {
            var opened = session.open(libraryID)
            if case .failure(let error) = opened {
                errors(RecoveryPrompt.problem(error, libraryID, access: access, language: language))
                guard RecoveryPrompt.offer(libraryID, store: store, access: access, language: language, write: errors) else { return 1 }
                opened = session.open(libraryID)
            }
            switch opened {
            case .success(let index): state.index = index
            case .failure(let error): errors(error.description); return 1
            }
        } else {
            let ids = access.grant.visible(store.libraryIDs())
            guard !ids.isEmpty else {
                errors(language.pick("bibplan: ingen biblioteker i \(store.path)", "bibplan: no libraries in \(store.path)"))
                return 1
            }
            if ids.count == 1, case .success(let index) = session.open(ids[0]) {
                state.index = index
            } else {
                state = AppState(index: nil, today: today, language: language, libraryChoices: choices(ids, store))
            }
        }
        let clock = { [weak session] in pinned ? LocalDateTime(day: today, minutes: 0) : LibraryClock.now(in: session?.timeZone ?? Library.defaultTimeZone) }
        switch VolunteerGate.prepare(&state, access: access, now: clock(), language: language) {
        case .refused(let message): errors(message); return 1
        case .volunteer: VolunteerGate.closeEscapes()
        case .others: break
        }
        // Who changed what last, and a git merge's open clashes, read with the library (staff and viewers).
        if state.index != nil, !state.role.isVolunteer, let notes = session.perform(.loadNotes) { _ = update(&state, notes) }
        VolunteerGate.ensureUTF8()
        let useColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        guard let terminal = CursesTerminal(useColor: useColor, useMouse: mouse) else {
            if let text = VolunteerGate.plainFallback(state) { print(text, terminator: ""); return 0 }
            errors(language.pick(
                "bibplan: terminalen (TERM=\(environment["TERM"] ?? "")) kan ikke vise fuldskærmsprogrammet; brug fx `bibplan today` eller `bibplan agenda`",
                "bibplan: this terminal (TERM=\(environment["TERM"] ?? "")) cannot show the full-screen program; use `bibplan today` or `bibplan agenda`"))
            return 2
        }
        defer { terminal.close() }
        var loop = ProgramLoop(state: state, perform: session.perform, clock: { [weak session] in pinned ? nil : LibraryClock.today(in: session?.timeZone ?? Library.defaultTimeZone) },
                               watch: session.checkForChanges)
        loop.saver = SaveWorker(session: session)
        // A volunteer's 48-hour rule reads the time even on a pinned day; the counter's "now" follows only the real clock.
        if case .volunteer = state.role { loop.now = clock } else if !pinned { loop.now = clock }
        loop.run(on: terminal)
        return 0
    }

    private static func choices(_ ids: [String], _ store: LibraryStore) -> [AppState.LibraryChoice] {
        ids.map { id in
            let name = (try? store.bytes(of: id)).flatMap(LibraryCodec.name(in:)) ?? id
            return AppState.LibraryChoice(id: id, name: name)
        }
    }
}
