import Foundation
import XCTest

/// Independent checks of what bibplan writes, by Python's own parsers (`icalendar`
/// from PyPI, `csv`, `html.parser`, `xml.etree`). Without python3 or a module the
/// test is skipped with a message, unless `BIBPLAN_REQUIRE_PYTHON=1` (set by
/// `.ci/run`) or `CI=true`, where it fails: in CI these checks always run.
enum PythonCheck {
    /// Runs `script` with `arguments` (in `sys.argv[1:]`) and returns its standard output
    /// as JSON of the type asked for. Call it outside `XCTUnwrap` and `XCTAssert…`: they
    /// would turn its skip into a failure.
    static func json<Value>(_ script: String, arguments: [String] = [], modules: [String] = [], as type: Value.Type,
                            file: StaticString = #filePath, line: UInt = #line) throws -> Value {
        try requireModules(modules, file: file, line: line)
        let result = try run(["-c", script] + arguments)
        guard result.status == 0 else {
            XCTFail("python3 failed (\(result.status)):\n\(result.errors)", file: file, line: line)
            throw CheckFailed()
        }
        guard let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? Value else {
            XCTFail("python3 printed no \(Value.self):\n\(result.output)", file: file, line: line)
            throw CheckFailed()
        }
        return value
    }

    struct CheckFailed: Error {}

    private static func requireModules(_ modules: [String], file: StaticString, line: UInt) throws {
        let imports = (["json"] + modules).map { "import " + $0 }.joined(separator: "; ")
        let available = (try? run(["-c", imports]).status) == 0
        guard !available else { return }
        let message = "python3 with the modules \(modules.joined(separator: ", ")) is not installed here "
            + "(python3 -m pip install icalendar python-dateutil); .ci/run installs them and runs this check"
        let environment = ProcessInfo.processInfo.environment
        if environment["BIBPLAN_REQUIRE_PYTHON"] == "1" || ["true", "1"].contains(environment["CI"]?.lowercased() ?? "") {
            XCTFail(message, file: file, line: line)
            throw CheckFailed()
        }
        throw XCTSkip(message)
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        // Standard error to a file, standard output read to its end before waiting:
        // neither can fill a pipe and stall the script.
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("bibplan-python-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorPath.path, contents: nil) else { throw CheckFailed() }
        defer { try? FileManager.default.removeItem(at: errorPath) }
        let errors = try FileHandle(forWritingTo: errorPath)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputBytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errorText = (try? String(contentsOf: errorPath, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: outputBytes, as: UTF8.self), errorText)
    }
}
