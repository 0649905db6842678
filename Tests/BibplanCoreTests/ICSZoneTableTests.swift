import Foundation
import XCTest
@testable import BibplanCore

/// Which zone a TZID names (issue 16): IANA, Windows, a vendor's prefix, or the file's own VTIMEZONE.
final class ICSZoneTableTests: XCTestCase {
    private func table(_ vtimezones: String) -> (ICSZoneTable, [ICSProblem]) {
        var warnings: [ICSProblem] = []
        let parsed = try? ICSParser.parse(Array(("BEGIN:VCALENDAR\n" + vtimezones + "BEGIN:VEVENT\nDTSTART;TZID=Indisk:20260101T100000\n"
            + "DTEND;TZID=Kap:20260101T100000\nEND:VEVENT\nEND:VCALENDAR\n").utf8), file: "z.ics")
        return (ICSZoneTable(calendars: parsed?.calendars ?? [], file: "z.ics", warnings: &warnings), warnings)
    }

    func testEveryWindowsNameInCLDRsTableIsAZoneThisSystemKnows() {
        XCTAssertGreaterThan(ICSWindowsZones.table.count, 130)
        for (windows, iana) in ICSWindowsZones.table {
            XCTAssertNotNil(TimeZone(identifier: iana), "\(windows) → \(iana)")
        }
        XCTAssertEqual(ICSZoneTable.systemZone(named: "Romance Standard Time")?.identifier, "Europe/Paris")
        XCTAssertEqual(ICSZoneTable.systemZone(named: "W. Europe Standard Time")?.identifier, "Europe/Berlin")
    }

    func testVendorPrefixesAndUnknownNames() {
        for name in ["/freeassociation.sourceforge.net/Tzfile/Europe/Berlin", "/mozilla.org/20050126_1/Europe/Berlin",
                     "/softwarestudio.org/Olson_20011030_5/Europe/Berlin", "Europe/Berlin"] {
            XCTAssertEqual(ICSZoneTable.systemZone(named: name)?.identifier, "Europe/Berlin", name)
        }
        XCTAssertNil(ICSZoneTable.systemZone(named: "Mars/Olympus"))
        XCTAssertNil(ICSZoneTable.systemZone(named: "Nordisk normaltid"))
    }

    func testAZoneOnlyItsVTimezoneDefines() throws {
        let (zones, warnings) = table("""
        BEGIN:VTIMEZONE\nTZID:Indisk\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0530\nTZOFFSETTO:+0530\nEND:STANDARD\nEND:VTIMEZONE
        BEGIN:VTIMEZONE\nTZID:Kap\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+25\nTZOFFSETTO:+0200\nEND:STANDARD\nEND:VTIMEZONE

        """)
        XCTAssertEqual(warnings.map(\.description), ["z.ics:14: TZOFFSETFROM: \"+25\" is not a UTC offset such as +0100"])
        XCTAssertNil(zones.zone(named: "Kap"))
        let india = try XCTUnwrap(zones.zone(named: "Indisk"))
        XCTAssertEqual(india.offset(atUTC: 1_780_000_000), 19_800)
        XCTAssertEqual(india.utcSeconds(ofWall: 19_800), 0)
    }

    func testObservancesFollowTheirRulesAcrossTheChanges() throws {
        let summer = ICSObservances.Observance(start: try XCTUnwrap(LocalDateTime(iso: "1970-03-29T02:00")), offsetFrom: 3600, offsetTo: 7200,
                                               rule: try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), extraStarts: [])
        let winter = ICSObservances.Observance(start: try XCTUnwrap(LocalDateTime(iso: "1970-10-25T03:00")), offsetFrom: 7200, offsetTo: 3600,
                                               rule: try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"), extraStarts: [])
        let zone = ICSObservances(observances: [summer, winter])
        let copenhagen = try XCTUnwrap(TimeZone(identifier: "Europe/Copenhagen"))
        // Each hour around the 2026 changes (29 March, 25 October 01:00 UTC).
        for hour in Array(stride(from: 1_774_740_000, to: 1_774_800_000, by: 1800)) + Array(stride(from: 1_792_880_000, to: 1_792_940_000, by: 1800)) {
            XCTAssertEqual(zone.offset(atUTC: hour), copenhagen.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour))), "\(hour)")
        }
    }
}
