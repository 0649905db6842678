/// A series' occurrences with its overrides applied: a moved occurrence is where
/// its override puts it and no longer on the day the rule gives it.
///
/// A shift, a registration or a cancellation of a moved occurrence is dated by the
/// day it now takes place on (`Library.moveOccurrence` carries them along), so
/// the roster, the validator and everything keyed by (event, day) see the day
/// the volunteers actually come in.
extension Occurrences {
    /// One occurrence's time, and the override that changed it, if any.
    public struct Timing: Equatable, Sendable {
        public let start: LocalDateTime
        public let durationMinutes: Int
        public let override: Int?
        public let movedFrom: LocalDateTime?
    }

    /// The occurrences of `event` that take place in `range`, by start time.
    public static func timings(of event: Event, rule: RecurrenceRule?, in range: DayRange, open: OpenDays? = nil) -> [Timing] {
        let ruled = days(of: event, rule: rule, in: range, open: open)
        guard !event.overrides.isEmpty else {
            return ruled.map { Timing(start: LocalDateTime(day: $0, minutes: event.start.minutes), durationMinutes: event.durationMinutes,
                                      override: nil, movedFrom: nil) }
        }
        let overridden = Set(event.overrides.map(\.date))
        var result: [Timing] = ruled.filter { !overridden.contains($0) }.map {
            Timing(start: LocalDateTime(day: $0, minutes: event.start.minutes), durationMinutes: event.durationMinutes,
                override: nil, movedFrom: nil)
        }
        var placed = Set<Day>()
        for (position, change) in event.overrides.enumerated() where placed.insert(change.date).inserted {
            let original = LocalDateTime(day: change.date, minutes: event.start.minutes)
            let start = change.start ?? original
            guard range.contains(start.day), occurs(event, rule: rule, on: change.date, open: open) else { continue }
            result.append(Timing(start: start, durationMinutes: change.durationMinutes ?? event.durationMinutes, override: position,
                                 movedFrom: start == original ? nil : original))
        }
        return result.sorted { $0.start < $1.start }
    }

    /// The days `event` takes place on in `range`, overrides applied, in order.
    public static func daysTakingPlace(of event: Event, rule: RecurrenceRule?, in range: DayRange, open: OpenDays? = nil) -> [Day] {
        guard !event.overrides.isEmpty else { return days(of: event, rule: rule, in: range, open: open) }
        return timings(of: event, rule: rule, in: range, open: open).map(\.start.day)
    }

    /// Whether `event` takes place on `day`, overrides applied.
    public static func takesPlace(_ event: Event, rule: RecurrenceRule?, on day: Day, open: OpenDays? = nil) -> Bool {
        !daysTakingPlace(of: event, rule: rule, in: DayRange(day: day), open: open).isEmpty
    }
}

extension Occurrence {
    init(_ eventIndex: Int, _ timing: Occurrences.Timing) {
        self.init(eventIndex: eventIndex, start: timing.start, durationMinutes: timing.durationMinutes,
                  override: timing.override, movedFrom: timing.movedFrom)
    }
}
