#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: standard output and standard error in the program,
/// a string in tests.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
}

/// Writes to a file descriptor (1 for standard output, 2 for standard error),
/// through short writes and EINTR. A closed pipe ends the writing silently.
public final class FileDescriptorOutput: OutputSink {
    public let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public static func standardOutput() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 1) }
    public static func standardError() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 2) }

    public func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                if result <= 0 { return }
                written += result
            }
        }
    }
}

/// Keeps everything written, for tests and for callers that want the text.
public final class CapturedOutput: OutputSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
}

/// The C `write`, named apart from `OutputSink.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
