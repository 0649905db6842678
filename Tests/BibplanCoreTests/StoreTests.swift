import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BibplanCore
import BibplanResources

/// A data directory of its own under the temporary folder, removed afterwards.
final class StoreFolder {
    /// Holds `data/` and anything a test puts beside it (symlink targets, a parent's files).
    let root: String
    /// The data directory.
    let path: String
    /// Set by a test that made the directory immutable, so that it can be undone.
    var immutable = false

    init(createData: Bool = true) throws {
        root = NSTemporaryDirectory() + "bibplan-store-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        path = root + "/data"
        try FileManager.default.createDirectory(atPath: createData ? path : root, withIntermediateDirectories: true)
    }

    deinit {
        if immutable { _ = Self.run("/usr/bin/chattr", ["-i", path]) }
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: root)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// The bytes of a file in the data directory (nil when missing); symlinks are not followed.
    func bytes(_ name: String) -> [UInt8]? { Self.bytes(atPath: file(name)) }

    static func bytes(atPath path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return count == 0 ? bytes : nil }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    /// Every name in the data directory.
    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// Temporary files of any save (`.<name>.tmp-…`, `.<name>.bak.tmp-…`).
    func temporaries() -> [String] { entries().filter { $0.contains(".tmp-") } }

    func status(_ name: String) -> stat? {
        var info = stat()
        return lstat(file(name), &info) == 0 ? info : nil
    }

    func mode(_ name: String) -> mode_t? { status(name).map { $0.st_mode & 0o7777 } }

    func isSymlink(_ name: String) -> Bool { status(name).map { $0.st_mode & S_IFMT == S_IFLNK } ?? false }

