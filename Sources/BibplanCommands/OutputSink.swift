import BibplanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: standard output and standard error in the program,
/// a string in tests.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    /// Why writing stopped, when it did for another reason than a reader that went
    /// away (a full disk, an I/O error): the command then fails.
    var failure: String? { get }
    /// The reader went away (`| head`): nothing more is written, and nothing is wrong.
    var isClosed: Bool { get }
    /// The terminal's width when writing to one; nil otherwise (a file, a pipe, a test).
    var columns: Int? { get }
}

extension OutputSink {
    public var failure: String? { nil }
    public var isClosed: Bool { false }
    public var columns: Int? { nil }
}

/// Writes to a file descriptor (1 for standard output, 2 for standard error),
/// through short writes and EINTR. A closed pipe ends the writing silently; any
/// other error ends it and is kept in `failure`.
public final class FileDescriptorOutput: OutputSink {
    public let descriptor: Int32
    public private(set) var failure: String?
    public private(set) var isClosed = false

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public static func standardOutput() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 1) }

    public var columns: Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
    public static func standardError() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 2) }

    public func write(_ text: String) {
        guard failure == nil, !isClosed else { return }
        let bytes = Array(text.utf8)
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                if result < 0, errno == EPIPE { isClosed = true; return }
                if result < 0 { failure = String(cString: strerror(errno)); return }
                if result == 0 { failure = "nothing could be written"; return }
                written += result
            }
        }
    }
}

/// Keeps everything written, for tests and for callers that want the text.
public final class CapturedOutput: OutputSink {
    public private(set) var text = ""
    /// As if writing to a terminal this wide.
    public var columns: Int?

    public init(columns: Int? = nil) { self.columns = columns }

    public func write(_ text: String) { self.text += text }
}

/// Every text a command writes passes the one sanitiser on its way out, whatever
/// the format: data and arguments never reach the terminal as control sequences.
final class SanitisedOutput: OutputSink {
    let base: any OutputSink

    init(_ base: any OutputSink) { self.base = base }

    func write(_ text: String) { base.write(SafeText.lines(text)) }
    var failure: String? { base.failure }
    var isClosed: Bool { base.isClosed }
    var columns: Int? { base.columns }
}

/// The C `write`, named apart from `OutputSink.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
