#if canImport(Glibc)
import Glibc
#endif

/// Lines to standard output and standard error, written with `write(2)` so that
/// nothing is buffered when a process is killed.
enum Output {
    static func line(_ text: String) { write(to: 1, text + "\n") }

    static func error(_ text: String) { write(to: 2, text + "\n") }

    private static func write(to fd: Int32, _ text: String) {
        _ = Files.writeAll(fd, Array(text.utf8))
    }

    /// `12.34`: seconds with two decimals, without Foundation's formatting.
    static func seconds(_ value: Double) -> String {
        let hundredths = Int((max(value, 0) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}

/// Seconds on a clock that only goes forward.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    static func sleep(seconds: Double) {
        guard seconds > 0 else { return }
        usleep(UInt32(min(seconds, 60) * 1_000_000))
    }
}
