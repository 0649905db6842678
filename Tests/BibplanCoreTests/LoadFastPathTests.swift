import XCTest
@testable import BibplanCore

/// The quick ways through a load (keys matched as bytes, strings scanned eight
/// bytes at a time, shifts of the usual shape read directly, ids in a byte-hashed
/// table) give exactly what the general way gives, problems and places included.
final class LoadFastPathTests: XCTestCase {
    private let head = #"{"schema": 1, "id": "t", "name": "T""#
    private let event = #"{"id": "e1", "title": "Café", "start": "2026-01-05T10:00", "rrule": "FREQ=WEEKLY"}"#
    private let volunteer = #"{"id": "v1", "name": "Karen"}"#

    private func load(_ text: String) -> Result<Library, LibraryLoadError> {
        do throws(LibraryLoadError) {
            return .success(try LibraryCodec.decode(Array(text.utf8), file: "t.json"))
        } catch {
            return .failure(error)
        }
    }

    private func library(shifts: [String], file: StaticString = #filePath, line: UInt = #line) -> Library? {
        let text = head + #", "events": ["# + event + #"], "volunteers": ["# + volunteer + #"], "shifts": ["#
            + shifts.joined(separator: ", ") + "]}"
        switch load(text) {
        case .success(let library): return library
        case .failure(let error): XCTFail("should load: \(error)", file: file, line: line); return nil
        }
    }

    /// `path: message @line:column` of each problem.
    private func problems(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        guard case .failure(.invalid(let problems)) = load(text) else {
            XCTFail("expected an invalid library", file: file, line: line)
            return []
        }
        return problems.map { "\($0.path): \($0.message) @\($0.line ?? 0):\($0.column ?? 0)" }
    }

    // MARK: Shifts

