import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Drives the built `bibplan` in a detached tmux session on its own socket.
/// Uses the shell through `popen` rather than Foundation's Process: the tmux server
/// daemonizes and would keep Process's pipes and child bookkeeping waiting.
final class TmuxSession {
    let socket: String
    let name = "bibplan-e2e"
    private let script: String

    static var binary: URL { RequiredTool.builtProgram("bibplan") }

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (a shell line, run by sh) at the given size.
    init(command: String, width: Int = 80, height: Int = 24) throws {
        socket = "bibplan-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        script = NSTemporaryDirectory() + socket + ".sh"
        try command.write(toFile: script, atomically: true, encoding: .utf8)
        try run(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), "sh " + script])
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: script)
    }

    func send(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    func capture() throws -> String { try run(["capture-pane", "-p", "-t", name]) }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last capture.
    /// A wait that runs out is a failure of the test, at the caller's line: no wait can
    /// pass silently.
    @discardableResult
    func waitFor(seconds: Double = 5, file: StaticString = #filePath, line: UInt = #line,
                 _ condition: (String) -> Bool) throws -> String {
        // A capture can fall between two writes of one frame (a line half redrawn): the
        // screen counts only once two captures in a row agree, so what the test then
        // reads of it is one whole frame.
        let deadline = Date().addingTimeInterval(seconds)
        var previous: String?
        var screen = try capture()
        while !(condition(screen) && screen == previous), Date() < deadline {
            usleep(50_000)
            previous = screen
            screen = try capture()
        }
        if !condition(screen) { XCTFail("the screen never showed what was waited for:\n\(screen)", file: file, line: line) }
        return screen
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let line = "env TERM=xterm-256color LANG=C.UTF-8 tmux -L \(socket) -f /dev/null \(quoted) 2>/dev/null </dev/null"
        guard let pipe = popen(line, "r") else { throw CannotRun(command: line) }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }

    /// The shell could not be started for a tmux command: a failure, never a skip.
    struct CannotRun: Error {
        let command: String
    }
}
