/// The one way a library file is read and written.
public enum LibraryCodec {
    /// Reads and checks a library file's bytes. `file` names it in every problem.
    public static func decode(_ bytes: [UInt8], file: String) throws(LibraryLoadError) -> Library {
        try decode(bytes, file: file, readingAheadFrom: ShiftsAhead.minimumSize)
    }

    /// Reads and checks a library file's bytes as `decode` does, and builds the
    /// library's index and the bytes' fingerprint on another core while the library is checked.
    public static func decodeIndexed(_ bytes: [UInt8], file: String) throws(LibraryLoadError) -> (index: LibraryIndex, fingerprint: Fingerprint) {
        var index: LibraryIndex?, fingerprint: Fingerprint?
        _ = try decode(bytes, file: file, readingAheadFrom: ShiftsAhead.minimumSize) { library in
            index = LibraryIndex(library)
            fingerprint = Fingerprint(of: bytes)
        }
        guard let index, let fingerprint else { throw .invalid([]) } // not reached: a library that decodes has both
        return (index, fingerprint)
    }

    /// From a file of `readingAheadFrom` bytes on, its second half of shifts is read on
    /// another core (see `ShiftsAhead`); the result is the same either way.
    /// `alongsideChecks` is given the library, before its checks of meaning, and runs
    /// on another thread while they do; it is not called for a file that cannot be read.
    static func decode(_ bytes: [UInt8], file: String, readingAheadFrom size: Int,
                       alongsideChecks: ((Library) -> Void)? = nil) throws(LibraryLoadError) -> Library {
        let result: Result<(Library?, [LibraryProblem]), JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            let ahead = buffer.count >= size ? ShiftsAhead.start(buffer, file: file) : nil
            defer { ahead?.join() }
            var decoder = FieldDecoder(reader: JSONReader(bytes: buffer), file: file)
            decoder.ahead = ahead
            do throws(JSONSyntaxError) {
                if buffer.isEmpty { throw JSONSyntaxError(line: 1, column: 1, message: "the file is empty (0 bytes)") }
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
                    throw JSONSyntaxError(line: 1, column: 1, message: "the file starts with a byte-order mark; save it as UTF-8 without one")
                }
                let library = try decoder.library()
                try decoder.reader.expectEnd()
                return .success((library, decoder.problems))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .failure(let error):
            throw .notJSON(file: file, error)
        case .success((let library, var problems)):
            guard let library else { throw .invalid(problems) }
            if library.schema > Library.currentSchema { throw .newerSchema(file: file, found: library.schema) }
            // An item with a problem of shape is not also judged on meaning: its
            // placeholders would only repeat the same mistake in other words.
            let damaged = Set(problems.map { itemPath($0.path) })
            let meaning: [LibraryProblem]
            if let alongsideChecks {
                let box = Carrier(alongsideChecks)
                meaning = Alongside.run({ box.run(library) }, while: { LibraryValidator.problems(in: library, file: file) }).own
            } else {
                meaning = LibraryValidator.problems(in: library, file: file)
            }
            problems += located(meaning.filter { !damaged.contains(itemPath($0.path)) }, in: bytes)
            if !problems.isEmpty { throw .invalid(problems) }
            return library
        }
    }

    /// The problems with the line and column of their path in the file.
    private static func located(_ problems: [LibraryProblem], in bytes: [UInt8]) -> [LibraryProblem] {
        guard !problems.isEmpty else { return problems }
        let places = bytes.withUnsafeBufferPointer { JSONPathLocator.locate(Set(problems.map(\.path)), in: $0) }
        return problems.map { problem in
            guard problem.line == nil, let place = places[problem.path] else { return problem }
            var located = problem
            (located.line, located.column) = (place.line, place.column)
            return located
        }
    }

    /// `shifts[3]` for `shifts[3].date`; top-level keys stand for themselves.
    private static func itemPath(_ path: String) -> String {
        guard let bracket = path.firstIndex(of: "]") else { return path }
        return String(path[...bracket])
    }

    /// The library's `name`, read without decoding or checking the rest (for a
    /// picker listing many libraries). Nil when the bytes do not give one.
    public static func name(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer -> String? in
            var reader = JSONReader(bytes: buffer)
            do throws(JSONSyntaxError) {
                guard try reader.peekKind() == .object else { return nil }
                try reader.beginObject()
                while let key = try reader.nextKey() {
                    if key == "name", try reader.peekKind() == .string { return try reader.readString() }
                    try reader.skipValue()
                }
            } catch {
                return nil
            }
            return nil
        }
    }

    public static func encode(_ library: Library) -> [UInt8] {
        LibraryEncoding.encode(library)
    }
}

/// Carries the caller's work to the other thread. The caller waits for it to finish
/// before using anything the work wrote.
private final class Carrier: @unchecked Sendable {
    // @unchecked: the closure runs once, on the other thread, while its owner waits.
    private let work: (Library) -> Void
    init(_ work: @escaping (Library) -> Void) { self.work = work }
    func run(_ library: Library) { work(library) }
}
