/// Expanding a rule into the days it falls on. All in civil (local) dates: a
/// series at 19:00 is at 19:00 local time on every day, summer or winter.
extension RecurrenceRule {
    /// The days in `range` on which a series that starts at `start` occurs,
    /// in order, before any exdates are removed.
    public func days(startingAt start: LocalDateTime, in range: DayRange) -> [Day] {
        var result: [Day] = []
        var produced = 0
        // With COUNT every occurrence from the start counts; without, jump to the range.
        var period = count == nil ? firstPeriod(from: start.day, reaching: range.first) : 0
        var candidates: [Day] = [] // one period's days, reused from period to period
        candidates.reserveCapacity(8)
        while true {
            guard let periodStart = self.periodStart(start.day, period), periodStart <= range.last else { break }
            candidates.removeAll(keepingCapacity: true)
            collect(in: periodStart, start: start.day, into: &candidates)
            for day in candidates where day >= start.day {
                if let until, LocalDateTime(day: day, minutes: start.minutes) > until { return result }
                produced += 1
                if let count, produced > count { return result }
                if range.contains(day) { result.append(day) }
                if day > range.last { return result }
            }
            period += 1
        }
        return result
    }

    /// The first day of period number `index` (0 is the start's period).
    private func periodStart(_ start: Day, _ index: Int) -> Day? {
        let step = index * interval
        switch frequency {
        case .daily: return start.adding(days: step)
        case .weekly: return start.startOfWeek.adding(days: 7 * step)
        case .monthly: return start.firstOfMonth.adding(months: step)
        case .yearly:
            let year = start.year + step
            return year <= 9999 ? Day(year: year, month: 1, day: 1) : nil
        }
    }

    /// The period index whose period contains (or is just before) `target`.
    private func firstPeriod(from start: Day, reaching target: Day) -> Int {
        guard target > start else { return 0 }
        let elapsed: Int
        switch frequency {
        case .daily: elapsed = target.ordinal - start.ordinal
        case .weekly: elapsed = (target.startOfWeek.ordinal - start.startOfWeek.ordinal) / 7
        case .monthly: elapsed = (target.year - start.year) * 12 + target.month - start.month
        case .yearly: elapsed = target.year - start.year
        }
        return max(0, elapsed / interval)
    }

    /// Appends the days of one period that match the rule, in order.
    private func collect(in periodStart: Day, start: Day, into days: inout [Day]) {
        switch frequency {
        case .daily:
            if matchesFilters(periodStart) { days.append(periodStart) }
        case .weekly:
            // Monday first, each weekday once, so the days come out in order.
            let weekdays = byDay.isEmpty ? Self.mask(start.weekday) : byDay.reduce(0) { $0 | Self.mask($1.weekday) }
            for index in 0..<7 where weekdays & (1 << index) != 0 {
                let day = periodStart.adding(days: index)
                if inMonths(day) { days.append(day) }
            }
        case .monthly:
            if inMonths(periodStart) { daysInMonth(periodStart, start: start, into: &days) }
        case .yearly:
            yearlyDays(periodStart.year, start: start, into: &days)
        }
        if !bySetPos.isEmpty { Self.keep(positions: bySetPos, of: &days) }
    }

    /// BYSETPOS: only the days at these positions in the period's set (negative from its end),
    /// before the series' start, COUNT and UNTIL are applied (RFC 5545 3.3.10).
    private static func keep(positions: [Int], of days: inout [Day]) {
        let set = days
        days.removeAll(keepingCapacity: true)
        for position in positions {
            let index = position > 0 ? position - 1 : set.count + position
            if set.indices.contains(index) { days.append(set[index]) }
        }
        sortUnique(&days, from: 0)
    }

    private static func mask(_ weekday: Weekday) -> Int { 1 << weekday.index }

    private func inMonths(_ day: Day) -> Bool { byMonth.isEmpty || byMonth.contains(day.month) }

    private func matchesFilters(_ day: Day) -> Bool {
        guard inMonths(day) else { return false }
        if !byMonthDay.isEmpty {
            let length = Day.length(ofMonth: day.month, year: day.year)
            let number = day.dayOfMonth
            guard byMonthDay.contains(where: { $0 == number || $0 == number - length - 1 }) else { return false }
        }
        return byDay.isEmpty || byDay.contains { $0.weekday == day.weekday }
    }

