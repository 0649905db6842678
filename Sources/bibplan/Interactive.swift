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
                    environment: [String: String], errors: (String) -> Void) -> Int32 {
        var state = AppState(index: nil, today: today, language: language)
        let session = LibrarySession(store: store, language: language, access: access)
        if let libraryID {
            var opened = session.open(libraryID)
            if case .failure(let error) = opened {
                errors(error.description)
                guard RecoveryPrompt.offer(libraryID, store: store, language: language, write: errors) else { return 1 }
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
        VolunteerGate.ensureUTF8()
        let useColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        guard let terminal = CursesTerminal(useColor: useColor) else {
            if let text = VolunteerGate.plainFallback(state) { print(text, terminator: ""); return 0 }
            errors(language.pick(
                "bibplan: terminalen (TERM=\(environment["TERM"] ?? "")) kan ikke vise fuldskærmsprogrammet; brug fx `bibplan today` eller `bibplan agenda`",
                "bibplan: this terminal (TERM=\(environment["TERM"] ?? "")) cannot show the full-screen program; use `bibplan today` or `bibplan agenda`"))
            return 2
        }
        defer { terminal.close() }
        var loop = ProgramLoop(state: state, perform: session.perform, clock: { [weak session] in pinned ? nil : LibraryClock.today(in: session?.timeZone ?? Library.defaultTimeZone) },
                               watch: session.checkForChanges)
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

/// The open library's place on disk: which file, and the fingerprint of the
/// bytes it was loaded from, so a save never overwrites someone else's.
@MainActor
final class LibrarySession {
    private let store: LibraryStore
    private var fingerprint: Fingerprint?
    /// The version on disk this session last loaded or wrote: the base of a merge.
    private var base: Library?
    /// A merge that found clashes, waiting for the person's choice.
    private var pendingClash: (clashes: [ThreeWayMerge.Clash], partial: Library, mine: Library, theirs: LoadedLibrary)?
    private var libraryID: String?
    /// The open library's time zone, for the clock.
    private(set) var timeZone = Library.defaultTimeZone
    private var stamp: FileStamp?
    /// The fingerprint of a broken version already reported, so it is said once.
    private var reportedBroken: FileStamp?

    private let language: Language
    /// Who runs the program: the overview shows only the libraries they may open.
    private let access: Access

    init(store: LibraryStore, language: Language, access: Access) {
        self.store = store
        self.language = language
        self.access = access
    }

    /// Reloads when the file's bytes are no longer the ones this session knows.
    func checkForChanges() -> Action? {
        guard let libraryID, let current = store.fileStamp(of: libraryID), current != stamp, current != reportedBroken else { return nil }
        guard let bytes = try? store.bytes(of: libraryID) else { return nil }
        if Fingerprint(of: bytes) == fingerprint { stamp = current; return nil }
        switch open(libraryID) {
        case .success(let index): return .changedOnDisk(index)
        case .failure(let error):
            reportedBroken = current
            return .brokenOnDisk(error.description.split(separator: "\n").first.map(String.init) ?? "")
        }
    }

    func open(_ id: String) -> Result<LibraryIndex, StoreError> {
        do throws(StoreError) {
            let stampBefore = store.fileStamp(of: id)
            let (loaded, index) = try store.loadIndexed(id)
            if let stampBefore { loadedIndexes[id] = (stampBefore, index) }
            libraryID = id
            timeZone = loaded.library.timeZone
            base = loaded.library
            stamp = stampBefore
            reportedBroken = nil
            fingerprint = loaded.fingerprint
            return .success(index)
        } catch {
            return .failure(error)
        }
    }

    func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .quit: return nil
        case .loadOverview(let today):
            return .overviewLoaded(overview(today: today))
        case .writeFile(let name, let contents):
            let path = Self.workingDirectory() + "/" + name
            do throws(ExchangeFile.Failure) {
                try ExchangeFile.write(Array(contents.utf8), to: path)
                return .notice(language.pick("Rapporten er skrevet: ", "The report is written: ") + path)
            } catch {
                return .failed(language.pick("Rapporten kunne ikke skrives: ", "The report could not be written: ") + error.description)
            }
        case .openLibrary(let id):
            switch open(id) {
            case .success(let index): return .libraryLoaded(index)
            case .failure(let error): return .failed(error.description)
            }
        case .save(let library):
            do throws(StoreError) {
                try write(library, over: fingerprint)
                return .saved
            } catch .conflict {
                return merge(library)
            } catch {
                return .saveFailed(error.description)
            }
        case .resolveClash(let keepMine):
            guard let pending = pendingClash else { return nil }
            pendingClash = nil
            let chosen = keepMine ? ThreeWayMerge.keepingMine(pending.clashes, partial: pending.partial, mine: pending.mine) : pending.partial
            return writeMerged(chosen, over: pending.theirs)
        }
    }

    /// Every library in the directory that loads; one that does not is left out
    /// (its problems show when it is opened or checked).
    private func overview(today: Day) -> Overview {
        // A volunteer's program never asks for it; should it, it gets nothing.
        guard access.grant.role != .volunteer else { return Overview(libraries: [], today: today) }
        let indexes = access.grant.visible(store.libraryIDs()).compactMap { id -> LibraryIndex? in
            // A library whose file has not changed since it was last read here is not read again.
            let stamp = store.fileStamp(of: id)
            if let stamp, let known = loadedIndexes[id], known.stamp == stamp { return known.index }
            guard let (_, index) = try? store.loadIndexed(id) else { return nil }
            if let stamp { loadedIndexes[id] = (stamp, index) }
            return index
        }
        // An unreadable landscape.json is left out like a library that does not load (`check` lists its problems).
        return Overview(libraries: indexes, today: today, landscape: (try? store.landscape()) ?? Landscape())
    }

    /// The libraries read so far, with the stamp of the file they were read from.
    private var loadedIndexes: [String: (stamp: FileStamp, index: LibraryIndex)] = [:]

    private static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func write(_ library: Library, over expected: Fingerprint?) throws(StoreError) {
        fingerprint = try store.save(library, over: expected)
        stamp = store.fileStamp(of: library.id)
        base = library
    }

    /// Someone else saved since this session loaded: put this session's changes on top of theirs.
    private func merge(_ mine: Library) -> Action {
        let theirs: LoadedLibrary
        do throws(StoreError) { theirs = try store.load(mine.id) } catch { return .saveFailed(error.description) }
        switch ThreeWayMerge.merge(base: base ?? theirs.library, mine: mine, theirs: theirs.library) {
        case .merged(let merged):
            return writeMerged(merged, over: theirs)
        case .clashes(let clashes, let partial):
            pendingClash = (clashes, partial, mine, theirs)
            return .saveClashed(clashes)
        }
    }

    private func writeMerged(_ merged: Library, over theirs: LoadedLibrary) -> Action {
        let previous = base ?? theirs.library
        do throws(StoreError) {
            try write(merged, over: theirs.fingerprint)
            return .savedMerged(LibraryIndex(merged), previousBase: previous, theirs: theirs.library)
        } catch {
            return .saveFailed(error.description)
        }
    }
}