    /// Runs a program to its end; its exit status, or nil when it could not be started.
    static func run(_ program: String, _ arguments: [String]) -> Int32? {
        guard FileManager.default.isExecutableFile(atPath: program) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Fixtures and helpers shared by the store tests.
enum StoreFixture {
    static func library(_ id: String = "glostrup", volunteers: Int = 1, vision: String = "") -> Library {
        Library(id: id, name: "Bibliotek \(id)", municipality: "Kommune", vision: vision,
                goals: [Goal(id: "g1", title: "Mål", status: .onTrack, progress: 40)],
                volunteers: (0..<volunteers).map { Volunteer(id: "v\($0)", name: "Frivillig \($0)", groups: ["Kulturkorpset"]) })
    }

    /// The store error `body` throws, or nil when it does not throw.
    static func error<T>(_ body: () throws(StoreError) -> T) -> StoreError? {
        do throws(StoreError) {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    static func store(_ folder: StoreFolder) throws -> LibraryStore {
        do throws(StoreError) {
            return try LibraryStore(path: folder.path)
        } catch {
            XCTFail("cannot open the store: \(error)")
            throw error
        }
    }
}

/// The data directory: preparing it, listing libraries, loading them, refusing what is not a library.
final class StoreTests: XCTestCase {
    // MARK: prepare

    func testPrepareSeedsTheSamplesIntoAMissingDirectory() throws {
        let folder = try StoreFolder(createData: false)
        let nested = folder.root + "/a/b/data"
        var samples = EmbeddedResources.sampleLibraries
        XCTAssertEqual(samples.keys.sorted(), ["albertslund", "ballerup", "glostrup", "taarnby"])
        samples["../evil"] = "{}" // never a file name
        let (store, seeded) = try LibraryStore.prepare(path: nested, samples: samples)
        XCTAssertEqual(seeded, ["albertslund", "ballerup", "glostrup", "taarnby"])
        XCTAssertEqual(store.libraryIDs(), seeded)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.root + "/a/b/evil.json"))
        for id in seeded {
            XCTAssertEqual(StoreFolder.bytes(atPath: nested + "/\(id).json"), Array((samples[id] ?? "").utf8), id)
            XCTAssertNoThrow(try store.load(id), id)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: nested).filter { $0.contains(".tmp-") }
        XCTAssertEqual(left, [])
    }

    func testPrepareOnAnExistingDirectorySeedsNothing() throws {
        let folder = try StoreFolder()
        let (store, seeded) = try LibraryStore.prepare(path: folder.path, samples: EmbeddedResources.sampleLibraries)
        XCTAssertEqual(seeded, [])
        XCTAssertEqual(store.libraryIDs(), [])
        XCTAssertEqual(folder.entries(), [])

        try folder.write("ballerup.json", LibraryCodec.encode(StoreFixture.library("ballerup")))
        let before = folder.bytes("ballerup.json")
        let (again, seededAgain) = try LibraryStore.prepare(path: folder.path, samples: EmbeddedResources.sampleLibraries)
        XCTAssertEqual(seededAgain, [])
        XCTAssertEqual(again.libraryIDs(), ["ballerup"])
        XCTAssertEqual(folder.bytes("ballerup.json"), before)
    }

    // MARK: libraryIDs

    func testLibraryIDsListsOnlyLibraryFiles() throws {
        let folder = try StoreFolder()
        let valid = LibraryCodec.encode(StoreFixture.library())
        for name in ["glostrup.json", "ballerup.json", "2600-glostrup.json", "access.json", "x.json.bak", "glostrup.json.bak",
                     "Upper.json", "-dash.json", "..json", ".json", "notes.txt", "json", ".glostrup.json.tmp-1-2", "a b.json"] {
            try folder.write(name, valid)
        }
        try valid.writeBytes(toPath: folder.root + "/outside.json")
        XCTAssertEqual(try StoreFixture.store(folder).libraryIDs(), ["2600-glostrup", "ballerup", "glostrup"])
    }

    func testLibraryIDsSeesFilesAddedLaterAndListsTwiceTheSame() throws {
        let folder = try StoreFolder()
        let store = try StoreFixture.store(folder)
        XCTAssertEqual(store.libraryIDs(), [])
        try folder.write("taarnby.json", LibraryCodec.encode(StoreFixture.library("taarnby")))
        XCTAssertEqual(store.libraryIDs(), ["taarnby"])
        XCTAssertEqual(store.libraryIDs(), ["taarnby"])
    }

    // MARK: load

    func testLoadRefusesInvalidLibraryIDs() throws {
        let folder = try StoreFolder()
        // A valid library just outside: "../x" must not reach it.
        try LibraryCodec.encode(StoreFixture.library("x")).writeBytes(toPath: folder.root + "/x.json")
        try folder.write("glostrup.json", LibraryCodec.encode(StoreFixture.library()))
        let store = try StoreFixture.store(folder)
        for id in ["../x", "A", "", "x/y", "/etc/passwd", "glostrup.json", ".", "..", "-x", "glostrup\u{0}", String(repeating: "a", count: 65)] {
            XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.load(id) }, .invalidLibraryID(id), id)
            XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.bytes(of: id) }, .invalidLibraryID(id), id)
        }
        var outside = StoreFixture.library()
        outside.id = "../x"
        XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.save(outside, over: nil) }, .invalidLibraryID("../x"))
        XCTAssertEqual(folder.entries(), ["glostrup.json"])
    }

    func testLoadOfAMissingLibraryIsNotFound() throws {
        let folder = try StoreFolder()
        let store = try StoreFixture.store(folder)
        XCTAssertEqual(StoreFixture.error { () throws(StoreError) in try store.load("ballerup") }, .notFound(file: "ballerup.json"))
    }

    func testLoadRefusesAFileWhoseIDIsNotItsName() throws {
        let folder = try StoreFolder()
        try folder.write("glostrup.json", LibraryCodec.encode(StoreFixture.library("ballerup")))
        let store = try StoreFixture.store(folder)
        let error = StoreFixture.error { () throws(StoreError) in try store.load("glostrup") }
        guard case .load(.invalid(let problems)) = error else { return XCTFail("expected an invalid library, got \(String(describing: error))") }
        XCTAssertEqual(problems.map(\.path), ["id"])
    }

    func testStoreOnAMissingDirectoryIsADirectoryError() throws {
        let folder = try StoreFolder(createData: false)
        guard case .directory(let path, _) = StoreFixture.error({ () throws(StoreError) in try LibraryStore(path: folder.path) }) else {
            return XCTFail("expected a directory error")
        }
        XCTAssertEqual(path, folder.path)
    }

    // MARK: symbolic links

    func testASymlinkedLibraryFileIsRefusedOnLoadAndOnSave() throws {
        let folder = try StoreFolder()
        let target = folder.root + "/elsewhere.json"
        let original = LibraryCodec.encode(StoreFixture.library())
        try original.writeBytes(toPath: target)
        XCTAssertEqual(symlink(target, folder.file("glostrup.json")), 0)
        let store = try StoreFixture.store(folder)

        guard case .unreadable(let file, let reason) = StoreFixture.error({ () throws(StoreError) in try store.load("glostrup") }) else {
            return XCTFail("a symlinked library file must not load")
        }
        XCTAssertEqual(file, "glostrup.json")
        XCTAssertTrue(reason.contains("symbolic link"), reason)

        let changed = StoreFixture.library(volunteers: 3)
        XCTAssertNotNil(StoreFixture.error { () throws(StoreError) in try store.save(changed, over: Fingerprint(of: original)) })
        XCTAssertNotNil(StoreFixture.error { () throws(StoreError) in try store.save(changed, over: nil) })
        XCTAssertEqual(StoreFolder.bytes(atPath: target), original, "the target is never written")
        XCTAssertTrue(folder.isSymlink("glostrup.json"))
        XCTAssertEqual(folder.temporaries(), [])
    }

    func testASymlinkedLockFileIsNeverFollowed() throws {
        let folder = try StoreFolder()
        let target = folder.root + "/elsewhere.lock"
        XCTAssertEqual(symlink(target, folder.file("glostrup.lock")), 0)
        let store = try StoreFixture.store(folder)
        let error = StoreFixture.error { () throws(StoreError) in try store.save(StoreFixture.library(), over: nil) }
        guard case .write(let file, let step, _) = error else { return XCTFail("expected a write error, got \(String(describing: error))") }
        XCTAssertEqual(file, "glostrup.lock")
        XCTAssertEqual(step, "open the lock file")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target), "the lock's target is never created")
        XCTAssertNil(folder.bytes("glostrup.json"))
    }

    func testASymlinkedBackupIsReplacedNotWrittenThrough() throws {
        let folder = try StoreFolder()
        let store = try StoreFixture.store(folder)
        let first = try store.save(StoreFixture.library(), over: nil)
        let target = folder.root + "/elsewhere.bak"
        try Array("untouched".utf8).writeBytes(toPath: target)
        XCTAssertEqual(symlink(target, folder.file("glostrup.json.bak")), 0)
        let firstBytes = folder.bytes("glostrup.json")
        try store.save(StoreFixture.library(volunteers: 2), over: first)
        XCTAssertEqual(StoreFolder.bytes(atPath: target), Array("untouched".utf8))
        XCTAssertFalse(folder.isSymlink("glostrup.json.bak"))
        XCTAssertEqual(folder.bytes("glostrup.json.bak"), firstBytes)
    }

    // MARK: round trip

    func testSaveThenLoadRoundTrips() throws {
        let folder = try StoreFolder()
        let store = try StoreFixture.store(folder)
        let library = StoreFixture.library(volunteers: 5, vision: "Æblegrød på Ærø – \"citat\" \\ ny\nlinje \u{1b}[31m 😀")
        let fingerprint = try store.save(library, over: nil)
        let loaded = try store.load("glostrup")
        XCTAssertEqual(loaded.library, library)
        XCTAssertEqual(loaded.fingerprint, fingerprint)
        XCTAssertEqual(folder.bytes("glostrup.json"), LibraryCodec.encode(library))
        XCTAssertEqual(store.libraryIDs(), ["glostrup"])
        XCTAssertEqual(folder.entries(), ["glostrup.json", "glostrup.lock"], "no backup of a file that did not exist")
    }
}

extension Array where Element == UInt8 {
    func writeBytes(toPath path: String) throws { try Data(self).write(to: URL(fileURLWithPath: path)) }
}