    func testShiftsOfEveryShapeReadAlike() {
        let shapes = [
            #"{"id": "s1", "event": "e1", "date": "2026-01-05", "volunteer": "v1", "role": "Vært"}"#,
            #"{ "id" : "s1" ,"event":"e1",  "date": "2026-01-05","# + "\n\t" + #" "volunteer": "v1", "role": "Vært" }"#,
            #"{"role": "Vært", "volunteer": "v1", "date": "2026-01-05", "event": "e1", "id": "s1"}"#,
            #"{"id": "s1", "event": "e1", "date": "2026-01-05", "volunteer": "v1", "role": "V\u00e6rt"}"#,
            #"{"\u0069d": "s1", "event": "e1", "date": "2026-01-05", "volunteer": "v1", "role": "Vært"}"#,
        ]
        for shape in shapes {
            let shift = library(shifts: [shape])?.shifts.first
            XCTAssertEqual(shift, Shift(id: "s1", event: "e1", date: Day(year: 2026, month: 1, day: 5) ?? Day(ordinal: 0),
                                        volunteer: "v1", role: "Vært"), shape)
        }
        XCTAssertEqual(library(shifts: [#"{"id": "s1", "event": "e1", "date": "2026-01-05", "volunteer": "v1"}"#])?.shifts.first?.role, "")
    }

    func testRepeatedTextsAreTheRightOnes() {
        // Many shifts with ids and roles that repeat, and some that differ by one byte.
        var shifts: [String] = []
        for week in 0..<40 {
            let date = Day(year: 2026, month: 1, day: 5).map { $0.adding(days: 7 * week) } ?? Day(ordinal: 0)
            let role = ["Vært", "Værten", "Hjælper", "Hjælpere", "Instruktør og vært"][week % 5]
            shifts.append(#"{"id": "s\#(week)", "event": "e1", "date": "\#(date.iso)", "volunteer": "v1", "role": "\#(role)"}"#)
        }
        let roles = library(shifts: shifts)?.shifts.map(\.role) ?? []
        XCTAssertEqual(roles.count, 40)
        for (week, role) in roles.enumerated() {
            XCTAssertEqual(role, ["Vært", "Værten", "Hjælper", "Hjælpere", "Instruktør og vært"][week % 5])
        }
    }

    func testAShiftOfAnotherShapeIsJudgedTheGeneralWay() {
        let text = head + #", "events": ["# + event + #"], "volunteers": ["# + volunteer + #"], "shifts": ["#
            + #"{"id": "s1", "event": "e1", "date": "2026-01-06", "volunteer": "v1", "role": 3, "extra": true}"# + "]}"
        XCTAssertEqual(problems(text).sorted(), [
            "shifts[0].extra: unknown key \"extra\" @1:281",
            "shifts[0].role: expected a string, found a number @1:270",
        ])
    }

    func testAShiftOnAWrongDayInTheUsualShapeIsStillReported() {
        let text = head + #", "events": ["# + event + #"], "volunteers": ["# + volunteer + #"], "shifts": ["#
            + #"{"id": "s1", "event": "e1", "date": "2026-01-06", "volunteer": "v1"}, {"id": "s2", "event": "e1", "date": "2026-02-30", "volunteer": "v1"}"# + "]}"
        XCTAssertEqual(problems(text), [
            "shifts[1].date: \"2026-02-30\" is not a date (YYYY-MM-DD) @1:299",
            "shifts[0].date: 2026-01-06 is not a day of \"Café\" (e1) @1:229",
        ])
    }

    // MARK: Keys

    func testAnEscapedKeyCountsAsTheKeyItSpells() {
        XCTAssertEqual(problems(head + #", "n\u0061me": "U"}"#), [#"name: "name" appears twice in the same object @1:37"#])
    }

    func testAnUnknownKeyGivenTwiceIsReportedBothTimes() {
        XCTAssertEqual(problems(head + #", "x": 1, "x": 2}"#), [
            #"x: unknown key "x" @1:43"#,
            #"x: "x" appears twice in the same object @1:45"#,
            #"x: unknown key "x" @1:51"#,
        ])
    }

    // MARK: Strings, eight bytes at a time

    func testAControlCharacterIsFoundWhereverItIsInAWord() {
        for position in 0..<20 {
            let vision = String(repeating: "a", count: position) + "\u{01}" + "bcdefghijklmnop"
            let text = head + #", "vision": ""# + vision + #""}"#
            guard case .failure(.notJSON(_, let error)) = load(text) else { XCTFail("should not load, at \(position)"); continue }
            XCTAssertEqual(error.column, 50 + position, "at \(position)")
            XCTAssertTrue(error.message.hasPrefix("control character"), error.message)
        }
    }

    func testQuotesAndBackslashesInLongStrings() throws {
        let vision = #"0123456789 \"quoted\" and a back\\slash, then more: ÆØÅ æøå 0123456789"#
        guard case .success(let library) = load(head + #", "vision": ""# + vision + #""}"#) else { return XCTFail("should load") }
        XCTAssertEqual(library.vision, #"0123456789 "quoted" and a back\slash, then more: ÆØÅ æøå 0123456789"#)
    }

    func testInvalidUTF8IsReportedAtItsString() {
        let prefix = Array((head + #", "vision": "abcdefghij"#).utf8)
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x90, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE0, 0x80, 0x80], [0x80]] {
            guard case .failure(.notJSON(_, let error)) = (Result { () throws(LibraryLoadError) in
                try LibraryCodec.decode(prefix + bad + Array("klm\"}".utf8), file: "t.json")
            }) else { XCTFail("should not load: \(bad)"); continue }
            XCTAssertEqual(error.column, 50, "\(bad)")
            XCTAssertEqual(error.message, "text is not valid UTF-8")
        }
    }

    func testUTF8CheckFollowsTheStandard() {
        func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } }
        XCTAssertTrue(valid(Array("Tårnby – 📚 ÆØÅ".utf8)))
        XCTAssertTrue(valid([0xF4, 0x8F, 0xBF, 0xBF])) // U+10FFFF
        XCTAssertTrue(valid([0xEF, 0xBF, 0xBD]))
        XCTAssertFalse(valid([0xF4, 0x90, 0x80, 0x80])) // above U+10FFFF
        XCTAssertFalse(valid([0xC1, 0xBF])) // overlong
        XCTAssertFalse(valid([0xED, 0xBF, 0xBF])) // a surrogate
        XCTAssertFalse(valid([0xE2, 0x82])) // cut short
        XCTAssertFalse(valid([0xE2, 0x28, 0xA1]))
    }

    // MARK: Ids

    func testIDTableFindsWhatSwiftCallsEqual() {
        var table = IDTable(capacity: 2)
        XCTAssertNil(table.insert("K", at: 0))
        XCTAssertEqual(table.insert("\u{212A}", at: 1), 0) // KELVIN SIGN is canonically "K"
        XCTAssertNil(table.insert("é", at: 2))
        XCTAssertEqual(table.insert("e\u{301}", at: 3), 2)
        for number in 0..<1000 { XCTAssertNil(table.insert("id\(number)", at: 10 + number)) } // grows
        XCTAssertEqual(table["id999"], 1009)
        XCTAssertEqual(table["K"], 0)
        XCTAssertEqual(table["\u{e9}"], 2)
        XCTAssertNil(table["id1000"])
        XCTAssertNil(table[""])
    }

    func testShiftsByOccurrenceAndByVolunteerKeepTheirOrder() throws {
        let day = Day(year: 2026, month: 1, day: 5) ?? Day(ordinal: 0)
        let library = Library(id: "t", name: "T",
                              events: [Event(id: "e1", title: "A", start: LocalDateTime(day: day, minutes: 600), rrule: "FREQ=DAILY"),
                                       Event(id: "e2", title: "B", start: LocalDateTime(day: day, minutes: 600), rrule: "FREQ=DAILY")],
                              volunteers: [Volunteer(id: "v1", name: "A"), Volunteer(id: "v2", name: "B")],
                              shifts: [Shift(id: "s1", event: "e1", date: day.adding(days: 2), volunteer: "v2"),
                                       Shift(id: "s2", event: "e2", date: day, volunteer: "v1"),
                                       Shift(id: "s3", event: "e1", date: day, volunteer: "v2"),
                                       Shift(id: "s4", event: "e1", date: day, volunteer: "v9"),
                                       Shift(id: "s5", event: "e9", date: day, volunteer: "v1"),
                                       Shift(id: "s6", event: "e1", date: day.adding(days: -1), volunteer: "v2")])
        let index = LibraryIndex(library)
        let first = try XCTUnwrap(index.occurrences(of: 0, in: DayRange(day: day)).first)
        XCTAssertEqual(index.shifts(of: first).map(\.id), ["s3", "s4"])
        XCTAssertEqual(index.shifts(ofVolunteer: "v2").map(\.id), ["s6", "s3", "s1"])
        XCTAssertEqual(index.shifts(ofVolunteer: "v1").map(\.id), ["s2", "s5"])
        XCTAssertEqual(index.shifts(ofVolunteer: "v9").map(\.id), ["s4"])
        XCTAssertEqual(index.shifts(ofVolunteer: "nobody").map(\.id), [])
    }
}

/// The writer's quick paths (runs copied whole, dates and numbers written digit by
/// digit) write what the plain rules of JSON say.
final class JSONWriterFastPathTests: XCTestCase {
    func testEscapesWhereverTheyAreInAString() {
        for position in 0..<20 {
            for special in ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}"] {
                let text = String(repeating: "a", count: position) + special + "bcdefghijklmnopq æ"
                var writer = JSONWriter()
                writer.string(text)
                let escaped = ["\"": #"\""#, "\\": #"\\"#, "\n": #"\n"#, "\r": #"\r"#, "\t": #"\t"#,
                               "\u{01}": #"\u0001"#, "\u{1F}": #"\u001f"#, "\u{7F}": #"\u007f"#][special] ?? ""
                let expected = "\"" + String(repeating: "a", count: position) + escaped + "bcdefghijklmnopq æ\""
                XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), expected, "at \(position)")
            }
        }
    }

    func testNumbersAndDates() {
        var writer = JSONWriter()
        writer.beginArray(inline: true)
        for number in [0, 7, 10, 99, 100, 12345, -1, -250, Int.max, Int.min] { writer.integer(number) }
        for day in [Day(year: 42, month: 3, day: 7), Day(year: 2026, month: 12, day: 31), Day(year: 9999, month: 1, day: 1)] {
            writer.day(day ?? Day(ordinal: 0))
        }
        writer.endArray()
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self),
                       "[ 0, 7, 10, 99, 100, 12345, -1, -250, \(Int.max), \(Int.min), \"0042-03-07\", \"2026-12-31\", \"9999-01-01\" ]")
    }

    func testNestingAndACopiedWriterStayApart() {
        var writer = JSONWriter(capacity: 1)
        writer.beginObject()
        writer.field("a", [String]())
        writer.key("b")
        writer.beginObject(inline: true)
        writer.field("c", 1)
        writer.endObject()
        var copy = writer
        copy.field("d", true)
        writer.endObject()
        copy.endObject()
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "{\n  \"a\": [],\n  \"b\": { \"c\": 1 }\n}")
        XCTAssertEqual(String(decoding: copy.bytes, as: UTF8.self), "{\n  \"a\": [],\n  \"b\": { \"c\": 1 },\n  \"d\": true\n}")
    }
}

