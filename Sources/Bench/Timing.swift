#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Milliseconds on the monotonic clock.
func nowMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

/// One row of the table: a name, the times of every run, and a note.
struct Measurement {
    let name: String
    let milliseconds: [Double]
    let note: String

    var sorted: [Double] { milliseconds.sorted() }
    var minimum: Double { sorted.first ?? 0 }
    var maximum: Double { sorted.last ?? 0 }
    var median: Double {
        let values = sorted
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}

/// Keeps results alive so the optimiser cannot drop the work that made them.
nonisolated(unsafe) var sink = 0

@inline(never)
func consume<T>(_ value: T) {
    withUnsafeBytes(of: value) { sink &+= $0.count }
}

/// `--only TEXT`: measure only what has TEXT in its name (to profile one step).
nonisolated(unsafe) var onlyMeasuring: String?

private func skipped(_ name: String) -> Bool {
    guard let onlyMeasuring else { return false }
    return !name.contains(onlyMeasuring)
}

/// Runs `body` `warmup` times unmeasured, then `runs` times measured.
func measure(_ name: String, runs: Int, warmup: Int = 1, note: String = "", _ body: () -> Void) -> Measurement {
    if skipped(name), !name.hasPrefix("generate") { return Measurement(name: name, milliseconds: [], note: note) }
    for _ in 0..<warmup { body() }
    var times: [Double] = []
    times.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = nowMilliseconds()
        body()
        times.append(nowMilliseconds() - start)
    }
    return Measurement(name: name, milliseconds: times, note: note)
}

/// Like `measure`, for work that changes state between runs: `body` gets the run number.
func measureEach(_ name: String, runs: Int, note: String = "", _ body: (Int) -> Void) -> Measurement {
    if skipped(name) { return Measurement(name: name, milliseconds: [], note: note) }
    var times: [Double] = []
    for run in 0..<runs {
        let start = nowMilliseconds()
        body(run)
        times.append(nowMilliseconds() - start)
    }
    return Measurement(name: name, milliseconds: times, note: note)
}

/// `12.34` with two decimals (three under a tenth of a millisecond).
func formatted(_ milliseconds: Double) -> String {
    let digits = milliseconds < 0.1 ? 3 : 2
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (milliseconds * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else {
        text += "." + String(repeating: "0", count: digits)
    }
    return text
}

/// Peak resident memory of this process, in megabytes (`ru_maxrss` is in kilobytes on Linux).
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    #if os(Linux)
    return Double(usage.ru_maxrss) / 1024
    #else
    return Double(usage.ru_maxrss) / 1_048_576
    #endif
}

/// `Linux 6.1.0 x86_64, 2 CPUs`.
func machineDescription() -> String {
    var names = utsname()
    uname(&names)
    func text<T>(_ field: T) -> String {
        withUnsafeBytes(of: field) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
    }
    let processors = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    return "\(text(names.sysname)) \(text(names.release)) \(text(names.machine)), nproc \(processors)"
}

/// `2026-11-23 10:42 UTC`.
func utcTimestamp() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
}
