import BibplanCore
import Foundation
import XCTest

/// Random rules with BYSETPOS, expanded by bibplan and by python-dateutil: the same days.
final class SetPositionDifferentialTests: XCTestCase {
    private typealias Case = DateutilExpansion.Case

    func testRandomSetPositionRulesExpandAsDateutilExpandsThem() throws {
        var random = GeneratorRandom(seed: 18)
        let cases = (0..<400).map { _ in Self.randomCase(&random) }
        let expected = try DateutilExpansion.days(cases)
        XCTAssertEqual(expected.count, cases.count)
        var compared = 0
        for (item, dates) in zip(cases, expected) {
            let ours = item.rule.days(startingAt: item.start, in: item.range).map(\.iso)
            XCTAssertEqual(ours, dates, "\(item.rule.text) from \(item.start.iso)")
            compared += dates.count
        }
        XCTAssertGreaterThan(compared, 2_000, "the random rules should give many days to compare")
    }

    func testTheLastWeekdayOfTheMonth() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
        let start = LocalDateTime(day: try XCTUnwrap(Day(iso: "2027-01-01")), minutes: 600)
        let range = DayRange(start.day, try XCTUnwrap(Day(iso: "2027-06-30")))
        XCTAssertEqual(rule.days(startingAt: start, in: range).map(\.iso),
                       ["2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30"])
        XCTAssertEqual(rule.text, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    }

    /// A rule whose every period has at least one day at a chosen position: dateutil searches
    /// a rule that never gives a day up to the year 9999.
    private static func randomCase(_ random: inout GeneratorRandom) -> Case {
        let frequency = random.weighted([(RecurrenceRule.Frequency.monthly, 5), (.yearly, 2), (.weekly, 3)])
        var rule = RecurrenceRule(frequency: frequency, interval: random.weighted([(1, 6), (2, 2), (3, 1)]))
        let weekdays = random.sample(Weekday.allCases, random.int(1...7)).sorted { $0.index < $1.index }
        if frequency == .weekly || random.chance(0.7) {
            rule.byDay = weekdays.map { RecurrenceRule.WeekdayOrdinal(nil, $0) }
        }
        if frequency != .weekly, rule.byDay.isEmpty || random.chance(0.2) {
            rule.byMonthDay = random.sample(Array(-28...(-1)) + Array(1...28), random.int(1...4))
        }
        if frequency != .weekly, random.chance(0.25) {
            // A numbered weekday beside a window of month days that holds it and more of that weekday.
            let number = random.pick([1, 2, 3, -1, -2])
            rule.byDay = weekdays.map { RecurrenceRule.WeekdayOrdinal(number, $0) }
            rule.byMonthDay = number > 0 ? Array(1...min(28, 7 * number + 7)) : Array((7 * number - 7)...(-1))
        }
        if random.chance(0.3) { rule.byMonth = random.sample(Array(1...12), random.int(1...5)).sorted() }
        let fewest = rule.byMonthDay.isEmpty ? (frequency == .weekly ? weekdays.count : 4 * weekdays.count) : 1
        let positions = Array(1...(fewest + 1)) + Array(1...fewest).map { -$0 }
        rule.bySetPos = random.sample(positions, random.int(1...min(3, positions.count)))
        var startDay = Day(ordinal: (Day(year: 2026, month: 1, day: 1)?.ordinal ?? 0) + random.below(700))
        // dateutil takes a weekly rule's first set from DTSTART on, not from the week's start as
        // RFC 5545 3.3.10 says (dateutil issue #1398); from a Monday the two agree.
        if frequency == .weekly { startDay = startDay.startOfWeek }
        switch random.below(3) {
        case 0: rule.count = random.int(1...40)
        case 1: rule.until = LocalDateTime(day: startDay.adding(days: random.int(0...900)), minutes: 24 * 60 - 1)
        default: break
        }
        let start = LocalDateTime(day: startDay, minutes: random.int(8...20) * 60)
        return Case(rule: rule, start: start, range: DayRange(startDay.adding(days: random.int(0...200)), startDay.adding(days: 1_100)))
    }
}
