/// Reads typed fields from a `JSONReader`, keeping the JSON path and collecting
/// every problem instead of stopping at the first. Syntax errors still stop.
struct FieldDecoder {
    var reader: JSONReader
    let file: String
    private(set) var problems: [LibraryProblem] = []
    /// The second half of the shifts, being read on another thread (see `ShiftsAhead`).
    var ahead: ShiftsAhead?
    /// Reading ahead on another thread (see `ShiftsAhead`): a problem only ends the attempt.
    var speculative = false
    private(set) var foundProblem = false
    /// Texts that repeat from shift to shift (event and volunteer ids, roles).
    var repeated = RepeatedTexts()
    /// Where the decoder is, built into text only when a problem is reported.
    private var path: [PathComponent] = []

    enum PathComponent {
        /// A key, by where its text lies in the document.
        case key(JSONStringSpan)
        case index(Int)
    }

    init(reader: JSONReader, file: String) {
        self.reader = reader
        self.file = file
        path.reserveCapacity(8)
    }

    // MARK: Path

    var currentPath: String {
        var text = ""
        for component in path {
            switch component {
            case .key(let span):
                // Known keys are ASCII; any other key was checked before it was put on the path.
                let key = (try? reader.text(of: span)) ?? ""
                text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    mutating func push(index: Int) { path.append(.index(index)) }
    mutating func pop() { path.removeLast() }

    /// Records a problem at the current path, located at `offset` (default: where the reader is).
    mutating func problem(_ message: String, at offset: Int? = nil) {
        if speculative { foundProblem = true; return } // the result is thrown away: no need to say where
        let (line, column) = reader.location(of: offset ?? reader.offset)
        problems.append(LibraryProblem(file: file, path: currentPath, line: line, column: column, message: message))
    }

    // MARK: Structure

    /// Starts an object; on any other kind records a problem, skips it and returns false.
    mutating func beginObject() throws(JSONSyntaxError) -> Bool {
        try begin(.object)
    }

    mutating func beginArray() throws(JSONSyntaxError) -> Bool {
        try begin(.array)
    }

    private mutating func begin(_ kind: JSONKind) throws(JSONSyntaxError) -> Bool {
        let found = try reader.peekKind()
        guard found == kind else {
            try mismatch(expected: kind.phrase, found: found)
            return false
        }
        if kind == .object { try reader.beginObject() } else { try reader.beginArray() }
        return true
    }

    /// Decodes each element of an array with `element`, tracking the index in the path.
    mutating func array<T>(_ element: (inout FieldDecoder) throws(JSONSyntaxError) -> T?) throws(JSONSyntaxError) -> [T] {
        guard try beginArray() else { return [] }
        var items: [T] = []
        var index = 0
        while try reader.nextElement() {
            push(index: index)
            if let item = try element(&self) { items.append(item) }
            pop()
            index += 1
        }
        return items
    }

    // MARK: Scalars

    mutating func string() throws(JSONSyntaxError) -> String? {
        let found = try reader.peekKind()
        guard found == .string else { try mismatch(expected: "a string", found: found); return nil }
        return try reader.readString()
    }

    /// A string or null (nil for null).
    mutating func optionalString() throws(JSONSyntaxError) -> String?? {
        if try reader.peekKind() == .null { try reader.readNull(); return .some(nil) }
        guard let text = try string() else { return nil }
        return .some(text)
    }

    mutating func integer(in range: ClosedRange<Int>) throws(JSONSyntaxError) -> Int? {
        let found = try reader.peekKind()
        guard found == .number else { try mismatch(expected: "a whole number", found: found); return nil }
        let start = try valueStart()
        let (value, isInteger) = try reader.readNumber()
        guard isInteger, value.magnitude < 1e15 else { problem("expected a whole number", at: start); return nil }
        let whole = Int(value)
        guard range.contains(whole) else {
            problem("\(whole) is out of range (\(range.lowerBound)–\(range.upperBound))", at: start)
            return nil
        }
        return whole
    }

    mutating func bool() throws(JSONSyntaxError) -> Bool? {
        let found = try reader.peekKind()
        guard found == .boolean else { try mismatch(expected: "true or false", found: found); return nil }
        return try reader.readBool()
    }

    mutating func day() throws(JSONSyntaxError) -> Day? {
        let found = try reader.peekKind()
        guard found == .string else { try mismatch(expected: "a string", found: found); return nil }
        let start = reader.offset
        let span = try reader.scanString()
        if !span.escaped, let day = Day(isoBytes: reader.rawBytes(of: span)) { return day }
        let text = try reader.text(of: span)
        guard let day = Day(iso: text) else { problem("\"\(text)\" is not a date (YYYY-MM-DD)", at: start); return nil }
        return day
    }

    /// A date or null.
    mutating func optionalDay() throws(JSONSyntaxError) -> Day?? {
        if try reader.peekKind() == .null { try reader.readNull(); return .some(nil) }
        guard let day = try day() else { return nil }
        return .some(day)
    }

    mutating func dateTime() throws(JSONSyntaxError) -> LocalDateTime? {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        guard let value = LocalDateTime(iso: text) else {
            problem("\"\(text)\" is not a date and time (YYYY-MM-DDTHH:MM)", at: start)
            return nil
        }
        return value
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(JSONSyntaxError) -> T? where T.RawValue == String {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        guard let value = T(rawValue: text) else { problem("\"\(text)\" is not one of \(T.allowedWords)", at: start); return nil }
        return value
    }

    mutating func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(JSONSyntaxError) -> [T] where T.RawValue == String {
        try array { (decoder: inout FieldDecoder) throws(JSONSyntaxError) in try decoder.choice(type) }
    }

    mutating func strings() throws(JSONSyntaxError) -> [String] {
        try array { (decoder: inout FieldDecoder) throws(JSONSyntaxError) in try decoder.string() }
    }

    mutating func days() throws(JSONSyntaxError) -> [Day] {
        try array { (decoder: inout FieldDecoder) throws(JSONSyntaxError) in try decoder.day() }
    }

    /// Where the next value begins (after whitespace).
    mutating func valueStart() throws(JSONSyntaxError) -> Int {
        _ = try reader.peekKind()
        return reader.offset
    }

    /// The next known key of an object, with the key on the path until the next call.
    /// A key given twice is a problem; an unknown key is reported and its value
    /// skipped. Nil after the closing `}`.
    mutating func nextKey<Key: ObjectKeys>(_ seen: inout KeysSeen<Key>) throws(JSONSyntaxError) -> Key? {
        let table = seen.table
        while true {
            if seen.onPath { pop(); seen.onPath = false }
            let start = reader.offset
            guard let span = try reader.nextKeySpan() else { return nil }
            path.append(.key(span))
            var position = table.position(of: span, in: reader, likely: seen.next)
            var text: String?
            if position == nil {
                let key = try reader.text(of: span)
                position = span.escaped ? table.position(of: key) : nil
                text = key
            }
            if let position {
                let bit: UInt64 = 1 << UInt64(position)
                if seen.known & bit != 0 { problem("\"\(table.cases[position].rawValue)\" appears twice in the same object", at: start) }
                seen.known |= bit
                seen.next = position + 1
                seen.onPath = true
                return table.cases[position]
            }
            let key = text ?? ""
            if seen.unknown.contains(key) { problem("\"\(key)\" appears twice in the same object", at: start) }
            seen.unknown.append(key)
            problem("unknown key \"\(key)\"")
            try reader.skipValue()
            pop()
        }
    }

    /// Records that a required key is absent from the object that began at `start`.
    /// A key that was present with a bad value has been reported already.
    mutating func missing<Key: ObjectKeys>(_ key: Key, seen: KeysSeen<Key>, objectAt start: Int) {
        guard !seen.contains(key) else { return }
        problem("missing \"\(key.rawValue)\"", at: start)
    }

    private mutating func mismatch(expected: String, found: JSONKind) throws(JSONSyntaxError) {
        problem("expected \(expected), found \(found.phrase)")
        try reader.skipValue()
    }
}
