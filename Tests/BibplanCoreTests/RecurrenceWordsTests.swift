import BibplanCore
import BibplanResources
import Foundation
import XCTest

final class RecurrenceWordsTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    private func rule(_ words: String) throws -> String? {
        try RecurrenceWordsParser.rule(from: words, today: today)?.text
    }

    /// Every pattern the editor offers, typed in Danish and in English.
    func testTypedPatternsBecomeRules() throws {
        let cases: [(String, String?)] = [
            ("én gang", nil), ("once", nil), ("", nil),
            ("hver dag", "FREQ=DAILY"),
            ("hver uge om tirsdag", "FREQ=WEEKLY;BYDAY=TU"),
            ("every week on Tuesday and Thursday", "FREQ=WEEKLY;BYDAY=TU,TH"),
            ("hver anden uge onsdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
            ("every other week on Wednesday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
            ("2. lørdag i hver måned", "FREQ=MONTHLY;BYDAY=2SA"),
            ("the 2nd Saturday of each month", "FREQ=MONTHLY;BYDAY=2SA"),
            ("sidste fredag i måneden", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("the last Friday of each month", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("1. og 3. onsdag", "FREQ=MONTHLY;BYDAY=1WE,3WE"),
            ("the first and third Wednesday", "FREQ=MONTHLY;BYDAY=1WE,3WE"),
            ("hver måned den 15.", "FREQ=MONTHLY;BYMONTHDAY=15"),
            ("every month on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15"),
            ("sidste dag i måneden", "FREQ=MONTHLY;BYMONTHDAY=-1"),
            ("hvert år", "FREQ=YEARLY"),
            ("every year", "FREQ=YEARLY"),
            ("hver uge om mandag, 10 gange", "FREQ=WEEKLY;BYDAY=MO;COUNT=10"),
            ("every week on Monday until 30/6 2027", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630"),
            ("hver uge tir og tor indtil 2027-06-30", "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270630"),
            ("2. lørdag i hver måned undtagen juli", "FREQ=MONTHLY;BYDAY=2SA;BYMONTH=1,2,3,4,5,6,8,9,10,11,12"),
            ("hver 3. uge om fredag", "FREQ=WEEKLY;INTERVAL=3;BYDAY=FR"),
            ("2. sidste søndag i måneden", "FREQ=MONTHLY;BYDAY=-2SU"),
        ]
        for (words, expected) in cases {
            XCTAssertEqual(try rule(words), expected, words)
        }
    }

    /// Words → rule → words → rule gives the same rule, in both languages, for each
    /// pattern of the editor and for every rule in the sample libraries.
    func testDescribedRulesReadBackToTheSameRule() throws {
        var texts = ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
                     "FREQ=MONTHLY;BYDAY=2SA", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=1WE,3WE", "FREQ=MONTHLY;BYMONTHDAY=15",
                     "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=YEARLY", "FREQ=WEEKLY;BYDAY=TH;COUNT=8", "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270630",
                     "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU", "FREQ=YEARLY;BYMONTH=6", "FREQ=MONTHLY;BYDAY=2SA;BYMONTH=1,2,3,4,5,6,8,9,10,11,12",
                     "FREQ=MONTHLY;BYDAY=1MO,3TH", "FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,SU",
                     "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1,-1",
                     "FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR;BYMONTH=12;BYSETPOS=-1", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
                     "FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-1",
                     "FREQ=MONTHLY;BYDAY=MO,WE;BYSETPOS=2;COUNT=5"]
        texts += try sampleRules()
        XCTAssertGreaterThan(texts.count, 20)
        for text in texts {
            let original = try RecurrenceRule(parsing: text)
            for language in Language.allCases {
                let words = RecurrenceWords.describe(original, language)
                let back = try RecurrenceWordsParser.rule(from: words, today: today)
                XCTAssertEqual(back, original, "\(text) → \"\(words)\" → \(back?.text ?? "once")")
            }
        }
    }

    func testProblemsNameTheWordAndWhereItIs() {
        let cases: [(String, RecurrenceWordsError.Problem, String, Int)] = [
            ("hver uge om tirsdax", .unknownWord, "tirsdax", 12),
            ("6. lørdag i måneden", .numberOutOfRange, "6.", 0),
            ("hver måned den 32.", .numberOutOfRange, "32.", 15),
            ("hver uge indtil 31/2", .notADate, "31/2", 16),
            ("2. lørdag hver uge", .ordinalNeedsMonth, "uge", 15),
        ]
        for (words, problem, word, offset) in cases {
            XCTAssertThrowsError(try RecurrenceWordsParser.rule(from: words, today: today), words) { error in
                let found = error as? RecurrenceWordsError
                XCTAssertEqual(found?.problem, problem, words)
                XCTAssertEqual(found?.word, word, words)
                XCTAssertEqual(found?.offset, offset, words)
            }
        }
    }

    func testPicksFromASetOfWeekdaysInWords() throws {
        let cases: [(String, String, String)] = [
            ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "sidste hverdag i hver måned", "the last weekday of each month"),
            ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "1. hverdag i hver måned", "the 1st weekday of each month"),
            ("FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=-1", "sidste lørdag eller søndag i hver måned", "the last Saturday or Sunday of each month"),
            ("FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-1", "FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-1", "FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-1"),
        ]
        for (text, danish, english) in cases {
            let rule = try RecurrenceRule(parsing: text)
            XCTAssertEqual(RecurrenceWords.describe(rule, .danish), danish)
            XCTAssertEqual(RecurrenceWords.describe(rule, .english), english)
        }
    }

    func testDanishWordsReadNaturally() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1WE,3WE")
        XCTAssertEqual(RecurrenceWords.describe(rule, .danish), "1. og 3. onsdag i hver måned")
        XCTAssertEqual(RecurrenceWords.describe(rule, .english), "the 1st and 3rd Wednesday of each month")
        XCTAssertEqual(RecurrenceWords.describe(try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6"), .danish),
                       "hver anden uge om tirsdag og torsdag, 6 gange")
    }

    private func sampleRules() throws -> [String] {
        var rules: [String] = []
        for name in ["albertslund", "ballerup", "taarnby", "glostrup"] {
            let text = try XCTUnwrap(EmbeddedResources.sampleLibraries[name], "no embedded sample \(name)")
            let library = try LibraryCodec.decode(Array(text.utf8), file: name + ".json")
            rules += library.events.compactMap(\.rrule)
        }
        return rules
    }
}
