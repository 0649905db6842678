import Foundation

/// Failures for a store to meet on purpose, one each, at the named step of a save
/// (`write`, `sync`, `rename`): how tests show that a full disk, a refused write or
/// a failing rename leaves the file as it was and the change kept.
public final class StoreFaults: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var planned: [(step: String, error: Int32)] = []

    public init() {}

    /// The next save that reaches `step` fails there with `error` (an errno, such as ENOSPC).
    public func fail(_ step: String, with error: Int32) {
        lock.withLock { planned.append((step, error)) }
    }

    /// The planned failure for `step`, used up by taking it.
    func take(_ step: String) -> Int32? {
        lock.withLock {
            guard let position = planned.firstIndex(where: { $0.step == step }) else { return nil }
            return planned.remove(at: position).error
        }
    }
}
