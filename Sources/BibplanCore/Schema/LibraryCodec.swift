/// The one way a library file is read and written.
public enum LibraryCodec {
    /// Reads and checks a library file's bytes. `file` names it in every problem.
    public static func decode(_ bytes: [UInt8], file: String) throws(LibraryLoadError) -> Library {
        try decode(bytes, file: file, readingAheadFrom: ShiftsAhead.minimumSize)
    }

    /// From a file of `readingAheadFrom` bytes on, its second half of shifts is read on
    /// another core (see `ShiftsAhead`); the result is the same either way.
    static func decode(_ bytes: [UInt8], file: String, readingAheadFrom size: Int) throws(LibraryLoadError) -> Library {
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
            problems += LibraryValidator.problems(in: library, file: file).filter { !damaged.contains(itemPath($0.path)) }
            if !problems.isEmpty { throw .invalid(problems) }
            return library
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
