/// A DATE or DATE-TIME as the file writes it: the wall-clock time in its own zone.
struct ICSTime: Sendable {
    var wall: LocalDateTime
    var seconds: Int
    var isDate: Bool
    /// The zone it is written in (UTC for `…Z`); nil for a floating time or a date,
    /// which are taken in the library's zone.
    var zone: ICSSourceZone?

    /// Whether it needs converting to be the library's wall-clock time.
    func isForeign(to library: ICSTimeZone) -> Bool { zone.map { $0.identifier != library.identifier } ?? false }

    /// The same moment as the library's wall-clock time.
    func local(in library: ICSTimeZone) -> LocalDateTime { local(wall, in: library) }

    /// Another wall-clock time in this time's zone, as the library's.
    func local(_ time: LocalDateTime, in library: ICSTimeZone) -> LocalDateTime {
        guard let zone, isForeign(to: library) else { return time }
        return library.local(ofUTC: zone.utcSeconds(ofWall: time.day.ordinal * 86_400 + time.minutes * 60 + seconds)).time
    }
}
