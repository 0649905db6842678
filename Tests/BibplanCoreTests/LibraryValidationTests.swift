import XCTest
@testable import BibplanCore

/// Problems of shape (decoding) and of meaning (validation), each with its path, all at once.
final class LibraryValidationTests: XCTestCase {
    /// A valid schema 1 document on one line; tests change one part at a time.
    private struct Document {
        var top = [#""schema": 1"#, #""id": "glostrup""#, #""name": "Glostrup Bibliotek""#,
                   #""plan": {"title": "Virksomhedsplan 2026/27", "from": "2026-01-01", "to": "2027-12-31"}"#]
        var goals = [
            #"{"id": "g1", "parent": null, "title": "Litteratur", "status": "on-track", "progress": 40, "due": "2027-12-31"}"#,
            #"{"id": "g2", "parent": "g1", "title": "Læselyst", "status": "at-risk", "progress": 10}"#,
        ]
        var initiatives = [#"{"id": "i1", "title": "Litteratur på bassinkanten", "goals": ["g1"], "status": "active"}"#]
        var events = [
            #"{"id": "e1", "title": "Repair café", "start": "2026-01-10T10:00", "durationMinutes": 180, "rrule": "FREQ=MONTHLY;BYDAY=2SA", "exdates": ["2026-07-11"], "initiative": "i1", "groups": ["Kulturkorpset"], "volunteersNeeded": 2}"#,
            #"{"id": "e2", "title": "Forfatteraften", "start": "2026-11-27T19:00", "audience": "adults"}"#,
        ]
        var volunteers = [#"{"id": "v1", "name": "Karen Jensen", "groups": ["Kulturkorpset"], "active": true}"#]
        var shifts = [#"{"id": "s1", "event": "e1", "date": "2026-11-14", "volunteer": "v1", "role": "Vært"}"#]

        var text: String {
            let lists = [("goals", goals), ("initiatives", initiatives), ("events", events), ("volunteers", volunteers), ("shifts", shifts)]
            let members = top + lists.map { "\"\($0.0)\": [" + $0.1.joined(separator: ", ") + "]" }
            return "{" + members.joined(separator: ", ") + "}"
        }
    }

    // MARK: Helpers

    private func load(_ text: String) -> Result<Library, LibraryLoadError> {
        do throws(LibraryLoadError) {
            return .success(try LibraryCodec.decode(Array(text.utf8), file: "glostrup.json"))
        } catch {
            return .failure(error)
        }
    }

    /// The problems of an invalid document (failing the test for any other outcome).
    private func problems(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [LibraryProblem] {
        switch load(text) {
        case .failure(.invalid(let problems)): return problems
        case .failure(let other): XCTFail("expected invalid, got \(other)", file: file, line: line)
        case .success: XCTFail("expected problems, but the document loaded", file: file, line: line)
        }
        return []
    }

    private func problems(_ document: Document, file: StaticString = #filePath, line: UInt = #line) -> [LibraryProblem] {
        problems(document.text, file: file, line: line)
    }

    /// Asserts the exact problems, as `path: message`, in any order.
    private func assertProblems(_ document: Document, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let found = problems(document, file: file, line: line).map { "\($0.path): \($0.message)" }
        XCTAssertEqual(found.sorted(), expected.sorted(), file: file, line: line)
    }

    private func shiftDates() -> [String] {
        ["2026-01-10", "2026-02-14", "2026-03-14", "2026-04-11", "2026-05-09", "2026-06-13", "2026-08-08",
         "2026-09-12", "2026-10-10", "2026-11-14", "2026-12-12", "2027-01-09", "2027-02-13"]
    }

    // MARK: The base document

    func testBaseDocumentIsValid() throws {
        let library = try load(Document().text).get()
        XCTAssertEqual(library.goals.map(\.id), ["g1", "g2"])
        XCTAssertEqual(library.events[0].exdates.map(\.iso), ["2026-07-11"])
        XCTAssertEqual(library.shifts[0].role, "Vært")
    }

    // MARK: Shape

    func testThemesComeFromTheSharedVocabulary() throws {
        var document = Document()
        document.goals[1] = #"{"id": "g2", "parent": "g1", "title": "Læselyst", "themes": ["reading", "children"]}"#
        document.initiatives[0] = #"{"id": "i1", "title": "Bassin", "goals": ["g1"], "themes": ["magic"]}"#
        assertProblems(document, [#"initiatives[0].themes[0]: "magic" is not one of "reading", "democracy", "volunteering", "sustainability", "digital-literacy", "children", "communities", "co-creation", "learning", "culture" or "digitalisation""#])
        document.initiatives[0] = #"{"id": "i1", "title": "Bassin", "goals": ["g1"], "themes": ["co-creation"]}"#
        let library = try load(document.text).get()
        XCTAssertEqual(library.goals[1].themes, [.reading, .children])
        XCTAssertEqual(library.initiatives[0].themes, [.coCreation])
    }

    func testUnknownKeysAtTopLevelAndInsideAGoal() {
        var document = Document()
        document.top.append(#""colour": "red""#)
        document.goals[1] = #"{"id": "g2", "parent": "g1", "title": "Læselyst", "weight": 3}"#
        assertProblems(document, [#"colour: unknown key "colour""#, #"goals[1].weight: unknown key "weight""#])
    }

    func testProgressOutOfRange() {
        var document = Document()
        document.goals[0] = #"{"id": "g1", "title": "Litteratur", "progress": 150}"#
        assertProblems(document, ["goals[0].progress: 150 is out of range (0–100)"])
    }

    func testBadDate() {
        var document = Document()
        document.goals[0] = #"{"id": "g1", "title": "Litteratur", "due": "2026-02-30"}"#
        assertProblems(document, [#"goals[0].due: "2026-02-30" is not a date (YYYY-MM-DD)"#])
    }

    func testWrongTypes() {
        var document = Document()
        document.goals[0] = #"{"id": "g1", "title": "Litteratur", "progress": "40"}"#
        document.initiatives[0] = #"{"id": "i1", "title": "Bassin", "goals": "g1"}"#
        assertProblems(document, ["goals[0].progress: expected a whole number, found a string",
                                  "initiatives[0].goals: expected an array, found a string"])
    }

    /// A required value that is present but wrong is one problem: it is not also
    /// "missing", and its placeholder (1970-01-01) does not set off further checks.
    func testInvalidRequiredValuesAreReportedOnce() {
        var document = Document()
        document.goals[1] = #"{"id": "g2", "parent": "g1", "title": 5}"#
        document.events[1] = #"{"id": "e2", "title": "Forfatteraften", "start": "2026-11-27 19:00"}"#
        document.shifts[0] = #"{"id": "s1", "event": "e1", "date": "14-11-2026", "volunteer": "v1"}"#
        assertProblems(document, [
            "goals[1].title: expected a string, found a number",
            #"events[1].start: "2026-11-27 19:00" is not a date and time (YYYY-MM-DDTHH:MM)"#,
            #"shifts[0].date: "14-11-2026" is not a date (YYYY-MM-DD)"#,
        ])
    }

    func testMissingRequiredKeys() {
        var document = Document()
        document.initiatives[0] = #"{"id": "i1", "goals": ["g1"]}"#
        document.events[1] = #"{"id": "e2", "title": "Forfatteraften"}"#
        document.volunteers.append(#"{"id": "v2"}"#)
        assertProblems(document, [#"initiatives[0]: missing "title""#, #"events[1]: missing "start""#, #"volunteers[1]: missing "name""#])
    }

    /// A missing id is one problem; the id is not also reported "empty" by validation.
    func testMissingIDIsReportedOnce() {
        var document = Document()
        document.goals[1] = #"{"parent": "g1", "title": "Læselyst"}"#
        assertProblems(document, [#"goals[1]: missing "id""#])
    }

    func testEmptyIDIsReported() {
        var document = Document()
        document.goals[1] = #"{"id": "", "parent": "g1", "title": "Læselyst"}"#
        assertProblems(document, ["goals[1].id: is empty"])
    }

    func testBadStatusAndAudienceWords() {
        var document = Document()
        document.goals[0] = #"{"id": "g1", "title": "Litteratur", "status": "green"}"#
        document.initiatives[0] = #"{"id": "i1", "title": "Bassin", "status": "ongoing"}"#
        document.events[1] = #"{"id": "e2", "title": "Forfatteraften", "start": "2026-11-27T19:00", "audience": "kids"}"#
        assertProblems(document, [
            #"goals[0].status: "green" is not one of "not-started", "on-track", "at-risk", "off-track" or "done""#,
            #"initiatives[0].status: "ongoing" is not one of "idea", "planned", "active", "paused", "done" or "cancelled""#,
            #"events[1].audience: "kids" is not one of "children", "youth", "adults", "seniors", "families" or "all""#,
        ])
    }

    func testNewerSchemaIsRefusedEvenWithKeysThisVersionDoesNotKnow() {
        var document = Document()
        document.top[0] = #""schema": 2"#
        document.top.append(#""rooms": []"#)
        guard case .failure(let error) = load(document.text) else { return XCTFail("a schema 2 file must not load") }
        XCTAssertEqual(error, .newerSchema(file: "glostrup.json", found: 2))
    }

    // MARK: Meaning

    func testDuplicateGoalIDs() {
        var document = Document()
        document.goals.append(#"{"id": "g1", "title": "Igen"}"#)
        assertProblems(document, [#"goals[2].id: duplicate id "g1" (also goals[0])"#])
    }

    func testGoalParentCycle() {
        var document = Document()
        document.goals += [#"{"id": "g4", "parent": "g7", "title": "A"}"#, #"{"id": "g7", "parent": "g4", "title": "B"}"#]
        let found = problems(document)
        XCTAssertEqual(found.map(\.path), ["goals[2].parent", "goals[3].parent"])
        XCTAssertTrue(found.first?.message.contains("cycle g4 → g7 → g4") ?? false, found.first?.message ?? "none")
        XCTAssertTrue(found.last?.message.contains("cycle g7 → g4 → g7") ?? false, found.last?.message ?? "none")
    }

    func testGoalThatIsItsOwnParent() {
        var document = Document()
        document.goals[1] = #"{"id": "g2", "parent": "g2", "title": "Læselyst"}"#
        assertProblems(document, ["goals[1].parent: cycle g2 → g2"])
    }

    func testUnknownParent() {
        var document = Document()
        document.goals[1] = #"{"id": "g2", "parent": "g9", "title": "Læselyst"}"#
        assertProblems(document, [#"goals[1].parent: no goal "g9""#])
    }

    func testInitiativeReferencesAMissingGoal() {
        var document = Document()
        document.initiatives[0] = #"{"id": "i1", "title": "Bassin", "goals": ["g1", "g9"]}"#
        assertProblems(document, [#"initiatives[0].goals[1]: no goal "g9""#])
    }

    func testEventReferencesAMissingInitiative() {
        var document = Document()
        document.events[1] = #"{"id": "e2", "title": "Forfatteraften", "start": "2026-11-27T19:00", "initiative": "i9"}"#
        assertProblems(document, [#"events[1].initiative: no initiative "i9""#])
    }

    func testUnsupportedRuleNamesTheEventAndTheRule() {
        var document = Document()
        document.events += [#"{"id": "e3", "title": "Strik", "start": "2026-01-05T15:00", "rrule": "FREQ=WEEKLY;BYDAY=MO"}"#,
                            #"{"id": "e4", "title": "Uge 1", "start": "2026-01-01T12:00", "rrule": "FREQ=YEARLY;BYWEEKNO=1;BYDAY=TH"}"#]
        let found = problems(document)
        XCTAssertEqual(found.map(\.path), ["events[3].rrule"])
        XCTAssertTrue(found.first?.message.contains("BYWEEKNO is not supported") ?? false)
        XCTAssertTrue(found.first?.message.contains("FREQ=YEARLY;BYWEEKNO=1;BYDAY=TH") ?? false)
    }

    func testShiftWithUnknownVolunteer() {
        var document = Document()
        document.shifts = shiftDates().enumerated().map { position, date in
            let volunteer = position == 12 ? "v99" : "v1"
            return #"{"id": "s\#(position + 1)", "event": "e1", "date": "\#(date)", "volunteer": "\#(volunteer)"}"#
        }
        assertProblems(document, [#"shifts[12].volunteer: no volunteer "v99""#])
    }

    func testShiftOnADayThatIsNotAnOccurrence() {
        var document = Document()
        document.shifts = [#"{"id": "s1", "event": "e1", "date": "2026-11-15", "volunteer": "v1"}"#,
                           #"{"id": "s2", "event": "e1", "date": "2026-07-11", "volunteer": "v1"}"#,
                           #"{"id": "s3", "event": "e9", "date": "2026-11-14", "volunteer": "v1"}"#]
        assertProblems(document, [#"shifts[0].date: 2026-11-15 is not a day of "Repair café" (e1)"#,
                                  #"shifts[1].date: 2026-07-11 is not a day of "Repair café" (e1)"#,
                                  #"shifts[2].event: no event "e9""#])
    }

    func testLibraryLevelChecks() {
        var document = Document()
        document.top = [#""schema": 1"#, #""id": "Glostrup""#, #""name": """#, #""timeZone": "Europe/Glostrup""#,
                        #""plan": {"title": "Plan", "from": "2027-01-01", "to": "2026-12-31"}"#]
        let found = problems(document).map(\.path)
        XCTAssertEqual(found, ["id", "name", "timeZone", "plan.to"])
    }

    func testSeveralProblemsAreAllReported() {
        var document = Document()
        document.top.append(#""colour": "red""#)
        document.goals[0] = #"{"id": "g1", "title": "Litteratur", "progress": 150}"#
        document.goals.append(#"{"id": "g2", "title": "Dublet"}"#)
        document.events.append(#"{"id": "e3", "title": "Strik", "start": "2026-01-05T15:00", "rrule": "FREQ=HOURLY"}"#)
        document.shifts.append(#"{"id": "s2", "event": "e1", "date": "2026-11-14", "volunteer": "v99"}"#)
        let found = problems(document)
        XCTAssertEqual(found.count, 5, found.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(found.map(\.path).sorted(), ["colour", "events[2].rrule", "goals[0].progress", "goals[2].id", "shifts[1].volunteer"])
        XCTAssertTrue(found.allSatisfy { $0.file == "glostrup.json" })
    }

    // MARK: Messages and locations

    func testProblemDescriptions() {
        XCTAssertEqual(LibraryProblem(file: "glostrup.json", path: "events[3].rrule", line: 41, column: 17,
                                      message: "BYWEEKNO is not supported").description,
                       "glostrup.json:41:17: events[3].rrule: BYWEEKNO is not supported")
        XCTAssertEqual(LibraryProblem(file: "glostrup.json", path: "shifts[12].volunteer", message: #"no volunteer "v99""#).description,
                       #"glostrup.json: shifts[12].volunteer: no volunteer "v99""#)
        XCTAssertEqual(LibraryProblem(file: "glostrup.json", path: "", message: "unreadable").description, "glostrup.json: unreadable")
        var document = Document()
        document.goals[0] = #"{"id": "g1", "title": "Litteratur", "progress": 150}"#
        let found = problems(document).map(\.description)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.hasPrefix("glostrup.json:1:") ?? false, found.first ?? "none")
        XCTAssertTrue(found.first?.hasSuffix(": goals[0].progress: 150 is out of range (0–100)") ?? false, found.first ?? "none")
    }

    /// A bad value is located at the value itself (its opening quote), as a value of the wrong type is.
    func testBadValueIsLocatedAtTheValue() {
        let text = """
        {
          "schema": 1, "id": "t", "name": "T",
          "goals": [
            { "id": "g1", "title": "A", "due": "2026-02-30" },
            { "id": "g2", "title": "B", "status": "green" },
            { "id": "g3", "title": "D", "progress": "40" }
          ],
          "events": [
            { "id": "e1", "title": "C", "start": "2026-02-30T10:00" }
          ],
          "volunteers": [{ "id": "v1", "name": "V" }],
          "shifts": [
            { "id": "s1", "event": "e1", "date": "2026-02-30", "volunteer": "v1" }
          ]
        }
        """
        let found = problems(text).filter { $0.line != nil && !$0.message.hasPrefix("missing") }
        XCTAssertEqual(found.map(\.path), ["goals[0].due", "goals[1].status", "goals[2].progress", "events[0].start", "shifts[0].date"])
        XCTAssertEqual(found.map { "\($0.path) \($0.line ?? 0):\($0.column ?? 0)" },
                       ["goals[0].due 4:40", "goals[1].status 5:43", "goals[2].progress 6:45", "events[0].start 9:42", "shifts[0].date 13:42"])
    }

    /// A missing key is located at the `{` of its object, for every element of a list.
    func testMissingKeyIsLocatedAtItsObject() {
        let text = """
        {
          "schema": 1, "id": "t", "name": "T",
          "goals": [
            { "id": "g1" },
            { "id": "g2" }
          ]
        }
        """
        let found = problems(text)
        XCTAssertEqual(found.map(\.path), ["goals[0]", "goals[1]"])
        XCTAssertEqual(found.map { [$0.line, $0.column] }, [[4, 5], [5, 5]])
    }
}