/// A large file's second half of shifts is read on another core; what comes out is
/// what one thread reads, for valid and damaged files alike. (A small file here, read
/// ahead as a large one would be, so that the test stays quick.)
final class ReadingAheadTests: XCTestCase {
    private static let original: [UInt8] = {
        var options = LibraryGenerator.Options(seed: 5)
        options.years = 1
        options.series = 10
        options.events = 20
        options.volunteers = 30
        options.goals = 4
        options.initiatives = 4
        options.shifts = 300
        return LibraryCodec.encode(LibraryGenerator.generate(options))
    }()

    private func outcome(_ bytes: [UInt8], readingAhead: Bool) -> String {
        do throws(LibraryLoadError) {
            let library = try LibraryCodec.decode(bytes, file: "stor.json", readingAheadFrom: readingAhead ? 0 : .max)
            return "\(library.shifts.count) shifts, \(library.shifts.hashValueForTest)"
        } catch {
            return error.description
        }
    }

    func testTheSecondHalfIsTakenFromTheOtherThread() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.activeProcessorCount > 1, "one core: nothing is read ahead")
        let (taken, count) = Self.original.withUnsafeBufferPointer { buffer in
            let ahead = ShiftsAhead.start(buffer, file: "stor.json")
            var decoder = FieldDecoder(reader: JSONReader(bytes: buffer), file: "stor.json")
            decoder.ahead = ahead
            let library = try? decoder.library()
            ahead?.join()
            return (ahead?.taken, library?.shifts.count)
        }
        XCTAssertEqual(taken, true)
        XCTAssertEqual(count, 300)
    }

    func testTheIndexBuiltAlongsideTheChecksIsTheLibrarysOwn() throws {
        let library = try LibraryCodec.decode(Self.original, file: "stor.json")
        let (index, fingerprint) = try LibraryCodec.decodeIndexed(Self.original, file: "stor.json")
        XCTAssertEqual(index.library, library)
        XCTAssertEqual(fingerprint, Fingerprint(of: Self.original))
        let someone = try XCTUnwrap(library.shifts.last?.volunteer)
        XCTAssertEqual(index.shifts(ofVolunteer: someone), LibraryIndex(library).shifts(ofVolunteer: someone))
        var broken = Self.original
        broken.insert(contentsOf: Array("\"x\": 1, ".utf8), at: broken.count / 2)
        XCTAssertThrowsError(try LibraryCodec.decodeIndexed(broken, file: "stor.json"))
    }

    func testValidAndDamagedFilesReadTheSameEitherWay() {
        let bytes = Self.original
        let text = String(decoding: bytes, as: UTF8.self)
        let middle = bytes.count / 2
        // The middle, where reading ahead begins, is among the shifts.
        let shiftsStart = text.range(of: "\"shifts\": [").map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
        XCTAssertLessThan(shiftsStart ?? .max, middle - 400)
        var cases: [(String, [UInt8])] = [("valid", bytes)]
        // Damage right at, before and after the middle, where reading ahead begins.
        for shift in [-400, -90, -1, 0, 1, 60, 150, 2000] {
            var damaged = bytes
            damaged.insert(contentsOf: Array("\"x\": 1, ".utf8), at: middle + shift)
            cases.append(("insert at \(shift)", damaged))
            var cut = bytes
            cut.remove(at: middle + shift)
            cases.append(("cut at \(shift)", cut))
        }
        let lastShift = text.range(of: "{ \"id\": \"s", options: .backwards)?.lowerBound ?? text.endIndex
        var late = text
        late.replaceSubrange(lastShift..<lastShift, with: "{ \"unknown\": true, \"id\": \"extra\", \"event\": \"e1\", \"date\": \"2026-02-30\", \"volunteer\": \"v1\" }, ")
        cases.append(("problems late", Array(late.utf8)))
        cases.append(("keys reordered", Array(text.replacingOccurrences(of: "{ \"id\": \"s2", with: "{ \"role\": \"x\", \"id\": \"s2").utf8)))
        for (name, document) in cases {
            XCTAssertEqual(outcome(document, readingAhead: true), outcome(document, readingAhead: false), name)
        }
    }
}

