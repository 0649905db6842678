/// Where in a JSON document the values at some paths (`shifts[0].event`,
/// `plan.to`) begin, as line and column: for problems found after decoding (a
/// reference that does not resolve, a duplicate name), which otherwise would not
/// say their line. Only the branches that lead to a wanted path are walked.
enum JSONPathLocator {
    static func locate(_ paths: Set<String>, in bytes: UnsafeBufferPointer<UInt8>) -> [String: (line: Int, column: Int)] {
        var prefixes: Set<String> = []
        for path in paths {
            for (position, character) in path.enumerated() where character == "." || character == "[" {
                prefixes.insert(String(path.prefix(position)))
            }
        }
        var walk = Walk(reader: JSONReader(bytes: bytes), wanted: paths, prefixes: prefixes)
        try? walk.value(at: "")
        return walk.found
    }

    private struct Walk {
        var reader: JSONReader
        let wanted: Set<String>
        let prefixes: Set<String>
        var found: [String: (line: Int, column: Int)] = [:]

        mutating func value(at path: String) throws(JSONSyntaxError) {
            let kind = try reader.peekKind()
            if wanted.contains(path) { found[path] = reader.location(of: reader.offset) }
            guard path.isEmpty || prefixes.contains(path) else { return try reader.skipValue() }
            switch kind {
            case .object:
                try reader.beginObject()
                while let key = try reader.nextKey() { try value(at: path.isEmpty ? key : path + "." + key) }
            case .array:
                try reader.beginArray()
                var index = 0
                while try reader.nextElement() {
                    try value(at: path + "[\(index)]")
                    index += 1
                }
            default:
                try reader.skipValue()
            }
        }
    }
}
