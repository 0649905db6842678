/// A goal or an initiative of one library, as the overview lists it.
public struct StrategyItem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case goal, initiative }
    public let libraryID: String
    public let libraryName: String
    public let kind: Kind
    public let id: String
    public let title: String
}

extension Overview {
    /// Every theme some library works on, with each library's goals and initiatives
    /// under it (libraries in order, goals before initiatives).
    static func themes(of libraries: [LibraryIndex]) -> [(theme: Theme, items: [StrategyItem])] {
        Theme.allCases.compactMap { theme in
            let items = libraries.flatMap { index in
                let library = index.library
                let goals = library.goals.filter { $0.themes.contains(theme) }.map {
                    StrategyItem(libraryID: library.id, libraryName: library.name, kind: .goal, id: $0.id, title: $0.title)
                }
                let initiatives = library.initiatives.filter { $0.themes.contains(theme) }.map {
                    StrategyItem(libraryID: library.id, libraryName: library.name, kind: .initiative, id: $0.id, title: $0.title)
                }
                return goals + initiatives
            }
            return items.isEmpty ? nil : (theme, items)
        }
    }

    /// How many libraries work on a theme.
    public func libraryCount(of items: [StrategyItem]) -> Int { Set(items.map(\.libraryID)).count }

    /// Partners, each once (names compared without case, spaces or the little word
    /// "i": "Røde Kors i Glostrup" is "Røde Kors Glostrup"), with
    /// the initiatives that work with them; partners of several libraries first.
    static func partners(of libraries: [LibraryIndex]) -> [Partner] {
        var byKey: [String: Partner] = [:]
        var order: [String] = []
        for index in libraries {
            for initiative in index.library.initiatives {
                for name in initiative.partners {
                    let key = Self.partnerKey(name)
                    guard !key.isEmpty else { continue }
                    if byKey[key] == nil { byKey[key] = Partner(name: name.trimmingSpaces, initiatives: []); order.append(key) }
                    byKey[key]?.initiatives.append(StrategyItem(libraryID: index.library.id, libraryName: index.library.name,
                                                                kind: .initiative, id: initiative.id, title: initiative.title))
                }
            }
        }
        return order.compactMap { byKey[$0] }.sorted { ($0.libraryIDs.count, $1.name) > ($1.libraryIDs.count, $0.name) }
    }
}

extension Overview {
    static func partnerKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).filter { $0 != "i" }.joined(separator: " ")
    }
}

public struct Partner: Equatable, Sendable {
    public let name: String
    public var initiatives: [StrategyItem]

    /// The libraries that work with this partner, in order.
    public var libraryIDs: [String] {
        var seen: [String] = []
        for item in initiatives where !seen.contains(item.libraryID) { seen.append(item.libraryID) }
        return seen
    }
}
