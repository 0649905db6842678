import BibplanCommands
import BibplanCore
import Foundation
import XCTest

/// Numbers and periods on the command line (issue 15): every one range-checked, none
/// a trap, and no period so long that the work grows without limit.
final class HostileArgumentsTests: FixtureLibraryTestCase {
    func testNumbersBeyondAnIntAreUsageErrors() {
        for (arguments, option) in [(["agenda", "--days", "99999999999999999999999"], "--days"), (["agenda", "--days", "-1"], "--days"),
                                    (["roster", "--days", "9223372036854775808"], "--days"),
                                    (["generate", "--seed", "18446744073709551616"], "--seed"), (["generate", "--events", "-5"], "--events"),
                                    (["generate", "--years", "9223372036854775807"], "--years")] {
            let result = run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.errors)")
            XCTAssertTrue(result.errors.contains(option + " needs a number from"), result.errors)
        }
    }

    func testDatesOutsideTheCalendarAreUsageErrors() {
        for date in ["10000-01-01", "0000-12-31", "2026-02-30", "99999999999999999999-01-01", "2026-13-01"] {
            let result = run(["agenda", "--from", date])
            XCTAssertEqual(result.status, 2, date)
            XCTAssertTrue(result.errors.contains("is not a date"), result.errors)
        }
    }

    func testARosterExportOfTenThousandYearsIsRefusedAtOnce() {
        let started = Date()
        let result = run(["export", "csv", "roster", "--from", "0001-01-01", "--to", "9999-12-31"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.contains("--from 0001-01-01 --to 9999-12-31 is 3652059 days; at most 366 at a time"), result.errors)
        XCTAssertEqual(result.output, "")
        let year = run(["export", "csv", "roster", "--from", "2026-01-01", "--to", "2026-12-31"])
        XCTAssertEqual(year.status, 0, year.errors)
        let backwards = run(["export", "csv", "roster", "--from", "2026-12-31", "--to", "2026-01-01"])
        XCTAssertEqual(backwards.status, 2)
        XCTAssertTrue(backwards.errors.contains("is before --from"), backwards.errors)
    }

    func testAReportOfTenThousandYearsIsRefusedAndACenturyIsNot() {
        let started = Date()
        for arguments in [["report", "--from", "0001-01-01", "--to", "9999-12-31"], ["report", "--all", "--format", "html", "--from", "0001-01-01", "--to", "9999-12-31"]] {
            let result = run(arguments)
            XCTAssertEqual(result.status, 2, result.errors)
            XCTAssertTrue(result.errors.contains("is 3652059 days; at most 36525 at a time\n"), result.errors)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(run(["report", "--from", "2000-01-01", "--to", "2099-12-31"]).status, 0)
    }
}
