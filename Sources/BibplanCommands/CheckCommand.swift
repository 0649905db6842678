import BibplanCore

/// `check` and `restore`: the library files, checked, and the previous version put back.
extension CommandSpec {
    static let check = CommandSpec(
        .check, options: [.json],
        summary: Phrase("Kontrollerer biblioteksfilerne og viser hver fejl (fil, linje:kolonne, JSON-sti, hvad der er galt).",
                        "Checks the library files and lists every problem (file, line:column, JSON path, what is wrong)."),
        severalLibraries: { _ in true },
        build: jsonOnly(Command.check(json:)),
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .check(let json) = invocation.command else { return .badUsage }
            return try runner.check(invocation, json: json, language)
        })

    static let restore = CommandSpec(
        .restore,
        options: [OptionSpec("--force", .flag, help: Phrase("også når biblioteksfilen er gyldig", "even when the library file is valid"))],
        synopsis: ["bibplan [OPTIONS] --library ID restore [--force]"],
        summary: Phrase("Lægger den forrige udgave (<id>.json.bak) tilbage, når biblioteksfilen er beskadiget eller væk; den beskadigede "
                            + "fil gemmes som <id>.json.damaged (.damaged.2, … når der er en i forvejen).",
                        "Puts the previous version (<id>.json.bak) back when the library file is damaged or lost; the damaged file is "
                            + "kept as <id>.json.damaged (.damaged.2, … when there is one already)."),
        access: .staff,
        build: { parsed throws(UsageError) in
            try parsed.noWords()
            return .restore(force: parsed.flag("--force"))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .restore(let force) = invocation.command else { return .badUsage }
            return try runner.restore(invocation, force: force, language)
        })
}

extension CommandRunner {
    /// Every library (or the one `--library` names); exit status 1 when any is bad.
    func check(_ invocation: Invocation, json: Bool, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let store = try openStore(invocation, language)
        let ids = try chosenLibraryIDs(invocation.libraryIDs, in: store, command: .check, language).chosen
        let landscape = LandscapeCheck(store: store)
        let checks = ids.map { LibraryCheck(id: $0, store: store, landscape: landscape.references) }
        output.write(json ? CheckReport.json(checks, landscape) : CheckReport.text(checks, landscape, language))
        return checks.allSatisfy(\.isOK) && landscape.isOK ? .ok : .badData
    }

    /// Puts `<id>.json.bak` back as the library (it must name one with `--library`).
    func restore(_ invocation: Invocation, force: Bool, _ language: Language) throws(CommandFailure) -> ExitStatus {
        guard let id = invocation.libraryID else { throw .usage(UsageError(.missingValue(option: "--library"), command: .restore)) }
        let store = try openStore(invocation, language)
        do throws(StoreError) {
            let restored = try store.restoreBackup(id, force: force) { errors.write("bibplan: " + $0.description + "\n") }
            output.write(language.pick("\(LibraryStore.fileName(id)): genskabt fra \(LibraryStore.backupName(id)) (",
                                       "\(LibraryStore.fileName(id)): restored from \(LibraryStore.backupName(id)) (")
                + CheckReport.counts(restored.library, language) + ")\n")
            return .ok
        } catch {
            errors.write(error.description + "\n")
            return .badData
        }
    }
}
