import BibplanCore

/// What the calendar marks on its occurrences and days: the ongoing and next
/// occurrence at the current minute, closing days and opening hours.
struct CalendarMarks {
    /// `▶ nu` / `→ næste`, for the occurrences that have one.
    let now: [Occurrence: NowMark]
    /// The flag of each occurrence, in the list's order (nil: none).
    let notices: [OccurrenceNotice?]
    /// The listed occurrences whose room another holds at the same time.
    let roomTaken: Set<Occurrence>

    init(_ occurrences: [Occurrence], _ state: AppState, _ index: LibraryIndex) {
        now = state.now.map { NowMark.marks(occurrences, now: $0) } ?? [:]
        notices = occurrences.map { index.notice(of: $0) }
        movedCount = occurrences.lazy.filter { $0.movedFrom != nil }.count
        cancelReasons = occurrences.map { CalendarRows.cancelReason($0, index, state.language) }
        if let first = occurrences.first?.day, let last = occurrences.last?.day {
            roomTaken = Set(index.roomConflicts(in: DayRange(first, last)).keys)
        } else {
            roomTaken = []
        }
    }

    /// How many moved times are listed (each has a line `↷ flyttet fra …` under it).
    let movedCount: Int

    /// Why each listed time was cancelled, in the list's order (nil: not cancelled, or no reason given).
    let cancelReasons: [String?]

    /// The lines under occurrences: their flags, where moved times came from and why cancelled ones were.
    var extraLines: Int { notices.lazy.filter { $0 != nil }.count + movedCount + cancelReasons.lazy.filter { $0 != nil }.count }

    /// The line under a flagged occurrence: `⚠ lukket: juledag`, from `x` (under its title).
    static func drawNotice(_ notice: OccurrenceNotice, _ language: Language, into screen: inout Screen, x: Int, y: Int, limit: Int) {
        let style: Style = if case .closed = notice { .warning } else { .caution }
        screen.put("⚠ " + notice.text(language), x: x, y: y, limit: limit, style: style)
    }

    /// The day header's word on the day: `Lukket: juledag`, `Selvbetjening 7–22`; else the holiday's
    /// name when the library opens on it; nil when there is nothing to say.
    static func dayText(_ day: Day, _ index: LibraryIndex, _ language: Language) -> (text: String, closed: Bool)? {
        if let opening = index.opening(on: day), let text = opening.text(language) {
            if case .closed = opening { return (text, true) }
            let holiday = DanishHolidays.holiday(on: day).map { $0.name(language) + " · " } ?? ""
            return (holiday + text, false)
        }
        return DanishHolidays.holiday(on: day).map { ($0.name(language), false) }
    }
}
