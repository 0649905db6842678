/// `landscape.json`, read and checked as a library file is: every problem with
/// file, line, column and JSON path; unknown keys refused.
public enum LandscapeCodec {
    public static func decode(_ bytes: [UInt8], file: String) throws(LibraryLoadError) -> Landscape {
        let result: Result<(Landscape?, [LibraryProblem]), JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var decoder = FieldDecoder(reader: JSONReader(bytes: buffer), file: file)
            do throws(JSONSyntaxError) {
                if buffer.isEmpty { throw JSONSyntaxError(line: 1, column: 1, message: "the file is empty (0 bytes)") }
                var ids = Set<String>()
                let landscape = try decoder.landscape(ids: &ids)
                try decoder.reader.expectEnd()
                return .success((landscape, decoder.problems))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .failure(let error): throw .notJSON(file: file, error)
        case .success((let landscape, let problems)):
            guard let landscape, problems.isEmpty else { throw .invalid(problems) }
            if landscape.schema > Landscape.currentSchema { throw .newerSchema(file: file, found: landscape.schema) }
            return landscape
        }
    }
}

enum LandscapeKey: String, ObjectKeys {
    case schema, source, actors
    static let table = KeyTable<Self>()
}

enum ActorKey: String, ObjectKeys {
    case id, name, items
    static let table = KeyTable<Self>()
}

enum NationalItemKey: String, ObjectKeys {
    case id, kind, title, description, from, to, themes
    static let table = KeyTable<Self>()
}

extension FieldDecoder {
    /// `ids` collects actor and item ids: each is unique in the file.
    mutating func landscape(ids: inout Set<String>) throws(JSONSyntaxError) -> Landscape? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<LandscapeKey>()
        var landscape = Landscape()
        var schema: Int?
        while let key = try nextKey(&seen) {
            switch key {
            case .schema: schema = try integer(in: 0...Int(Int32.max))
            case .source: landscape.source = try string() ?? ""
            case .actors: landscape.actors = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.actor(ids: &ids) }
            }
        }
        if let schema { landscape.schema = schema } else { missing(.schema, seen: seen, objectAt: start) }
        return landscape
    }

    mutating func actor(ids: inout Set<String>) throws(JSONSyntaxError) -> NationalActor? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<ActorKey>()
        var actor = NationalActor(id: "", name: "")
        while let key = try nextKey(&seen) {
            switch key {
            case .id: actor.id = try uniqueID(&ids) ?? ""
            case .name: actor.name = try nonEmptyText() ?? ""
            case .items: actor.items = try array { (d: inout FieldDecoder) throws(JSONSyntaxError) in try d.nationalItem(ids: &ids) }
            }
        }
        missing(.id, seen: seen, objectAt: start)
        missing(.name, seen: seen, objectAt: start)
        return actor
    }

    mutating func nationalItem(ids: inout Set<String>) throws(JSONSyntaxError) -> NationalItem? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<NationalItemKey>()
        var item = NationalItem(id: "", kind: .strategy, title: "")
        var toAt = start
        while let key = try nextKey(&seen) {
            switch key {
            case .id: item.id = try uniqueID(&ids) ?? ""
            case .kind: item.kind = try choice(NationalItem.Kind.self) ?? .strategy
            case .title: item.title = try nonEmptyText() ?? ""
            case .description: item.description = try string() ?? ""
            case .from: item.from = try optionalDay() ?? nil
            case .to: toAt = try valueStart(); item.to = try optionalDay() ?? nil
            case .themes: item.themes = try choices(Theme.self)
            }
        }
        for key in [NationalItemKey.id, .kind, .title] { missing(key, seen: seen, objectAt: start) }
        if let from = item.from, let to = item.to, to < from { problem("\"to\" \(to.iso) is before \"from\" \(from.iso)", at: toAt) }
        return item
    }

    /// An id that is a non-empty text and not used before in the file.
    private mutating func uniqueID(_ ids: inout Set<String>) throws(JSONSyntaxError) -> String? {
        let start = try valueStart()
        guard let id = try string() else { return nil }
        if id.isEmpty { problem("an id cannot be empty", at: start) } else if !ids.insert(id).inserted {
            problem("the id \"\(id)\" is used twice", at: start)
        }
        return id
    }

    private mutating func nonEmptyText() throws(JSONSyntaxError) -> String? {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        if text.trimmingSpaces.isEmpty { problem("cannot be empty", at: start) }
        return text
    }
}
