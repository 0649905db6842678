import BibplanCommands
import BibplanCore
import BibplanResources
import Foundation

// Wiring: arguments → plain command or the full-screen program.

let environment = ProcessInfo.processInfo.environment
let arguments = Array(CommandLine.arguments.dropFirst())
let errors = FileDescriptorOutput.standardError()

let invocation: Invocation
do throws(UsageError) {
    invocation = try CommandLineParser.parse(arguments)
} catch {
    let language = CommandLineParser.requestedLanguage(in: arguments) ?? Language.fromEnvironment(environment)
    errors.write("bibplan: " + error.message(language) + "\n" + UsageText.usageLine(error.command, language) + "\n")
    exit(2)
}

let language = invocation.language ?? Language.fromEnvironment(environment)
let today = invocation.today ?? LocalClock.today()

switch invocation.command {
case .interactive:
    let path = DataDirectory.resolve(flag: invocation.dataDirectory, environment: environment)
    let prepared: (store: LibraryStore, seeded: [String])
    do throws(StoreError) {
        prepared = try LibraryStore.prepare(path: path, samples: EmbeddedResources.sampleLibraries)
    } catch {
        errors.write("bibplan: \(error.description)\n")
        exit(1)
    }
    if !prepared.seeded.isEmpty {
        errors.write(language.pick("bibplan: oprettede \(path) med eksempelbibliotekerne ", "bibplan: created \(path) with the sample libraries ")
            + prepared.seeded.joined(separator: ", ") + "\n")
    }
    let status = MainActor.assumeIsolated {
        Interactive.run(store: prepared.store, libraryID: invocation.libraryID, today: today, pinned: invocation.today != nil,
                        language: language, environment: environment, errors: { errors.write($0 + "\n") })
    }
    exit(status)
default:
    exit(2)
}
