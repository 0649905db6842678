import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation

// Wiring: arguments → a plain command, or the full-screen program.

signal(SIGPIPE, SIG_IGN)
let environment = ProcessInfo.processInfo.environment
let runner = CommandRunner(
    environment: environment,
    sampleLibraries: EmbeddedResources.firstRunFiles,
    today: LibraryClock.today(),
    output: FileDescriptorOutput.standardOutput(),
    errors: FileDescriptorOutput.standardError(),
    interactive: { context in
        MainActor.assumeIsolated {
            Interactive.run(store: context.store, libraryID: context.libraryID, today: context.today,
                            pinned: context.isTodayPinned, language: context.language, access: context.access, mouse: context.mouse,
                            environment: environment,
                            errors: { FileDescriptorOutput.standardError().write(SafeText.lines($0) + "\n") })
        }
    }
)
exit(runner.run(arguments: Array(CommandLine.arguments.dropFirst())))
