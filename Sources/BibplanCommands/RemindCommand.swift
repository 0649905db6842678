import BibplanCore
import Foundation

/// `remind [--days N] [--dry-run]`, run from cron: a reminder to each active volunteer
/// with a shift from today through N-1 days ahead and an e-mail address, handed to the
/// library's sendmail command once per shift; then, for staff (cron mails the output),
/// what was sent and the open slots of the period. Exit status 1 when a message failed.
extension CommandRunner {
    func remind(_ request: RemindRequest, _ invocation: Invocation, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let (store, id) = try oneLibrary(invocation, command: .remind, language)
        let index: LibraryIndex
        do throws(StoreError) {
            index = try store.loadIndexed(id).index
        } catch {
            throw .badData(error.problems)
        }
        let today = invocation.today ?? realToday
        let range = DayRange(today, today.adding(days: request.days - 1))
        let (reminders, skipped) = ReminderPlan.plan(index, range: range, language: index.library.language ?? language)
        var summary = RemindSummary(library: index.library.name, range: range, language: language)
        summary.skipped = skipped
        summary.openSlots = index.unfilled(in: range).map { (index.event(of: $0.occurrence).title, $0.occurrence, $0.missing) }
        if request.dryRun {
            output.write(reminders.map { String(decoding: MailHeader.message($0), as: UTF8.self) + "\n" }.joined())
            summary.planned = reminders
            output.write(summary.text(dryRun: true))
            return .ok
        }
        guard let command = SendmailCommand.of(index.library) else {
            throw .badData([LibraryProblem(file: LibraryStore.fileName(id), path: "sendmail", message: "is not a command")])
        }
        do throws(StoreError) {
            summary.run = try store.sendReminders(id, reminders) { Self.deliver(MailHeader.message($0), via: command) }
        } catch {
            throw .badData(error.problems)
        }
        output.write(summary.text(dryRun: false))
        if let unlogged = summary.run.unlogged {
            errors.write("bibplan: \(unlogged.file): "
                + language.pick("kunne ikke skrives (\(unlogged.reason)); de sendte påmindelser kan blive sendt igen\n",
                                                                        "could not be written (\(unlogged.reason)); the reminders sent " +
                                                                            "may be sent again\n"))
        }
        return summary.run.failed.isEmpty && summary.run.unlogged == nil ? .ok : .badData
    }

    /// Hands one message to the mail command on its standard input; nil when it took it.
    static func deliver(_ message: [UInt8], via command: SendmailCommand) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.program)
        process.arguments = command.arguments
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return "\(command.program): \(error.localizedDescription)"
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(message))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return "\(command.program): exit status \(process.terminationStatus)"
        }
        return nil
    }
}
