import BibplanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The open library's place on disk, and the run loop's effects that touch files:
/// loading, watching for other sessions' saves, saving, and the overview's libraries.
///
/// The one rule it keeps: a save never writes "the library as this screen sees it".
/// It merges this session's own changes (its `base` → the screen's library) onto the
/// file as it is on disk now, under the lock (`LibraryStore.commit`), and the base
/// moves forward only to a version this session has merged with.
@MainActor
public final class LibrarySession {
    let store: LibraryStore
    var libraryID: String?
    /// The version on disk this session last loaded, wrote, or merged with.
    var base: LoadedLibrary?
    /// A merge that found clashes, waiting for the person's choice.
    var pendingClash: PendingClash?
    /// The screen holds changes that are not on disk (a save failed, or waits for a choice).
    var unsaved = false
    /// A save runs on another thread: the file may already be its result while the base is
    /// not yet, so the file is not looked at until it ends.
    var saveRunning = false
    /// The open library's time zone, for the clock.
    public internal(set) var timeZone = Library.defaultTimeZone
    var stamp: FileStamp?
    /// The stamp of a broken version already reported, so it is said once.
    var reportedBroken: FileStamp?
    let language: Language
    /// Who runs the program: the overview shows only the libraries they may open.
    let access: Access
    /// The libraries read so far, with the stamp of the file they were read from.
    private var loadedIndexes: [String: (stamp: FileStamp, index: LibraryIndex)] = [:]

    struct PendingClash {
        let clashes: [ThreeWayMerge.Clash]
        let partial: Library
        let mine: Library
        let theirs: LoadedLibrary
    }

    public init(store: LibraryStore, language: Language, access: Access) {
        self.store = store
        self.language = language
        self.access = access
    }

    public func open(_ id: String) -> Result<LibraryIndex, StoreError> {
        do throws(StoreError) {
            let stampBefore = store.fileStamp(of: id)
            let (loaded, index) = try store.loadIndexed(id)
            if let stampBefore { loadedIndexes[id] = (stampBefore, index) }
            libraryID = id
            timeZone = loaded.library.timeZone
            base = loaded
            stamp = stampBefore
            reportedBroken = nil
            pendingClash = nil
            unsaved = false
            return .success(index)
        } catch {
            return .failure(error)
        }
    }

    /// Looks at the file when its stamp moved. With nothing unsaved here the new
    /// version is shown; with changes not yet on disk the base stays where it is, so
    /// the next save merges them onto the new file instead of writing over it.
    public func checkForChanges() -> Action? {
        guard !saveRunning, let libraryID, let current = store.fileStamp(of: libraryID), current != stamp,
              current != reportedBroken else { return nil }
        guard let bytes = try? store.bytes(of: libraryID) else { return nil }
        if Fingerprint(of: bytes) == base?.fingerprint { stamp = current; return nil }
        if unsaved || pendingClash != nil {
            stamp = current
            return .notice(language.pick("Filen er ændret et andet sted; din ændring lægges oven på den, når den gemmes (S)",
                                         "The file changed elsewhere; your change goes on top of it when saved (S)"))
        }
        do throws(StoreError) {
            let (loaded, index) = try store.loadIndexed(libraryID)
            base = loaded
            stamp = current
            timeZone = loaded.library.timeZone
            return .changedOnDisk(index)
        } catch {
            reportedBroken = current
            return .brokenOnDisk(error.description.split(separator: "\n").first.map(String.init) ?? "")
        }
    }

    public func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .quit: return nil
        case .loadOverview(let today): return .overviewLoaded(overview(today: today))
        case .writeFile(let name, let contents): return writeFile(name, contents)
        case .openLibrary(let id):
            switch open(id) {
            case .success(let index): return .libraryLoaded(index)
            case .failure(let error): return .failed(error.description)
            }
        case .save(let library): return save(library)
        case .resolveClash(let keepMine): return resolveClash(keepMine: keepMine)
        case .loadNotes: return .notesLoaded(notes())
        case .settleGitClash(let path, let keepMine): return settleGitClash(path: path, keepMine: keepMine)
        }
    }

    private func writeFile(_ name: String, _ contents: String) -> Action {
        let path = Self.workingDirectory() + "/" + name
        do throws(ExchangeFile.Failure) {
            try ExchangeFile.write(Array(contents.utf8), to: path)
            return .notice(language.pick("Rapporten er skrevet: ", "The report is written: ") + path)
        } catch {
            return .failed(language.pick("Rapporten kunne ikke skrives: ", "The report could not be written: ") + error.description)
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

    private static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
