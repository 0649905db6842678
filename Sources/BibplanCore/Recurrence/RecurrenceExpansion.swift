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
        while true {
            guard let periodStart = self.periodStart(start.day, period), periodStart <= range.last else { break }
            for day in candidates(in: periodStart, start: start.day) where day >= start.day {
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

    /// The days of one period that match the rule, in order.
    private func candidates(in periodStart: Day, start: Day) -> [Day] {
        switch frequency {
        case .daily:
            return matchesFilters(periodStart) ? [periodStart] : []
        case .weekly:
            let weekdays = byDay.isEmpty ? [start.weekday] : byDay.map(\.weekday)
            return Set(weekdays).map { periodStart.adding(days: $0.index) }.sorted().filter(inMonths)
        case .monthly:
            guard inMonths(periodStart) else { return [] }
            return daysInMonth(periodStart, start: start)
        case .yearly:
            return yearlyDays(periodStart.year, start: start)
        }
    }

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

    /// Matching days in the month that begins at `first`.
    private func daysInMonth(_ first: Day, start: Day) -> [Day] {
        let length = Day.length(ofMonth: first.month, year: first.year)
        let monthDays = Self.resolve(byMonthDay, length: length, first: first)
        let weekdayDays = Self.resolve(byDay, within: first, length: length)
        if byDay.isEmpty && byMonthDay.isEmpty {
            return start.dayOfMonth <= length ? [first.adding(days: start.dayOfMonth - 1)] : []
        }
        if byDay.isEmpty { return monthDays }
        if byMonthDay.isEmpty { return weekdayDays }
        let weekdays = Set(byDay.map(\.weekday))
        return monthDays.filter { weekdays.contains($0.weekday) }
    }

    private func yearlyDays(_ year: Int, start: Day) -> [Day] {
        guard let january = Day(year: year, month: 1, day: 1) else { return [] }
        if byDay.isEmpty && byMonthDay.isEmpty {
            let months = byMonth.isEmpty ? [start.month] : byMonth.sorted()
            return months.compactMap { Day(year: year, month: $0, day: start.dayOfMonth) }
        }
        if !byMonth.isEmpty || !byMonthDay.isEmpty {
            let months = byMonth.isEmpty ? Array(1...12) : byMonth.sorted()
            return months.flatMap { month -> [Day] in
                guard let first = Day(year: year, month: month, day: 1) else { return [] }
                return daysInMonth(first, start: start)
            }
        }
        // BYDAY alone under YEARLY: ordinals count within the year.
        let length = Day.isLeap(year) ? 366 : 365
        return Self.resolve(byDay, within: january, length: length)
    }

    /// BYMONTHDAY values (negative from the end) as days of the month; days the month lacks are skipped.
    private static func resolve(_ monthDays: [Int], length: Int, first: Day) -> [Day] {
        let numbers = monthDays.compactMap { value -> Int? in
            let number = value > 0 ? value : length + value + 1
            return (1...length).contains(number) ? number : nil
        }
        return Set(numbers).sorted().map { first.adding(days: $0 - 1) }
    }

    /// BYDAY values within a span of `length` days from `first` (a month or a year);
    /// a 5th weekday the span lacks is skipped.
    private static func resolve(_ weekdays: [WeekdayOrdinal], within first: Day, length: Int) -> [Day] {
        var days = Set<Day>()
        for entry in weekdays {
            let offset = (entry.weekday.index - first.weekday.index + 7) % 7
            let all = stride(from: offset, to: length, by: 7).map { first.adding(days: $0) }
            guard let ordinal = entry.ordinal else { days.formUnion(all); continue }
            let index = ordinal > 0 ? ordinal - 1 : all.count + ordinal
            if all.indices.contains(index) { days.insert(all[index]) }
        }
        return days.sorted()
    }
}
