import Foundation
import XCTest
@testable import BibplanCore

/// access.json: read with line, column and path for every problem; roles resolved for an account.
final class AccessPolicyTests: FolderTestCase {
    private let design = """
    { "users": [
      { "user": "helle", "role": "staff" },
      { "user": "mads", "role": "staff", "libraries": ["glostrup", "ballerup"] },
      { "user": "skranke", "role": "viewer" },
      { "user": "karen", "role": "volunteer", "library": "glostrup", "volunteer": "v12" }
    ] }
    """

    private func problems(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do throws(AccessError) {
            _ = try AccessPolicy.decode(Array(text.utf8))
            XCTFail("should be refused:\n\(text)", file: file, line: line)
            return []
        } catch {
            guard case .malformed(let problems) = error else { XCTFail("\(error)", file: file, line: line); return [] }
            return problems.map(\.description)
        }
    }

    private func resolve(_ user: String, _ text: String?) throws -> Access {
        let policy = try text.map { try AccessPolicy.decode(Array($0.utf8)) }
        return try Access.resolve(user: user, policy: policy, file: "/srv/bibplan/access.json")
    }

    func testTheDesignsExampleGivesEachAccountItsRole() throws {
        XCTAssertEqual(try resolve("helle", design).grant, .staff(libraries: nil))
        XCTAssertEqual(try resolve("mads", design).grant, .staff(libraries: ["glostrup", "ballerup"]))
        XCTAssertEqual(try resolve("skranke", design).grant, .viewer(libraries: nil))
        XCTAssertEqual(try resolve("karen", design).grant, .volunteer(library: "glostrup", volunteer: "v12"))
        XCTAssertTrue(try resolve("karen", design).fromPolicy)
    }

    func testWithoutAccessJSONTheCurrentUserIsStaffOfEverything() throws {
        let access = try resolve("anyone", nil)
        XCTAssertEqual(access.grant, .staff(libraries: nil))
        XCTAssertFalse(access.fromPolicy)
        XCTAssertTrue(access.grant.mayEdit)
        XCTAssertTrue(access.grant.mayOpen("taarnby"))
    }

    func testAnUnlistedAccountIsRefusedByName() {
        XCTAssertThrowsError(try resolve("mallory", design)) { error in
            XCTAssertEqual(error as? AccessError, .notListed(user: "mallory", file: "/srv/bibplan/access.json"))
            let text = (error as? AccessError)?.message(.english) ?? ""
            XCTAssertTrue(text.contains("\"mallory\" is not listed in /srv/bibplan/access.json"), text)
            XCTAssertTrue(((error as? AccessError)?.message(.danish) ?? "").contains("står ikke i"))
        }
    }

    func testGrantsLimitLibrariesAndEditing() throws {
        let mads = try resolve("mads", design).grant
        XCTAssertEqual(mads.visible(["albertslund", "ballerup", "glostrup", "taarnby"]), ["ballerup", "glostrup"])
        XCTAssertTrue(mads.mayEdit)
        let counter = try resolve("skranke", design).grant
        XCTAssertFalse(counter.mayEdit)
        XCTAssertTrue(counter.mayOpen("taarnby"))
        let karen = try resolve("karen", design).grant
        XCTAssertFalse(karen.mayEdit)
        XCTAssertEqual(karen.visible(["ballerup", "glostrup"]), ["glostrup"])
        XCTAssertEqual(karen.role, .volunteer)
    }

    func testAnUnknownRoleIsNamedWithLineColumnAndPath() {
        let text = "{ \"users\": [\n  { \"user\": \"a\", \"role\": \"staff\" },\n  { \"user\": \"b\", \"role\": \"viewer\" },\n"
            + "  { \"user\": \"c\", \"role\": \"admin\" }\n] }"
        XCTAssertEqual(problems(text), ["access.json:4:26: users[2].role: \"admin\" is not one of staff, viewer, volunteer"])
    }

