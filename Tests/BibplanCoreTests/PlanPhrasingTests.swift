import BibplanCore
import BibplanResources
import XCTest

/// The rhythms as the libraries' own plans write them (/work/shared/seeds: Glostrup's
/// "Repair café den anden lørdag i hver måned", "Fællessang sidste fredag i hver måned",
/// "IT-café en gang om ugen", …), read against the sample library's rule for that event.
final class PlanPhrasingTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    private enum Expected {
        /// The phrase gives the sample's rule exactly.
        case rule
        /// The phrase names no weekday; from the event's start it gives the same days for a year.
        case sameDays
        /// The plan says only how often: the phrase gives the frequency and interval, the sample adds the day.
        case sameFrequency
        /// How many times, not which days: refused, with phrasings offered.
        case refused
    }

    private let phrasings: [(event: String, phrase: String, expected: Expected)] = [
        ("e1", "Den anden lørdag i hver måned", .rule),
        ("e2", "sidste fredag i hver måned", .rule),
        ("e3", "en gang om ugen", .sameDays),
        ("e4", "en gang om ugen", .sameDays),
        ("e5", "to gange månedligt", .refused),
        ("e6", "to gange om måneden", .refused),
        ("e8", "12 gange årligt", .refused),
        ("e8", "12 x årligt", .refused),
        ("e10", "en gang om året", .sameFrequency),
        ("e11", "årlige", .sameFrequency),
        ("e12", "en gang årligt", .sameFrequency),
        ("e19", "en gang i hver årstid", .sameFrequency),
        ("e26", "mindst én gang i kvartalet", .sameFrequency),
    ]

    /// Each phrasing is written in the sample data as the plan has it: in the event's
    /// description, or in the title of the initiative it belongs to ("Børneteater 12 x årligt").
    func testThePhrasingsAreWrittenInTheSampleData() throws {
        let text = try XCTUnwrap(EmbeddedResources.sampleLibraries["glostrup"])
        let library = try LibraryCodec.decode(Array(text.utf8), file: "glostrup.json")
        for (id, phrase, _) in phrasings {
            let event = try XCTUnwrap(library.events.first { $0.id == id }, id)
            let initiative = library.initiatives.first { $0.id == event.initiative }?.title ?? ""
            let written = (event.description + " " + event.title + " " + initiative).lowercased()
            XCTAssertTrue(written.contains(phrase.lowercased()), "\(id): «\(phrase)» is not in \(written)")
        }
    }

    func testGlostrupsPlanPhrasingsReadAsTheSampleRules() throws {
        let library = try LibraryCodec.decode(Array(try XCTUnwrap(EmbeddedResources.sampleLibraries["glostrup"]).utf8), file: "glostrup.json")
        for (id, phrase, expected) in phrasings {
            let event = try XCTUnwrap(library.events.first { $0.id == id }, id)
            let sample = try RecurrenceRule(parsing: try XCTUnwrap(event.rrule, id))
            switch expected {
            case .refused:
                XCTAssertThrowsError(try RecurrenceWordsParser.rule(from: phrase, today: today), phrase) { error in
                    XCTAssertEqual((error as? RecurrenceWordsError)?.problem, .timesPerPeriod, phrase)
                    XCTAssertGreaterThanOrEqual((error as? RecurrenceWordsError)?.suggestions.count ?? 0, 2, phrase)
                }
                // The sample's rule in words reads back to it.
                XCTAssertEqual(try RecurrenceWordsParser.rule(from: RecurrenceWords.describe(sample, .danish), today: today), sample, phrase)
            case .rule:
                XCTAssertEqual(try RecurrenceWordsParser.rule(from: phrase, today: today), sample, phrase)
            case .sameDays:
                let read = try XCTUnwrap(try RecurrenceWordsParser.rule(from: phrase, today: today), phrase)
                let year = DayRange(event.start.day, event.start.day.adding(days: 365))
                XCTAssertEqual(read.days(startingAt: event.start, in: year), sample.days(startingAt: event.start, in: year), phrase)
            case .sameFrequency:
                let read = try XCTUnwrap(try RecurrenceWordsParser.rule(from: phrase, today: today), phrase)
                XCTAssertEqual(read.frequency, sample.frequency, phrase)
                XCTAssertEqual(read.interval, sample.interval, phrase)
            }
        }
    }

    /// Each sample event's rule, said in Danish, is the everyday phrase and reads back unchanged.
    func testSampleRulesInDanishWords() throws {
        let expected: [String: String] = [
            "FREQ=MONTHLY;BYDAY=2SA": "2. lørdag i hver måned", "FREQ=MONTHLY;BYDAY=-1FR": "sidste fredag i hver måned",
            "FREQ=WEEKLY;BYDAY=TH": "hver uge om torsdag", "FREQ=MONTHLY;BYDAY=2WE,4WE": "2. og 4. onsdag i hver måned",
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE": "1. onsdag i hver 3. måned", "FREQ=YEARLY;BYDAY=2TU;BYMONTH=3": "hvert år, 2. tirsdag i marts",
        ]
        var seen = 0
        for (id, text) in EmbeddedResources.sampleLibraries.sorted(by: { $0.key < $1.key }) {
            let library = try LibraryCodec.decode(Array(text.utf8), file: id + ".json")
            for event in library.events {
                guard let text = event.rrule else { continue }
                let rule = try RecurrenceRule(parsing: text)
                let words = RecurrenceWords.describe(rule, .danish)
                if let phrase = expected[rule.text] { XCTAssertEqual(words, phrase, "\(id) \(event.id)") }
                XCTAssertEqual(try RecurrenceWordsParser.rule(from: words, today: today), rule, "\(id) \(event.id): \(words)")
                seen += 1
            }
        }
        XCTAssertGreaterThan(seen, 25)
    }
}
