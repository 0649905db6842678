import BibplanCore
import XCTest

/// Rhythms as Danish libraries and their English-speaking users write them: each phrase
/// with the rule it must become, the first dates of some (from Monday 23 November 2026),
/// every phrase's dates checked against python-dateutil, and the phrases that must be
/// refused with the word named and phrasings offered that read.
final class RhythmPhraseTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!
    private let weekdays = "BYDAY=MO,TU,WE,TH,FR"
    private let allButJuly = "BYMONTH=1,2,3,4,5,6,8,9,10,11,12"

    private var danish: [(String, String)] {
        [
            ("anden lørdag i måneden", "FREQ=MONTHLY;BYDAY=2SA"), ("den anden lørdag i hver måned", "FREQ=MONTHLY;BYDAY=2SA"),
            ("Den anden lørdag i hver måned", "FREQ=MONTHLY;BYDAY=2SA"), ("hver anden lørdag i måneden", "FREQ=MONTHLY;BYDAY=2SA"),
            ("hver anden lørdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"), ("hver 2. lørdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"),
            ("hver 2. lørdag i måneden", "FREQ=MONTHLY;BYDAY=2SA"), ("hver uge om lørdagen", "FREQ=WEEKLY;BYDAY=SA"),
            ("om lørdagen", "FREQ=WEEKLY;BYDAY=SA"), ("lørdage", "FREQ=WEEKLY;BYDAY=SA"), ("alle lørdage", "FREQ=WEEKLY;BYDAY=SA"),
            ("hverdage", "FREQ=WEEKLY;\(weekdays)"), ("alle hverdage", "FREQ=WEEKLY;\(weekdays)"),
            ("hver hverdag", "FREQ=WEEKLY;\(weekdays)"), ("på hverdage", "FREQ=WEEKLY;\(weekdays)"),
            ("weekender", "FREQ=WEEKLY;BYDAY=SA,SU"), ("i weekenden", "FREQ=WEEKLY;BYDAY=SA,SU"), ("hver weekend", "FREQ=WEEKLY;BYDAY=SA,SU"),
            ("den 15. i hver måned", "FREQ=MONTHLY;BYMONTHDAY=15"), ("den 15. i måneden", "FREQ=MONTHLY;BYMONTHDAY=15"),
            ("hver måned den 15.", "FREQ=MONTHLY;BYMONTHDAY=15"), ("den 1. og 15. i hver måned", "FREQ=MONTHLY;BYMONTHDAY=1,15"),
            ("den 1. i hver måned", "FREQ=MONTHLY;BYMONTHDAY=1"),
            ("sidste dag i måneden", "FREQ=MONTHLY;BYMONTHDAY=-1"), ("den sidste dag i hver måned", "FREQ=MONTHLY;BYMONTHDAY=-1"),
            ("hver måned den sidste dag", "FREQ=MONTHLY;BYMONTHDAY=-1"),
            ("mandag og onsdag", "FREQ=WEEKLY;BYDAY=MO,WE"), ("hver mandag og onsdag", "FREQ=WEEKLY;BYDAY=MO,WE"),
            ("mandag, onsdag og fredag", "FREQ=WEEKLY;BYDAY=MO,WE,FR"), ("man, ons og fre", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
            ("hver uge om tirsdag og torsdag", "FREQ=WEEKLY;BYDAY=TU,TH"),
            ("hver lørdag indtil 30. juni 2027", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630"),
            ("hver lørdag til og med 30/6", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630"),
            ("hver tirsdag indtil 30/6 2027", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630"),
            ("hver tirsdag indtil 2027-06-30", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630"),
            ("hver tirsdag til og med 1. december", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261201"),
            ("hver onsdag, 10 gange", "FREQ=WEEKLY;BYDAY=WE;COUNT=10"), ("hver onsdag 10 gange", "FREQ=WEEKLY;BYDAY=WE;COUNT=10"),
            ("10 gange hver onsdag", "FREQ=WEEKLY;BYDAY=WE;COUNT=10"),
            ("første onsdag i kvartalet", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE"), ("anden onsdag i kvartalet", "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE"),
            ("tredje søndag i kvartalet", "FREQ=MONTHLY;INTERVAL=3;BYDAY=3SU"), ("en gang i kvartalet", "FREQ=MONTHLY;INTERVAL=3"),
            ("hvert kvartal", "FREQ=MONTHLY;INTERVAL=3"), ("kvartalsvis", "FREQ=MONTHLY;INTERVAL=3"),
            ("hvert andet kvartal", "FREQ=MONTHLY;INTERVAL=6"),
            ("en gang om året", "FREQ=YEARLY"), ("én gang om året", "FREQ=YEARLY"), ("hvert år", "FREQ=YEARLY"), ("årligt", "FREQ=YEARLY"),
            ("en gang årligt", "FREQ=YEARLY"), ("en gang om ugen", "FREQ=WEEKLY"), ("en gang om måneden", "FREQ=MONTHLY"),
            ("månedligt", "FREQ=MONTHLY"), ("ugentligt", "FREQ=WEEKLY"), ("dagligt", "FREQ=DAILY"), ("hver dag", "FREQ=DAILY"),
            ("hver anden dag", "FREQ=DAILY;INTERVAL=2"), ("hver anden uge", "FREQ=WEEKLY;INTERVAL=2"),
            ("hver 14. dag", "FREQ=WEEKLY;INTERVAL=2"), ("hver 3. uge", "FREQ=WEEKLY;INTERVAL=3"),
            ("hver 14. dag om tirsdagen", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"), ("hver anden uge om onsdagen", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
            ("hver anden uge onsdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"), ("hver anden onsdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
            ("hver tredje uge om fredagen", "FREQ=WEEKLY;INTERVAL=3;BYDAY=FR"), ("hver første lørdag i måneden", "FREQ=MONTHLY;BYDAY=1SA"),
            ("hver første lørdag", "FREQ=MONTHLY;BYDAY=1SA"),
            ("første lørdag i måneden", "FREQ=MONTHLY;BYDAY=1SA"), ("1. lørdag i måneden", "FREQ=MONTHLY;BYDAY=1SA"),
            ("2. lørdag i hver måned", "FREQ=MONTHLY;BYDAY=2SA"), ("tredje torsdag i måneden", "FREQ=MONTHLY;BYDAY=3TH"),
            ("fjerde fredag i måneden", "FREQ=MONTHLY;BYDAY=4FR"), ("femte søndag i måneden", "FREQ=MONTHLY;BYDAY=5SU"),
            ("sidste fredag i måneden", "FREQ=MONTHLY;BYDAY=-1FR"), ("sidste fredag i hver måned", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("næstsidste fredag i måneden", "FREQ=MONTHLY;BYDAY=-2FR"), ("2. sidste søndag i måneden", "FREQ=MONTHLY;BYDAY=-2SU"),
            ("1. og 3. mandag i måneden", "FREQ=MONTHLY;BYDAY=1MO,3MO"), ("første og tredje mandag i måneden", "FREQ=MONTHLY;BYDAY=1MO,3MO"),
            ("anden og fjerde onsdag i måneden", "FREQ=MONTHLY;BYDAY=2WE,4WE"),
            ("sidste hverdag i måneden", "FREQ=MONTHLY;\(weekdays);BYSETPOS=-1"), ("første hverdag i måneden", "FREQ=MONTHLY;\(weekdays);BYSETPOS=1"),
            ("første hverdag", "FREQ=MONTHLY;\(weekdays);BYSETPOS=1"), ("sidste hverdag i hver måned", "FREQ=MONTHLY;\(weekdays);BYSETPOS=-1"),
            ("første og sidste hverdag i måneden", "FREQ=MONTHLY;\(weekdays);BYSETPOS=1,-1"),
            ("sidste lørdag eller søndag i måneden", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=-1"),
            ("første weekenddag i måneden", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1"),
            ("sidste hverdag i året", "FREQ=YEARLY;\(weekdays);BYSETPOS=-1"),
            ("sidste hverdag i måneden, 6 gange", "FREQ=MONTHLY;\(weekdays);BYSETPOS=-1;COUNT=6"),
            ("2. lørdag i hver måned undtagen juli", "FREQ=MONTHLY;BYDAY=2SA;\(allButJuly)"),
            ("sidste lørdag i måneden undtagen juli og december", "FREQ=MONTHLY;BYDAY=-1SA;BYMONTH=1,2,3,4,5,6,8,9,10,11"),
            ("hvert år i juni", "FREQ=YEARLY;BYMONTH=6"), ("2. tirsdag i marts hvert år", "FREQ=YEARLY;BYDAY=2TU;BYMONTH=3"),
            ("sidste lørdag i august hvert år", "FREQ=YEARLY;BYDAY=-1SA;BYMONTH=8"), ("3. torsdag i maj hvert år", "FREQ=YEARLY;BYDAY=3TH;BYMONTH=5"),
            ("anden lørdag i september hvert år", "FREQ=YEARLY;BYDAY=2SA;BYMONTH=9"),
            ("hver tirsdag, 4 gange", "FREQ=WEEKLY;BYDAY=TU;COUNT=4"),
            ("hver tirsdag og torsdag indtil 6. august 2027", "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270806"),
            ("hver anden måned", "FREQ=MONTHLY;INTERVAL=2"), ("1. tirsdag i hver anden måned", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU"),
            ("anden lørdag i hver anden måned", "FREQ=MONTHLY;INTERVAL=2;BYDAY=2SA"),
            ("hver anden lørdag i hver anden måned", "FREQ=MONTHLY;INTERVAL=2;BYDAY=2SA"),
            ("hvert andet år", "FREQ=YEARLY;INTERVAL=2"), ("hver 3. måned", "FREQ=MONTHLY;INTERVAL=3"),
            ("ugentlig om torsdagen", "FREQ=WEEKLY;BYDAY=TH"), ("hver torsdag", "FREQ=WEEKLY;BYDAY=TH"), ("torsdage", "FREQ=WEEKLY;BYDAY=TH"),
            ("tor", "FREQ=WEEKLY;BYDAY=TH"), ("hver fredag kun i juni, juli og august", "FREQ=WEEKLY;BYDAY=FR;BYMONTH=6,7,8"),
            ("hverdage undtagen juli", "FREQ=WEEKLY;\(weekdays);\(allButJuly)"),
            ("FREQ=MONTHLY;BYDAY=2SA", "FREQ=MONTHLY;BYDAY=2SA"),
        ]
    }

    private var english: [(String, String)] {
        [
            ("the second Saturday of the month", "FREQ=MONTHLY;BYDAY=2SA"), ("second Saturday of every month", "FREQ=MONTHLY;BYDAY=2SA"),
            ("every second Saturday of the month", "FREQ=MONTHLY;BYDAY=2SA"),
            ("every other Saturday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"), ("every second Saturday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"),
            ("every 2nd Saturday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"), ("every week on Saturday", "FREQ=WEEKLY;BYDAY=SA"),
            ("on Saturdays", "FREQ=WEEKLY;BYDAY=SA"), ("Saturdays", "FREQ=WEEKLY;BYDAY=SA"), ("every Saturday", "FREQ=WEEKLY;BYDAY=SA"),
            ("weekdays", "FREQ=WEEKLY;\(weekdays)"), ("every weekday", "FREQ=WEEKLY;\(weekdays)"), ("all weekdays", "FREQ=WEEKLY;\(weekdays)"),
            ("weekends", "FREQ=WEEKLY;BYDAY=SA,SU"), ("every weekend", "FREQ=WEEKLY;BYDAY=SA,SU"),
            ("the 15th of every month", "FREQ=MONTHLY;BYMONTHDAY=15"), ("on the 15th of each month", "FREQ=MONTHLY;BYMONTHDAY=15"),
            ("every month on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15"), ("the 1st and 15th of every month", "FREQ=MONTHLY;BYMONTHDAY=1,15"),
            ("the last day of the month", "FREQ=MONTHLY;BYMONTHDAY=-1"), ("every month on the last day", "FREQ=MONTHLY;BYMONTHDAY=-1"),
            ("Monday and Wednesday", "FREQ=WEEKLY;BYDAY=MO,WE"), ("every Monday and Wednesday", "FREQ=WEEKLY;BYDAY=MO,WE"),
            ("Monday, Wednesday and Friday", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
            ("every Saturday until 30 June 2027", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630"),
            ("every Saturday until June 30, 2027", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630"),
            ("every Tuesday through 30/6 2027", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630"),
            ("every Tuesday up to and including 30/6", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630"),
            ("every Wednesday, 10 times", "FREQ=WEEKLY;BYDAY=WE;COUNT=10"), ("every Wednesday 10 times", "FREQ=WEEKLY;BYDAY=WE;COUNT=10"),
            ("the first Wednesday of every quarter", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE"), ("once a quarter", "FREQ=MONTHLY;INTERVAL=3"),
            ("quarterly", "FREQ=MONTHLY;INTERVAL=3"), ("every quarter", "FREQ=MONTHLY;INTERVAL=3"),
            ("once a year", "FREQ=YEARLY"), ("every year", "FREQ=YEARLY"), ("yearly", "FREQ=YEARLY"), ("annually", "FREQ=YEARLY"),
            ("once a week", "FREQ=WEEKLY"), ("once a month", "FREQ=MONTHLY"), ("monthly", "FREQ=MONTHLY"), ("weekly", "FREQ=WEEKLY"),
            ("daily", "FREQ=DAILY"), ("every day", "FREQ=DAILY"), ("every other day", "FREQ=DAILY;INTERVAL=2"),
            ("every other week", "FREQ=WEEKLY;INTERVAL=2"), ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"), ("every 14 days", "FREQ=WEEKLY;INTERVAL=2"),
            ("fortnightly", "FREQ=WEEKLY;INTERVAL=2"), ("every 3 weeks", "FREQ=WEEKLY;INTERVAL=3"),
            ("every third week on Friday", "FREQ=WEEKLY;INTERVAL=3;BYDAY=FR"), ("every other week on Wednesday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
            ("every 2 weeks on Tuesday and Thursday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"),
            ("the first Saturday of the month", "FREQ=MONTHLY;BYDAY=1SA"), ("the 1st Saturday of each month", "FREQ=MONTHLY;BYDAY=1SA"),
            ("the third Thursday of the month", "FREQ=MONTHLY;BYDAY=3TH"), ("the fourth Friday of the month", "FREQ=MONTHLY;BYDAY=4FR"),
            ("the fifth Sunday of the month", "FREQ=MONTHLY;BYDAY=5SU"), ("the last Friday of the month", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("the second-last Friday of the month", "FREQ=MONTHLY;BYDAY=-2FR"), ("the 2nd last Sunday of the month", "FREQ=MONTHLY;BYDAY=-2SU"),
            ("the 1st and 3rd Monday of the month", "FREQ=MONTHLY;BYDAY=1MO,3MO"),
            ("the first and third Monday of the month", "FREQ=MONTHLY;BYDAY=1MO,3MO"),
            ("the second and fourth Wednesday of the month", "FREQ=MONTHLY;BYDAY=2WE,4WE"),
            ("the last weekday of the month", "FREQ=MONTHLY;\(weekdays);BYSETPOS=-1"),
            ("the first weekday of the month", "FREQ=MONTHLY;\(weekdays);BYSETPOS=1"),
            ("the first and last weekday of the month", "FREQ=MONTHLY;\(weekdays);BYSETPOS=1,-1"),
            ("the last Saturday or Sunday of the month", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=-1"),
            ("the last weekday of the year", "FREQ=YEARLY;\(weekdays);BYSETPOS=-1"),
            ("the last weekday of the month, 6 times", "FREQ=MONTHLY;\(weekdays);BYSETPOS=-1;COUNT=6"),
            ("the 2nd Saturday of each month except July", "FREQ=MONTHLY;BYDAY=2SA;\(allButJuly)"),
            ("every year in June", "FREQ=YEARLY;BYMONTH=6"), ("the 2nd Tuesday in March every year", "FREQ=YEARLY;BYDAY=2TU;BYMONTH=3"),
            ("the last Saturday of August every year", "FREQ=YEARLY;BYDAY=-1SA;BYMONTH=8"),
            ("every Tuesday, 4 times", "FREQ=WEEKLY;BYDAY=TU;COUNT=4"), ("every other month", "FREQ=MONTHLY;INTERVAL=2"),
            ("the 1st Tuesday of every other month", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU"), ("every other year", "FREQ=YEARLY;INTERVAL=2"),
            ("every 3 months", "FREQ=MONTHLY;INTERVAL=3"), ("every Friday only in June, July and August", "FREQ=WEEKLY;BYDAY=FR;BYMONTH=6,7,8"),
            ("weekdays except July", "FREQ=WEEKLY;\(weekdays);\(allButJuly)"),
        ]
    }

    private func rule(_ phrase: String) throws -> RecurrenceRule? {
        try RecurrenceWordsParser.reading(from: phrase, today: today)?.rule
    }

    /// The first and last opening day, and a closing-day clause: the rule, and where a time on a closed day goes.
    private var openingDays: [(String, String, ClosingDayRule)] {
        let every = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"
        return [
            ("sidste åbningsdag i måneden", every + ";BYSETPOS=-1", .earlier),
            ("den sidste åbningsdag i hver måned", every + ";BYSETPOS=-1", .earlier),
            ("Sidste åbningsdag i måneden", every + ";BYSETPOS=-1", .earlier),
            ("første åbningsdag i måneden", every + ";BYSETPOS=1", .later),
            ("den første åbningsdag i hver måned", every + ";BYSETPOS=1", .later),
            ("sidste åbningsdag i kvartalet", "FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-1", .earlier),
            ("sidste åbningsdag i året", "FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-1", .earlier),
            ("første åbningsdag i ugen", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1", .later),
            ("sidste åbningsdag i måneden, 6 gange", every + ";BYSETPOS=-1;COUNT=6", .earlier),
            ("the last opening day of the month", every + ";BYSETPOS=-1", .earlier),
            ("the last opening day of each month", every + ";BYSETPOS=-1", .earlier),
            ("the first opening day of the month", every + ";BYSETPOS=1", .later),
            ("the last open day of the month", every + ";BYSETPOS=-1", .earlier),
            ("sidste lørdag i måneden, på lukkedage den forrige åbningsdag", "FREQ=MONTHLY;BYDAY=-1SA", .earlier),
            ("hver lørdag, på lukkedage dagen før", "FREQ=WEEKLY;BYDAY=SA", .earlier),
            ("hver mandag, på lukkedage flyttes den til næste åbningsdag", "FREQ=WEEKLY;BYDAY=MO", .later),
            ("every Monday, on closing days the open day after", "FREQ=WEEKLY;BYDAY=MO", .later),
        ]
    }

    func testOpeningDayPhrasesBecomeTheirRuleAndMove() throws {
        for (phrase, expected, move) in openingDays {
            let reading = try XCTUnwrap(try RecurrenceWordsParser.reading(from: phrase, today: today), phrase)
            XCTAssertEqual(reading.rule.text, expected, phrase)
            XCTAssertEqual(reading.onClosingDay, move, phrase)
            // Said back in either language, the words read as the same rule and move.
            for language in Language.allCases {
                let words = RecurrenceWords.describe(reading.rule, onClosingDay: reading.onClosingDay, language)
                XCTAssertEqual(try RecurrenceWordsParser.reading(from: words, today: today), reading, "\(phrase) → \(words)")
            }
            // The rule alone would give other days: it is refused where no library is known.
            XCTAssertThrowsError(try RecurrenceWordsParser.rule(from: phrase, today: today), phrase) { error in
                XCTAssertEqual((error as? RecurrenceWordsError)?.problem, .needsLibrary, phrase)
            }
        }
    }

    func testTheOpeningDayIsSaidInBothLanguages() throws {
        let last = try XCTUnwrap(try RecurrenceWordsParser.reading(from: "sidste åbningsdag i måneden", today: today))
        XCTAssertEqual(RecurrenceWords.describe(last.rule, onClosingDay: last.onClosingDay, .danish), "sidste åbningsdag i hver måned")
        XCTAssertEqual(RecurrenceWords.describe(last.rule, onClosingDay: last.onClosingDay, .english), "the last opening day of each month")
        let first = try XCTUnwrap(try RecurrenceWordsParser.reading(from: "the first opening day of the month", today: today))
        XCTAssertEqual(RecurrenceWords.describe(first.rule, onClosingDay: first.onClosingDay, .danish), "første åbningsdag i hver måned")
        let saturdayWords = "sidste lørdag i måneden, på lukkedage dagen før"
        let saturday = try XCTUnwrap(try RecurrenceWordsParser.reading(from: saturdayWords, today: today))
        XCTAssertEqual(RecurrenceWords.describe(saturday.rule, onClosingDay: saturday.onClosingDay, .danish),
                       "sidste lørdag i hver måned, på lukkedage den forrige åbningsdag")
        XCTAssertEqual(RecurrenceWords.describe(saturday.rule, onClosingDay: .flag, .danish), "sidste lørdag i hver måned")
    }

    func testEveryPhraseBecomesItsRule() throws {
        let phrases = danish + english
        XCTAssertGreaterThanOrEqual(phrases.count + refused.count, 150)
        for (phrase, expected) in phrases {
            XCTAssertEqual(try rule(phrase)?.text, expected, phrase)
        }
    }

    /// Where the everyday meaning decides, the first dates say which was chosen.
    func testTheFirstDatesOfTheAmbiguousPhrases() throws {
        let cases: [(String, [String])] = [
            ("hver anden lørdag", ["2026-11-28", "2026-12-12", "2026-12-26"]),
            ("anden lørdag i måneden", ["2026-12-12", "2027-01-09", "2027-02-13"]),
            ("hver anden lørdag i måneden", ["2026-12-12", "2027-01-09", "2027-02-13"]),
            ("every second Saturday", ["2026-11-28", "2026-12-12", "2026-12-26"]),
            ("the second Saturday of the month", ["2026-12-12", "2027-01-09", "2027-02-13"]),
            ("hver 14. dag om tirsdagen", ["2026-11-24", "2026-12-08", "2026-12-22"]),
            ("sidste hverdag i måneden", ["2026-11-30", "2026-12-31", "2027-01-29"]),
            ("første hverdag i måneden", ["2026-12-01", "2027-01-01", "2027-02-01"]),
            ("hverdage", ["2026-11-23", "2026-11-24", "2026-11-25"]),
            ("weekender", ["2026-11-28", "2026-11-29", "2026-12-05"]),
            ("den 15. i hver måned", ["2026-12-15", "2027-01-15", "2027-02-15"]),
            ("første onsdag i kvartalet", ["2027-02-03", "2027-05-05", "2027-08-04"]),
            ("hver lørdag til og med 5/12", ["2026-11-28", "2026-12-05"]),
        ]
        for (phrase, expected) in cases {
            XCTAssertEqual(try firstDays(phrase, 3), expected, phrase)
        }
    }

    /// Every phrase of the table expanded by bibplan and by python-dateutil, a year from today.
    func testEveryPhrasesDatesAreDateutils() throws {
        let start = LocalDateTime(day: today, minutes: 600)
        let rules = try (danish + english).compactMap { try rule($0.0) }
        let cases = rules.map { DateutilExpansion.Case(rule: $0, start: start, range: DayRange(today, today.adding(days: 400))) }
        let expected = try DateutilExpansion.days(cases)
        for (item, dates) in zip(cases, expected) {
            XCTAssertEqual(item.rule.days(startingAt: start, in: item.range).map(\.iso), dates, item.rule.text)
        }
    }

    private func firstDays(_ phrase: String, _ count: Int) throws -> [String] {
        let found = try XCTUnwrap(try rule(phrase), phrase)
        return found.days(startingAt: LocalDateTime(day: today, minutes: 600), in: DayRange(today, today.adding(days: 800))).prefix(count).map(\.iso)
    }

    private var refused: [(String, RecurrenceWordsError.Problem, String, [String])] {
        [
            ("anden lørdag i måneedn", .unknownWord, "måneedn", ["anden lørdag i måneden"]),
            ("hver uge om tirsdax", .unknownWord, "tirsdax", ["hver uge om tirsdag", "hver uge om torsdag"]),
            ("every week on Tuesdy", .unknownWord, "tuesdy", ["every week on Tuesday"]),
            ("hver lørdg", .unknownWord, "lørdg", ["hver lørdag"]),
            ("hver blå måne", .unknownWord, "blå", []),
            ("to gange om måneden", .timesPerPeriod, "to gange om måneden", ["1. og 3. tirsdag i måneden", "hver anden uge"]),
            ("to gange månedligt", .timesPerPeriod, "to gange månedligt", ["1. og 3. tirsdag i måneden", "hver anden uge"]),
            ("to gange om ugen", .timesPerPeriod, "to gange om ugen", ["mandag og torsdag", "hverdage"]),
            ("12 gange årligt", .timesPerPeriod, "12 gange årligt", ["en gang om måneden", "hver 6. måned"]),
            ("12 x årligt", .timesPerPeriod, "12 x årligt", ["en gang om måneden", "hver 6. måned"]),
            ("twice a month", .timesPerPeriod, "twice a month", ["the 1st and 3rd Tuesday of the month", "every other week"]),
            ("2. åbningsdag i måneden", .openingDay, "åbningsdag", ["sidste åbningsdag i måneden", "første åbningsdag i måneden"]),
            ("hver åbningsdag", .openingDay, "åbningsdag", ["sidste åbningsdag i måneden", "første åbningsdag i måneden"]),
            ("the second opening day of the month", .openingDay, "opening", ["the last opening day of the month"]),
            ("hver lørdag, på lukkedage", .openingDay, "lukkedage", ["sidste åbningsdag i måneden"]),
            ("hverr lørdag", .unknownWord, "hverr", ["hver lørdag"]),
            ("hverr uge om tirsdag", .unknownWord, "hverr", ["hver uge om tirsdag"]),
            ("hverr år", .unknownWord, "hverr", ["hvert år"]),
            ("hverr anden år", .unknownWord, "hverr", ["hvert andet år"]),
            ("hvertt anden uge", .unknownWord, "hvertt", ["hver anden uge"]),
            ("hvertt 3. år", .unknownWord, "hvertt", ["hvert 3. år"]),
            ("6. lørdag i måneden", .numberOutOfRange, "6.", ["sidste lørdag i måneden", "1. lørdag i måneden"]),
            ("hver uge indtil 31/2", .notADate, "31/2", ["hver uge indtil 30. juni 2027", "hver uge indtil 30/6 2027"]),
            ("every week until someday", .notADate, "someday", ["every week until 30 June 2027", "every week until 30/6 2027"]),
            ("2. lørdag hver uge", .ordinalNeedsMonth, "uge", ["2. lørdag hver måned"]),
            ("the 2nd Saturday every week", .ordinalNeedsMonth, "week", ["the 2nd Saturday every month"]),
        ]
    }

    /// The word is named, and the first phrasings offered are the mended text; every
    /// phrasing offered reads, and there are two or three.
    func testRefusedPhrasesNameTheWordAndOfferPhrasingsThatRead() throws {
        for (phrase, problem, word, first) in refused {
            try XCTAssertThrowsError(try rule(phrase), phrase) { error in
                guard let error = error as? RecurrenceWordsError else { return XCTFail("\(phrase): \(error)") }
                XCTAssertEqual(error.problem, problem, phrase)
                XCTAssertEqual(error.word, word, phrase)
                XCTAssertEqual(Array(error.suggestions.prefix(first.count)), first, phrase)
                XCTAssertTrue((2...3).contains(error.suggestions.count), "\(phrase): \(error.suggestions)")
                for suggestion in error.suggestions {
                    XCTAssertNoThrow(try rule(suggestion), "\(phrase) → \(suggestion)")
                }
            }
        }
    }

    func testTheErrorTextNamesTheWordAndTheSuggestions() throws {
        XCTAssertThrowsError(try rule("hver uge om tirsdax")) { error in
            XCTAssertEqual((error as? RecurrenceWordsError)?.text(.danish),
                           "forstår ikke «tirsdax»; prøv «hver uge om tirsdag», «hver uge om torsdag» eller «hver anden uge om onsdag»")
        }
    }
}
