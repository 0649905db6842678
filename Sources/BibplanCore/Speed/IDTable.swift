import Foundation

/// Positions by id: the first position each id was given at. An open-addressing
/// hash table over a cheap hash of the id's UTF-8 bytes, because the validator and
/// the index look up about 200,000 short ids when a large library loads, and
/// `Dictionary<String, Int>` spends most of that time in its general-purpose hasher.
/// The hash is seeded per table, so ids chosen to collide cannot be prepared.
struct IDTable: Sendable {
    /// Slot → the upper half of the id's hash and its position + 1 (0: empty), in one
    /// word, so a probe touches one place in memory.
    private var slots: [UInt64]
    /// The ids by position (empty where nothing was inserted).
    private var keys: [String] = []
    private var mask: Int
    private let seed: UInt64
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        keys.reserveCapacity(capacity)
        mask = size - 1
        seed = UInt64.random(in: 0...UInt64.max)
    }

    /// Each id at its position in `ids`; a repeated id keeps its first position.
    init(_ ids: some Collection<String>) {
        self.init(capacity: ids.count)
        for (position, id) in ids.enumerated() { _ = insert(id, at: position) }
    }

    /// Adds `id` at `position`, or returns the position it already has.
    mutating func insert(_ id: String, at position: Int) -> Int? {
        precondition(position >= 0 && position < 0xFFFF_FFFF, "IDTable positions fit in 32 bits")
        if (count + 1) * 2 > slots.count { grow() }
        let (slot, tag, existing) = probe(id)
        if let existing { return existing }
        slots[slot] = tag | UInt64(position + 1)
        if keys.count <= position { keys.append(contentsOf: repeatElement("", count: position + 1 - keys.count)) }
        keys[position] = id
        count += 1
        return nil
    }

    func position(of id: String) -> Int? { probe(id).position }

    /// Walks `id`'s slots from its hash: the position it has, or the empty slot it would take;
    /// with the upper half of its hash, which a slot keeps beside the position.
    @inline(__always)
    private func probe(_ id: String) -> (slot: Int, tag: UInt64, position: Int?) {
        let hash = Self.hash(id, seed)
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash & 0xFFFF_FFFF_0000_0000
        while slots[slot] != 0 {
            let stored = slots[slot]
            if stored & 0xFFFF_FFFF_0000_0000 == tag, keys[Int(stored & 0xFFFF_FFFF) - 1] == id {
                return (slot, tag, Int(stored & 0xFFFF_FFFF) - 1)
            }
            slot = (slot + 1) & mask
        }
        return (slot, tag, nil)
    }

    subscript(id: String) -> Int? { position(of: id) }

    private mutating func grow() {
        var larger = IDTable(capacity: slots.count)
        for (position, key) in keys.enumerated() {
            if self.position(of: key) == position { _ = larger.insert(key, at: position) }
        }
        self = larger
    }

    /// Equal ids (as Swift's `==` has it: canonically equivalent) hash alike: ASCII
    /// by its bytes, other text by the bytes of its canonical composition (NFC).
    private static func hash(_ id: String, _ seed: UInt64) -> UInt64 {
        if let ascii = id.utf8.withContiguousStorageIfAvailable({ hashIfASCII($0, seed) }), let ascii { return ascii }
        return Array(id.precomposedStringWithCanonicalMapping.utf8).withUnsafeBufferPointer { bytes in
            hashIfASCII(bytes, seed, anyText: true) ?? 0
        }
    }

    /// Eight bytes at a time, each step mixed by a multiplication (as in wyhash and
    /// FxHash); nil when a byte is not ASCII, unless `anyText`.
    private static func hashIfASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ seed: UInt64, anyText: Bool = false) -> UInt64? {
        var hash = seed ^ UInt64(bytes.count)
        var high: UInt8 = 0
        var index = 0
        while index < bytes.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            let end = min(index + 8, bytes.count)
            while index < end {
                high |= bytes[index]
                word |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
        guard high < 0x80 || anyText else { return nil }
        return hash ^ (hash >> 32)
    }
}

/// A set of numbers below 2^63: open addressing with a multiplicative hash, for
/// the validator's check that no volunteer is on one occurrence twice.
struct NumberSet {
    /// Slot → number with the top bit set (0: empty).
    private var slots: [UInt64]
    private var mask: Int
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// False when the number was there already.
    mutating func insert(_ number: UInt64) -> Bool {
        precondition(number < 1 << 63, "NumberSet holds numbers below 2^63")
        if (count + 1) * 2 > slots.count { grow() }
        let stored = number | 1 << 63
        var slot = Int(truncatingIfNeeded: (number &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while slots[slot] != 0 {
            if slots[slot] == stored { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = stored
        count += 1
        return true
    }

    private mutating func grow() {
        var larger = NumberSet(capacity: slots.count)
        for stored in slots where stored != 0 { _ = larger.insert(stored & ~(1 << 63)) }
        self = larger
    }
}
