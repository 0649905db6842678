import Foundation

/// The second half of a large library's shifts, read on another core while the
/// loading thread reads the first half and everything before it.
///
/// Where the second half begins is a guess: the first place after the middle of the
/// file that looks like the start of an array element (`}`, `,`, `{`). The guess is
/// only used if the loading thread, reading the shifts array in order, arrives at an
/// element starting exactly there, and if the read ahead found no problem at all: from
/// the same place in the same state, reading gives the same shifts, so the result is
/// the one a single thread gives. Otherwise the loading thread reads that part itself
/// (a damaged or unusual file is only slower, never read differently).
final class ShiftsAhead: @unchecked Sendable {
    // @unchecked: `bytes` is only read, and outlives the worker (the owner waits for it
    // before the bytes go); `result` is written by the worker before it signals `done`,
    // and read by the owner only after waiting for that.
    let start: Int
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let done = DispatchSemaphore(value: 0)
    private var result: (shifts: [Shift], reader: JSONReader)?
    private var joined = false

    /// Files below this size load fast enough on one core.
    static let minimumSize = 1 << 20

    private init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, file: String) {
        self.bytes = bytes
        self.start = start
        self.file = file
    }

    /// Starts reading ahead, on a machine with more than one core.
    static func start(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> ShiftsAhead? {
        guard ProcessInfo.processInfo.activeProcessorCount > 1,
              let start = elementStart(after: bytes.count / 2, in: bytes) else { return nil }
        let ahead = ShiftsAhead(bytes, start: start, file: file)
        Thread.detachNewThread { ahead.run() }
        return ahead
    }

    /// Waits for the worker; the shifts it read and the reader just after the array's
    /// closing `]`, or nil when the guess did not work out.
    func finished() -> (shifts: [Shift], reader: JSONReader)? {
        join()
        taken = result != nil
        return result
    }

    /// The loading thread took the shifts read ahead.
    private(set) var taken = false

    /// Waits for the worker (it reads the bytes, which must stay until it is done).
    func join() {
        guard !joined else { return }
        done.wait()
        joined = true
    }

    private func run() {
        defer { done.signal() }
        // Two levels deep: inside the document's object and its shifts array.
        var decoder = FieldDecoder(reader: JSONReader(bytes: bytes, atLaterElement: start, depth: 2), file: file)
        decoder.speculative = true
        var shifts: [Shift] = []
        do throws(JSONSyntaxError) {
            repeat {
                guard let shift = try decoder.shift(), !decoder.foundProblem else { return }
                shifts.append(shift)
            } while try decoder.reader.nextElement()
        } catch {
            return
        }
        result = (shifts, decoder.reader)
    }

    /// The offset of the `{` in the first `}` `,` `{` (whitespace allowed between)
    /// within 64 KiB after `position`.
    private static func elementStart(after position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = position
        let end = min(bytes.count, position + 1 << 16)
        while index < end {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "}") else { continue }
            var next = skipSpace(from: index + 1, in: bytes)
            guard next < bytes.count, bytes[next] == UInt8(ascii: ",") else { continue }
            next = skipSpace(from: next + 1, in: bytes)
            if next < bytes.count, bytes[next] == UInt8(ascii: "{") { return next }
        }
        return nil
    }

    private static func skipSpace(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return index
            }
        }
        return index
    }
}
