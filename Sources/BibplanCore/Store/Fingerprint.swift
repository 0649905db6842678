/// Identifies the exact bytes of a file as loaded: length and a 64-bit FNV-1a hash.
/// Compared under the lock before a save, so a file changed by someone else is never overwritten.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public let length: Int
    public let hash: UInt64

    public init(of bytes: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        self.length = bytes.count
        self.hash = hash
    }

    public var description: String { "\(length) bytes, fnv1a \(String(hash, radix: 16))" }
}
