import Foundation

/// Runs a piece of work on another thread while this thread does its own, and
/// returns when both are done: on two cores, the longer of the two instead of the sum.
enum Alongside {
    static func run<Work: Sendable, Own>(_ work: @escaping @Sendable () -> Work, while own: () -> Own) -> (own: Own, work: Work) {
        let box = Box<Work>()
        Thread.detachNewThread {
            box.value = work()
            box.done.signal()
        }
        let mine = own()
        box.done.wait()
        return (mine, box.value ?? work())
    }

    private final class Box<Value>: @unchecked Sendable {
        // @unchecked: `value` is written by the worker before it signals `done`, read after waiting for it.
        var value: Value?
        let done = DispatchSemaphore(value: 0)
    }
}
