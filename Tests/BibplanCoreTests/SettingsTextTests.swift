import BibplanCore
import XCTest

/// The library's settings as lines of text, read back exactly.
final class SettingsTextTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    func testWeeklyHoursGroupTheDaysAndReadBack() throws {
        let weekly = try SettingsText.hours("man-fre 10-19; lør 10-14").get()
        XCTAssertEqual(weekly[.monday], [ClockSpan(from: 600, to: 1140)])
        XCTAssertEqual(weekly[.saturday], [ClockSpan(from: 600, to: 840)])
        XCTAssertEqual(weekly[.sunday], [])
        XCTAssertEqual(SettingsText.hours(weekly, .danish), "man-fre 10-19; lør 10-14")
        XCTAssertEqual(SettingsText.hours(weekly, .english), "mon-fri 10-19; sat 10-14")
        XCTAssertEqual(try SettingsText.hours("mon-fri 10-19; sat 10-14").get(), weekly)
        XCTAssertEqual(SettingsText.hours(try SettingsText.hours("7-22").get(), .danish), "7-22", "every day the same")
        XCTAssertEqual(SettingsText.hours("man-fre ti-nitten").failure?.part, "ti-nitten")
        XCTAssertEqual(SettingsText.hours("hverdage 10-19").failure?.part, "hverdage 10-19")
    }

    func testClosingDaysWithReasonsReadBack() throws {
        let days = try SettingsText.closingDays("24/12-26/12 jul; 31/12 nytårsaften; 2027-07-20 - 2027-07-31 sommerlukket", today: today).get()
        XCTAssertEqual(days, [ClosingDay(from: Day(year: 2026, month: 12, day: 24)!, to: Day(year: 2026, month: 12, day: 26)!, reason: "jul"),
                              ClosingDay(from: Day(year: 2026, month: 12, day: 31)!, reason: "nytårsaften"),
                              ClosingDay(from: Day(year: 2027, month: 7, day: 20)!, to: Day(year: 2027, month: 7, day: 31)!, reason: "sommerlukket")])
        XCTAssertEqual(try SettingsText.closingDays(SettingsText.closingDays(days), today: today).get(), days)
        XCTAssertEqual(SettingsText.closingDays("32/12 jul", today: today).failure?.part, "32/12 jul")
    }

    func testCategoriesWithTheirColourInEitherLanguage() throws {
        let categories = try SettingsText.categories("boern: Børn & læseglæde (gul); demokrati: Demokrati (magenta); klima: Klima (green)").get()
        XCTAssertEqual(categories, [Category(id: "boern", name: "Børn & læseglæde", colour: .yellow),
                                    Category(id: "demokrati", name: "Demokrati", colour: .magenta),
                                    Category(id: "klima", name: "Klima", colour: .green)])
        XCTAssertEqual(try SettingsText.categories(SettingsText.categories(categories, .danish)).get(), categories)
        XCTAssertEqual(try SettingsText.categories(SettingsText.categories(categories, .english)).get(), categories)
        XCTAssertEqual(SettingsText.categories("boern: Børn (lilla)").failure?.part, "lilla")
        XCTAssertEqual(SettingsText.categories("Børn (gul)").failure?.part, "Børn (gul)")
    }

    func testRoomsWithSeats() throws {
        let rooms = try SettingsText.rooms("Salen (80); Caféen; Mødelokale 2 (12); Lokale 3").get()
        XCTAssertEqual(rooms, [Room(name: "Salen", capacity: 80), Room(name: "Caféen"), Room(name: "Mødelokale 2", capacity: 12), Room(name: "Lokale 3")])
        XCTAssertEqual(SettingsText.rooms("Salen (mange)").failure?.part, "Salen (mange)")
        XCTAssertEqual(try SettingsText.rooms(SettingsText.rooms(rooms)).get(), rooms)
        XCTAssertEqual(SettingsText.rooms("Salen; Salen (20)").failure?.part, "Salen")
        for seats in ["100001", "9223372036854775807", "99999999999999999999", "0", "-3"] {
            XCTAssertEqual(SettingsText.rooms("Salen (\(seats))").failure?.english, "has no number of seats from 1 to 100000 in the brackets", seats)
        }
    }
}
