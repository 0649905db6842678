/// `<id>.clashes.json` as bytes, and back, checked: unknown keys, wrong types, a kind
/// outside the schema, values that do not pair with the fields, or our version of the
/// library that does not load are each a `Failure` naming the place.
extension OpenClashes {
    public func encode() -> [UInt8] {
        var writer = JSONWriter(capacity: 4096)
        writer.beginObject()
        writer.field("schema", Self.schema)
        writer.field("library", library)
        writer.key("merges")
        writer.beginArray()
        for merge in merges {
            writer.beginObject()
            writer.field("time", merge.time)
            if let by = merge.by { writer.field("by", by) }
            writer.key("clashes")
            writer.beginArray()
            for clash in merge.clashes {
                writer.beginObject(inline: true)
                writer.field("kind", clash.kind)
                writer.field("id", clash.id)
                writer.field("deleted", clash.deleted)
                writer.field("fields", clash.fields)
                writer.field("ours", clash.values.map(\.mine))
                writer.field("theirs", clash.values.map(\.theirs))
                writer.endObject()
            }
            writer.endArray()
            writer.field("ours", String(decoding: LibraryCodec.encode(merge.ours), as: UTF8.self))
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes + [UInt8(ascii: "\n")]
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(Failure) -> OpenClashes {
        let result: Result<OpenClashes, Failure> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            do {
                let value = try read(&reader, file)
                try reader.expectEnd()
                return .success(value)
            } catch let failure as Failure {
                return .failure(failure)
            } catch let syntax as JSONSyntaxError {
                return .failure(Failure(file: file, message: syntax.description))
            } catch {
                return .failure(Failure(file: file, message: "\(error)"))
            }
        }
        return try result.get()
    }

    private static func read(_ reader: inout JSONReader, _ file: String) throws -> OpenClashes {
        var schema: Int?, library: String?, merges: [Merge]?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "schema":
                let number = try reader.readNumber()
                guard number.isInteger, number.value == Double(Self.schema) else {
                    throw Failure(file: file, message: "schema: \(number.value) is not \(Self.schema), the version this bibplan knows")
                }
                schema = Self.schema
            case "library":
                let id = try reader.readString()
                guard LibraryID.isValid(id) else { throw Failure(file: file, message: "library: \"\(id)\" is not a library id") }
                library = id
            case "merges":
                var list: [Merge] = []
                try reader.beginArray()
                while try reader.nextElement() { list.append(try readMerge(&reader, file, at: "merges[\(list.count)]")) }
                merges = list
            default:
                throw Failure(file: file, message: "unknown key \"\(key)\"")
            }
        }
        guard schema != nil, let library, let merges else { throw Failure(file: file, message: "needs schema, library and merges") }
        return OpenClashes(library: library, merges: merges)
    }

    private static func readMerge(_ reader: inout JSONReader, _ file: String, at place: String) throws -> Merge {
        var time: String?, by: String?, clashes: [ThreeWayMerge.Clash]?, ours: Library?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "time": time = try reader.readString()
            case "by": by = try reader.readString()
            case "clashes":
                var list: [ThreeWayMerge.Clash] = []
                try reader.beginArray()
                while try reader.nextElement() { list.append(try readClash(&reader, file, at: "\(place).clashes[\(list.count)]")) }
                clashes = list
            case "ours":
                let text = try reader.readString()
                do throws(LibraryLoadError) {
                    ours = try LibraryCodec.decode(Array(text.utf8), file: "\(file) \(place).ours")
                } catch {
                    throw Failure(file: file, message: "\(place).ours is not a valid library: \(error.description)")
                }
            default: throw Failure(file: file, message: "\(place): unknown key \"\(key)\"")
            }
        }
        guard let time, let clashes, let ours else { throw Failure(file: file, message: "\(place): needs time, clashes and ours") }
        guard time.count == 20, ChangeRecord.moment(of: time) != nil else {
            throw Failure(file: file, message: "\(place).time: \"\(time)\" is not a UTC time like 2026-12-03T14:20:05Z")
        }
        return Merge(time: time, by: by, clashes: clashes, ours: ours)
    }

    private static func readClash(_ reader: inout JSONReader, _ file: String, at place: String) throws -> ThreeWayMerge.Clash {
        var kind: String?, id: String?, deleted: Bool?, fields: [String]?, ours: [String]?, theirs: [String]?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "kind": kind = try reader.readString()
            case "id": id = try reader.readString()
            case "deleted": deleted = try reader.readBool()
            case "fields": fields = try readStrings(&reader)
            case "ours": ours = try readStrings(&reader)
            case "theirs": theirs = try readStrings(&reader)
            default: throw Failure(file: file, message: "\(place): unknown key \"\(key)\"")
            }
        }
        guard let kind, let id, let deleted, let fields, let ours, let theirs else {
            throw Failure(file: file, message: "\(place): needs kind, id, deleted, fields, ours and theirs")
        }
        guard kinds.contains(kind), (kind == "library") == id.isEmpty else {
            throw Failure(file: file, message: "\(place): \"\(kind)\" with id \"\(id)\" names no item of the schema")
        }
        let addedTwice = fields == ["id"] && ours.isEmpty
        guard ours.count == theirs.count, deleted ? ours.isEmpty : addedTwice || ours.count == fields.count && !fields.isEmpty else {
            throw Failure(file: file, message: "\(place): ours and theirs must give one value for each field")
        }
        let values = (0..<ours.count).map { (field: fields[$0], mine: ours[$0], theirs: theirs[$0]) }
        return ThreeWayMerge.Clash(kind: kind, id: id, fields: fields, deleted: deleted, values: values)
    }

    private static func readStrings(_ reader: inout JSONReader) throws -> [String] {
        var list: [String] = []
        try reader.beginArray()
        while try reader.nextElement() { list.append(try reader.readString()) }
        return list
    }
}