    func testEveryShapeProblemIsListedNeverIgnored() {
        let text = """
        { "users": [
          { "user": "k", "role": "volunteer" },
          { "user": "m", "role": "staff", "library": "glostrup" },
          { "user": "v", "role": "volunteer", "libraries": ["glostrup"], "library": "glostrup", "volunteer": "v1" },
          { "user": "x", "role": "viewer", "libraries": ["../etc"] },
          { "user": "y", "role": "viewer", "libraries": [] },
          { "user": "has space", "role": "staff" },
          { "role": "staff" },
          { "user": "z", "role": "staff", "admin": true },
          { "user": "z", "role": "viewer" }
        ] }
        """
        let found = problems(text)
        let expected = [
            "access.json:2:3: users[0]: a volunteer needs \"library\"",
            "access.json:2:3: users[0]: a volunteer needs \"volunteer\"",
            "access.json:3:46: users[1]: only a volunteer has \"library\"",
            "access.json:4:52: users[2]: a volunteer belongs to one library",
            "access.json:5:50: users[3].libraries[0]: \"../etc\" is not a library id",
            "access.json:6:49: users[4].libraries: an empty list gives no library",
            "access.json:7:13: users[5].user: \"has space\" is not an account name",
            "access.json:8:3: users[6]: missing \"user\"",
            "access.json:9:43: users[7].admin: unknown key \"admin\"",
            "users[8]: \"z\" is listed twice",
        ]
        for fragment in expected {
            XCTAssertTrue(found.contains { $0.contains(fragment) }, "missing \(fragment) in\n" + found.joined(separator: "\n"))
        }
    }

    func testBrokenJSONAndWrongShapesAreRefused() {
        XCTAssertEqual(problems(""), ["access.json:1:1: the file is empty (0 bytes)"])
        XCTAssertTrue(problems("{ \"users\": [ { \"user\": \"a\", \"role\": \"staff\" }").first?.hasPrefix("access.json:1:") ?? false)
        XCTAssertEqual(problems("{}"), ["access.json:1:1: missing \"users\""])
        XCTAssertEqual(problems("[]"), ["access.json:1:1: expected an object, found an array"])
        XCTAssertEqual(problems("{ \"users\": {} }"), ["access.json:1:12: users: expected an array, found an object"])
        XCTAssertEqual(problems("{ \"users\": [ { \"user\": \"a\", \"role\": 1 } ] }"),
                       ["access.json:1:37: users[0].role: expected a string, found a number"])
    }

    func testAnEmptyUserListRefusesEveryone() throws {
        XCTAssertThrowsError(try resolve("helle", "{ \"users\": [] }"))
    }

    // MARK: The file in a data directory

    private var directory: String { folder.path }

    func testAMissingFileOrDirectoryMeansNoPolicy() throws {
        XCTAssertNil(try AccessFile.read(directory: directory))
        XCTAssertNil(try AccessFile.read(directory: directory + "/not-there"))
        XCTAssertEqual(try AccessFile.access(directory: directory, user: "anyone"), .unrestricted(user: "anyone"))
    }

    func testTheFileInTheDirectoryDecides() throws {
        try design.write(toFile: directory + "/access.json", atomically: true, encoding: .utf8)
        XCTAssertEqual(try AccessFile.access(directory: directory, user: "karen").grant, .volunteer(library: "glostrup", volunteer: "v12"))
        XCTAssertThrowsError(try AccessFile.access(directory: directory, user: "nobody-listed"))
    }

    func testASymbolicLinkOrAnUnreadableFileIsAnErrorNotFreedom() throws {
        try design.write(toFile: directory + "/real.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/access.json", withDestinationPath: directory + "/real.json")
        XCTAssertThrowsError(try AccessFile.read(directory: directory)) { error in
            guard case .unreadable(_, let reason)? = error as? AccessError else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("symbolic link"), reason)
        }
        try FileManager.default.removeItem(atPath: directory + "/access.json")
        try FileManager.default.createDirectory(atPath: directory + "/access.json", withIntermediateDirectories: false)
        XCTAssertThrowsError(try AccessFile.read(directory: directory))
    }

    func testTheAccountNameComesFromTheUserID() throws {
        let name = try SystemAccount.current()
        XCTAssertFalse(name.isEmpty)
        XCTAssertEqual(name, String(cString: getpwuid(getuid()).pointee.pw_name))
    }
}
