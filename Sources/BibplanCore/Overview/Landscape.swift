/// The national side of the strategy landscape (issue 19): the central parties
/// the sector meeting names (seed 004), each with its strategies, infrastructure
/// and products. Read from `<data-dir>/landscape.json`; a library's goal or
/// initiative names the items it takes up in `contributes`.
public struct Landscape: Equatable, Sendable {
    public static let currentSchema = 1
    /// The file's name in the data directory, and its id beside the library files.
    public static let fileID = "landscape"

    public var schema: Int
    /// Where the items come from (the meeting's invitation), in words.
    public var source: String
    public var actors: [NationalActor]

    public init(source: String = "", actors: [NationalActor] = []) {
        schema = Self.currentSchema
        self.source = source
        self.actors = actors
    }

    /// Every item with its actor, in file order.
    public var items: [(actor: NationalActor, item: NationalItem)] {
        actors.flatMap { actor in actor.items.map { (actor, $0) } }
    }

    public func item(_ id: String) -> NationalItem? {
        actors.lazy.flatMap(\.items).first { $0.id == id }
    }
}

/// A central party: Det Digitale Folkebibliotek, Det Kgl. Bibliotek, KOMBIT, …
public struct NationalActor: Equatable, Sendable {
    public var id: String
    public var name: String
    public var items: [NationalItem]

    public init(id: String, name: String, items: [NationalItem] = []) {
        self.id = id
        self.name = name
        self.items = items
    }
}

/// One strategy, piece of infrastructure or product of a central party.
public struct NationalItem: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case strategy, infrastructure, product }

    public var id: String
    public var kind: Kind
    public var title: String
    public var description: String
    /// The period, where the source gives one.
    public var from: Day?
    public var to: Day?
    public var themes: [Theme]

    public init(id: String, kind: Kind, title: String, description: String = "", from: Day? = nil, to: Day? = nil,
                themes: [Theme] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.from = from
        self.to = to
        self.themes = themes
    }
}
