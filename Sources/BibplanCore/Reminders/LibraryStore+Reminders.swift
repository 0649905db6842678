import Foundation

/// `<id>.reminders.log` beside each library: a line per reminder sent (time, then its
/// key), so that no run sends one twice. A run holds `<id>.remind.lock` throughout,
/// so two runs at once (cron and a person) cannot both send.
extension LibraryStore {
    public static func remindersLogName(_ id: String) -> String { id + ".reminders.log" }

    /// What one run did with the reminders it was given.
    public struct ReminderRun: Sendable {
        public var sent: [ReminderPlan.Reminder] = []
        public var sentBefore: [ReminderPlan.Reminder] = []
        /// Handed over but refused by the mail command, with its reason (tried again next run).
        public var failed: [(reminder: ReminderPlan.Reminder, reason: String)] = []
        /// Sent, but the log could not say so: it may be sent again.
        public var unlogged: AppendFailure?

        public init() {}
    }

    /// Sends each reminder the log does not have through `send` (nil: delivered, else
    /// why not), logging each one as soon as it is delivered.
    public func sendReminders(_ id: String, _ reminders: [ReminderPlan.Reminder],
                              send: (ReminderPlan.Reminder) -> String?) throws(StoreError) -> ReminderRun {
        guard LibraryID.isValid(id) else { throw .invalidLibraryID(id) }
        let lock: FileLock
        switch FileLock.acquire(in: directoryDescriptor, name: id + ".remind.lock", timeout: lockTimeout) {
        case .success(let acquired): lock = acquired
        case .failure(let error): throw error
        }
        defer { lock.release() }
        let logged = try remindersSent(id)
        var run = ReminderRun()
        for reminder in reminders {
            if logged.contains(reminder.key) { run.sentBefore.append(reminder); continue }
            if let reason = send(reminder) { run.failed.append((reminder, reason)); continue }
            run.sent.append(reminder)
            let line = ChangeRecord.timeText(Date()) + " " + reminder.key + "\n"
            if let failure = append(Array(line.utf8), to: Self.remindersLogName(id)) { run.unlogged = failure }
        }
        return run
    }

    /// The keys of the reminders logged as sent.
    public func remindersSent(_ id: String) throws(StoreError) -> Set<String> {
        let name = Self.remindersLogName(id)
        switch POSIX.readFile(in: directoryDescriptor, name) {
        case .success(let bytes):
            return Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
                line.firstIndex(of: " ").map { String(line[line.index(after: $0)...]) }
            })
        case .failure(.missing): return []
        case .failure(let failure): throw .unreadable(file: name, reason: failure.description)
        }
    }
}