private extension Array where Element == Shift {
    /// A digest of every field, to compare two readings without printing thousands of shifts.
    var hashValueForTest: Int {
        var hasher = Hasher()
        for shift in self { hasher.combine(shift.id); hasher.combine(shift.event); hasher.combine(shift.date); hasher.combine(shift.volunteer); hasher.combine(shift.role) }
        return hasher.finalize()
    }
}

/// A large library's shift ids are checked on another core; the problems still come
/// in the order of the checks.
final class ValidatorOrderTests: XCTestCase {
    func testProblemsOfALargeLibraryKeepTheirOrder() {
        let day = Day(year: 2026, month: 1, day: 5) ?? Day(ordinal: 0)
        var shifts: [Shift] = []
        for number in 0..<20_001 {
            shifts.append(Shift(id: number == 20_000 ? "s7" : "s\(number)", event: "e1", date: day.adding(days: number / 50), volunteer: "v\(number % 50)"))
        }
        shifts.append(Shift(id: "", event: "e9", date: day, volunteer: "v1"))
        let library = Library(id: "t", name: "T", goals: [Goal(id: "g1", title: "A"), Goal(id: "g1", title: "B")],
                              events: [Event(id: "e1", title: "Daily", start: LocalDateTime(day: day, minutes: 600), rrule: "FREQ=DAILY")],
                              volunteers: (0..<50).map { Volunteer(id: "v\($0)", name: "V") }, shifts: shifts)
        let found = LibraryValidator.problems(in: library, file: "t.json").map { "\($0.path): \($0.message)" }
        XCTAssertEqual(found.count, 4)
        XCTAssertEqual(found.prefix(6), [
            #"goals[1].id: duplicate id "g1" (also goals[0])"#,
            #"shifts[20000].id: duplicate id "s7" (also shifts[7])"#,
            "shifts[20001].id: is empty",
            #"shifts[20001].event: no event "e9""#,
        ])
    }
}