    /// Appends the matching days in the month that begins at `first`, in order.
    private func daysInMonth(_ first: Day, start: Day, weekdaySpan: (first: Day, length: Int)? = nil, into days: inout [Day]) {
        let length = Day.length(ofMonth: first.month, year: first.year)
        if byDay.isEmpty && byMonthDay.isEmpty {
            if start.dayOfMonth <= length { days.append(first.adding(days: start.dayOfMonth - 1)) }
        } else if byDay.isEmpty {
            Self.resolve(byMonthDay, length: length, first: first, into: &days)
        } else if byMonthDay.isEmpty {
            Self.resolve(byDay, within: first, length: length, into: &days)
        } else {
            // The month days that are also among the weekdays, a numbered one (`1FR`) counted
            // in the month, or in the year for a yearly rule without BYMONTH (as RFC 5545 and dateutil do).
            var weekdayDays: [Day] = []
            Self.resolve(byDay, within: weekdaySpan?.first ?? first, length: weekdaySpan?.length ?? length, into: &weekdayDays)
            let allowed = Set(weekdayDays)
            let from = days.count
            Self.resolve(byMonthDay, length: length, first: first, into: &days)
            var write = from
            for read in from..<days.count where allowed.contains(days[read]) {
                days[write] = days[read]
                write += 1
            }
            days.removeSubrange(write...)
        }
    }

    private func yearlyDays(_ year: Int, start: Day, into days: inout [Day]) {
        guard let january = Day(year: year, month: 1, day: 1) else { return }
        if byDay.isEmpty && byMonthDay.isEmpty {
            let months = byMonth.isEmpty ? [start.month] : byMonth.sorted()
            days += months.compactMap { Day(year: year, month: $0, day: start.dayOfMonth) }
            return
        }
        if !byMonth.isEmpty || !byMonthDay.isEmpty {
            let months = byMonth.isEmpty ? Array(1...12) : byMonth.sorted()
            let wholeYear = byMonth.isEmpty ? (first: january, length: Day.isLeap(year) ? 366 : 365) : nil
            for month in months {
                guard let first = Day(year: year, month: month, day: 1) else { continue }
                daysInMonth(first, start: start, weekdaySpan: wholeYear, into: &days)
            }
            return
        }
        // BYDAY alone under YEARLY: ordinals count within the year.
        let length = Day.isLeap(year) ? 366 : 365
        Self.resolve(byDay, within: january, length: length, into: &days)
    }

    /// BYMONTHDAY values (negative from the end) as days of the month, each once and in
    /// order; days the month lacks are skipped.
    private static func resolve(_ monthDays: [Int], length: Int, first: Day, into days: inout [Day]) {
        let from = days.count
        for value in monthDays {
            let number = value > 0 ? value : length + value + 1
            if (1...length).contains(number) { days.append(first.adding(days: number - 1)) }
        }
        sortUnique(&days, from: from)
    }

    /// BYDAY values within a span of `length` days from `first` (a month or a year),
    /// each day once and in order; a 5th weekday the span lacks is skipped.
    private static func resolve(_ weekdays: [WeekdayOrdinal], within first: Day, length: Int, into days: inout [Day]) {
        let from = days.count
        for entry in weekdays {
            let offset = (entry.weekday.index - first.weekday.index + 7) % 7
            let matching = offset < length ? (length - offset + 6) / 7 : 0 // how many such weekdays the span has
            guard let ordinal = entry.ordinal else {
                for step in 0..<matching { days.append(first.adding(days: offset + 7 * step)) }
                continue
            }
            let index = ordinal > 0 ? ordinal - 1 : matching + ordinal
            if index >= 0, index < matching { days.append(first.adding(days: offset + 7 * index)) }
        }
        sortUnique(&days, from: from)
    }

    /// Sorts `days[from...]` and drops repeats there.
    private static func sortUnique(_ days: inout [Day], from: Int) {
        guard days.count - from > 1 else { return }
        days[from...].sort()
        var write = from + 1
        for read in from + 1..<days.count where days[read] != days[write - 1] {
            days[write] = days[read]
            write += 1
        }
        days.removeSubrange(write...)
    }
}
