import BibplanCore
import Foundation

/// Runs saves on another thread, so keys keep answering while a large library is
/// read, merged and written; the finished save comes back to the run loop as an action.
@MainActor
public final class SaveWorker {
    public enum Start { case notASave, started, alreadyRunning }

    private let session: LibrarySession
    private let mailbox = Mailbox()
    public private(set) var isBusy = false
    /// A clash choice made while another save still ran: started when that one ends.
    private var deferredChoice: Effect?

    public init(session: LibrarySession) { self.session = session }

    /// Starts the save an effect asks for. While one runs, a further save is left out:
    /// when the running one ends, `update` asks again for what the screen holds then.
    public func start(_ effect: Effect) -> Start {
        switch effect {
        case .save, .resolveClash: break
        default: return .notASave
        }
        if isBusy {
            if case .resolveClash = effect { deferredChoice = effect }
            return .alreadyRunning
        }
        guard let job = session.job(for: effect) else { return .alreadyRunning }
        isBusy = true
        let mailbox = self.mailbox
        Thread.detachNewThread { mailbox.put(job.run()) }
        return .started
    }

    /// The finished save as an action, when one has finished.
    public func poll() -> Action? {
        guard let result = mailbox.take() else { return nil }
        isBusy = false
        let finished = Action.saveFinished(sent: result.job.sent, session.finish(result))
        if let choice = deferredChoice {
            deferredChoice = nil
            _ = start(choice)
        }
        return finished
    }

    /// Waits for a running save to end (at quit and hang-up, so none is cut off).
    public func wait() -> Action? {
        while isBusy {
            if let finished = poll() { return finished }
            usleep(2_000)
        }
        return nil
    }
}

/// The one result passed from the saving thread to the run loop.
private final class Mailbox: @unchecked Sendable {
    // @unchecked: `result` is only touched under `lock`.
    private let lock = NSLock()
    private var result: SaveJob.Result?

    func put(_ value: SaveJob.Result) { lock.withLock { result = value } }

    func take() -> SaveJob.Result? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }
}
