#if canImport(Glibc)
import Glibc
#endif

/// Starting this program again as a worker, and reading how a child ended.
enum Processes {
    /// This executable, as the kernel knows it (not as it was typed).
    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return CommandLine.arguments.first ?? "bibplan-stress"
    }

    /// Starts `path` with `arguments` (after argv[0]) and an empty environment; nil when it cannot.
    static func spawn(_ path: String, _ arguments: [String]) -> pid_t? {
        let strings = ([path] + arguments).map { strdup($0) }
        defer { strings.forEach { free($0) } }
        guard strings.allSatisfy({ $0 != nil }) else { return nil }
        let argv: [UnsafeMutablePointer<CChar>?] = strings + [nil]
        let environment: [UnsafeMutablePointer<CChar>?] = [nil]
        var pid: pid_t = 0
        let result = argv.withUnsafeBufferPointer { argvBuffer in
            environment.withUnsafeBufferPointer { environmentBuffer in
                guard let arguments = argvBuffer.baseAddress, let variables = environmentBuffer.baseAddress else { return EINVAL }
                return posix_spawn(&pid, path, nil, nil, arguments, variables)
            }
        }
        guard result == 0 else {
            Output.error("bibplan-stress: cannot start \(path): \(String(cString: strerror(result)))")
            return nil
        }
        return pid
    }

    /// How a child ended, from a `waitpid` status.
    enum Ending: Equatable {
        case exited(Int32)
        case killed(Int32)

        init(status: Int32) {
            let signal = status & 0x7f
            self = signal == 0 ? .exited((status >> 8) & 0xff) : .killed(signal)
        }
    }

    /// A child that has ended, without waiting; nil when none has.
    static func reapAny() -> (pid: pid_t, ending: Ending)? {
        var status: Int32 = 0
        let pid = waitpid(-1, &status, WNOHANG)
        guard pid > 0 else { return nil }
        return (pid, Ending(status: status))
    }

    /// Waits for one child to end.
    static func reap(_ pid: pid_t) -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .exited(-1) }
        }
        return Ending(status: status)
    }
}
