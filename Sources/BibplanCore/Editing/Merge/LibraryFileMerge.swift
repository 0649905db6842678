/// Three versions of one library file merged as git's merge driver sees them: the
/// common ancestor, ours and theirs, as bytes. Ours is "mine" to `ThreeWayMerge`, so
/// a clash keeps theirs in the clashing field and names both values.
public enum LibraryFileMerge {
    /// One of the three versions did not decode; nothing was merged.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public enum Side: String, Sendable {
            case base, ours, theirs
        }

        public let side: Side
        public let error: LibraryLoadError

        public var description: String { "\(side.rawValue): \(error.description)" }
    }

    public struct Result: Sendable {
        /// The merged library, encoded: every change that did not clash, theirs where they clash.
        public let bytes: [UInt8]
        public let clashes: [ThreeWayMerge.Clash]
        /// Our version, as it was: what `OpenClashes` keeps to put back in a clash.
        public var ours: Library?
    }

    /// `file` names the versions in problems (git's `%P`, the path in the repository).
    /// An empty base (both sides added the file) merges as ours without its items.
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], file: String) throws(Failure) -> Result {
        let mine = try decode(ours, file, .ours)
        let other = try decode(theirs, file, .theirs)
        let ancestor = base.isEmpty ? withoutItems(mine) : try decode(base, file, .base)
        switch ThreeWayMerge.merge(base: ancestor, mine: mine, theirs: other) {
        case .merged(let library): return Result(bytes: LibraryCodec.encode(library), clashes: [])
        case .clashes(let clashes, let partial): return Result(bytes: LibraryCodec.encode(partial), clashes: clashes, ours: mine)
        }
    }

    private static func decode(_ bytes: [UInt8], _ file: String, _ side: Failure.Side) throws(Failure) -> Library {
        do throws(LibraryLoadError) {
            return try LibraryCodec.decode(bytes, file: file)
        } catch {
            throw Failure(side: side, error: error)
        }
    }

    private static func withoutItems(_ library: Library) -> Library {
        var empty = library
        empty.goals = []
        empty.initiatives = []
        empty.events = []
        empty.volunteers = []
        empty.shifts = []
        return empty
    }
}
