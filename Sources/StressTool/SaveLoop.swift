#if canImport(Glibc)
import Glibc
#endif
import BibplanCore

/// Saves numbered versions of `loop.json` as fast as it can, big and small in turn, so
/// that a kill lands in the middle of a save; and checks afterwards that the file is
/// exactly one whole version (every version can be made again from its number).
struct SaveLoop {
    static let id = "loop"
    let options: Options

    /// Version `number`: even numbers are big (many writes), odd ones small.
    static func version(_ number: Int) -> Library {
        let count = number % 2 == 0 ? 1500 : 2
        let volunteers = (1...count).map { index in
            Volunteer(id: "v\(index)", name: "Frivillig \(index)", groups: ["Kulturkorpset"],
                      phone: "+45 \(10_000_000 + index)", email: "frivillig\(index)@example.dk",
                      notes: "version \(number), nummer \(index): æøå ÆØÅ – en linje til fylde")
        }
        return Library(id: id, name: "Gemmeløkken", municipality: "Testkommune", vision: "version \(number)",
                       volunteers: volunteers)
    }

    static func number(of library: Library) -> Int? {
        library.vision.hasPrefix("version ") ? Int(library.vision.dropFirst("version ".count)) : nil
    }

    func run() -> Int32 {
        do throws(StoreError) {
            let store = try LibraryStore(path: options.directory)
            var next = 0
            var fingerprint: Fingerprint?
            do throws(StoreError) {
                let loaded = try store.load(Self.id)
                guard let number = Self.number(of: loaded.library) else {
                    Output.error("bibplan-stress: \(LibraryStore.fileName(Self.id)) is not a save-loop version")
                    return 1
                }
                next = number + 1
                fingerprint = loaded.fingerprint
            } catch {
                guard case .notFound = error else { throw error }
            }
            var saved = 0
            while options.count.map({ saved < $0 }) ?? true {
                fingerprint = try store.save(Self.version(next), over: fingerprint)
                next += 1
                saved += 1
            }
            return 0
        } catch {
            Output.error("bibplan-stress: \(error)")
            return 3
        }
    }

    /// Prints `version=N backup=M bytes=B temporaries=T result=ok|FAIL`.
    func verify() -> Int32 {
        let name = LibraryStore.fileName(Self.id)
        var failures: [String] = []
        let current = check(Files.path(options.directory, name), file: name, failures: &failures)
        var backup: Int?
        if Files.read(Files.path(options.directory, name + ".bak")) != nil {
            backup = check(Files.path(options.directory, name + ".bak"), file: name + ".bak", failures: &failures)
            if let backup, let current, backup > current { failures.append("the backup (\(backup)) is newer than the file (\(current))") }
        }
        let temporaries = Files.temporaries(of: name, in: options.directory)
        if options.requireClean, !temporaries.isEmpty {
            failures.append("temporary files left: " + temporaries.joined(separator: " "))
        }
        for failure in failures { Output.error("bibplan-stress: \(failure)") }
        let size = Files.read(Files.path(options.directory, name))?.count ?? 0
        Output.line("version=\(current.map(String.init) ?? "none") backup=\(backup.map(String.init) ?? "none") bytes=\(size) "
            + "temporaries=\(temporaries.count) result=\(failures.isEmpty ? "ok" : "FAIL")")
        return failures.isEmpty ? 0 : 1
    }

    /// The version number of a whole, valid version; nil (and a failure) for anything else.
    private func check(_ path: String, file: String, failures: inout [String]) -> Int? {
        guard let bytes = Files.read(path) else {
            failures.append("\(file) cannot be read: \(Files.lastError)")
            return nil
        }
        let library: Library
        do throws(LibraryLoadError) {
            library = try LibraryCodec.decode(bytes, file: file)
        } catch {
            failures.append("\(file) (\(bytes.count) bytes) does not decode: \(error)")
            return nil
        }
        guard let number = Self.number(of: library) else {
            failures.append("\(file) carries no version number")
            return nil
        }
        guard LibraryCodec.encode(Self.version(number)) == bytes else {
            failures.append("\(file) is not exactly the bytes of version \(number)")
            return nil
        }
        return number
    }
}
