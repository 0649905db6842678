/// One occurrence in a calendar of several libraries: whose, and which.
public struct LibraryOccurrence: Equatable, Sendable {
    /// The position of the library in the overview's `libraries`.
    public let library: Int
    public let occurrence: Occurrence
}

extension Overview {
    /// The events of every library in the range, in time order, each with its library;
    /// `listed`: also the times called off, as a calendar lists them.
    public func occurrences(in range: DayRange, libraries chosen: Set<String>? = nil, listed: Bool = false) -> [LibraryOccurrence] {
        var all: [LibraryOccurrence] = []
        for (position, index) in libraries.enumerated() where chosen?.contains(index.library.id) ?? true {
            let occurrences = listed ? index.listedOccurrences(in: range) : index.occurrences(in: range)
            all += occurrences.map { LibraryOccurrence(library: position, occurrence: $0) }
        }
        return all.sorted { ($0.occurrence.start, $0.library, $0.occurrence.eventIndex) < ($1.occurrence.start, $1.library, $1.occurrence.eventIndex) }
    }

    public func event(of item: LibraryOccurrence) -> Event { libraries[item.library].event(of: item.occurrence) }
}
