import BibplanCore

/// `clashes [--keep ours|theirs PATH]`: the clashes git merges left in one library
/// (`<id>.clashes.json`), or settles one: ours puts our value back, theirs keeps the file's.
extension CommandSpec {
    static let clashes = CommandSpec(
        .clashes,
        options: [OptionSpec("--keep", .choice(OpenClashes.Side.allCases.map(\.rawValue)), value: "ours|theirs PATH",
                             danishValue: "ours|theirs STI",
                             help: Phrase("afgør sammenstødet på STI: vores eller deres værdi står (kun personale)",
                                          "settles the clash at PATH: ours or theirs is kept (staff only)"))],
        summary: Phrase("De sammenstød, en git-fletning efterlod (<id>.clashes.json); --keep ours|theirs STI afgør et og gemmer "
                            + "biblioteket.",
                        "The clashes a git merge left (<id>.clashes.json); --keep ours|theirs PATH settles one and saves the library."),
        // Listing is for staff and viewers; settling one (`--keep`) for staff only (see `CommandRunner.allows`).
        build: { parsed throws(UsageError) in
            let words = parsed.words, keep = parsed.choice("--keep", as: OpenClashes.Side.self)
            if words.count > 1 { throw UsageError(.unexpectedArgument(words[1]), command: .clashes) }
            if keep != nil, words.isEmpty { throw UsageError(.missingArgument("PATH"), command: .clashes) }
            if keep == nil, let word = words.first { throw UsageError(.unexpectedArgument(word), command: .clashes) }
            return .collaboration(.clashes(keep: keep, path: words.first))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .collaboration(.clashes(let keep, let path)) = invocation.command else { return .badUsage }
            return try runner.clashes(keep: keep, path: path, invocation, language)
        })
}

extension CommandRunner {
    func clashes(keep: OpenClashes.Side?, path: String?, _ invocation: Invocation,
                 _ language: Language) throws(CommandFailure) -> ExitStatus {
        let (store, id) = try oneLibrary(invocation, command: .clashes, language)
        if let keep, let path {
            do throws(ClashResolveFailure) {
                let left = try store.resolveClash(id, path: path, keep: keep)
                let count = left?.open.count ?? 0
                let shown = SafeText.line(path), plural = count == 1 ? "" : "es"
                output.write(language.pick("\(shown): \(keep == .ours ? "vores" : "deres") værdi står; \(count) sammenstød tilbage\n",
                                           "\(shown): \(keep.rawValue) kept; \(count) clash\(plural) left\n"))
                return .ok
            } catch {
                if case .store(let store) = error { throw .badData(store.problems) }
                errors.write("bibplan clashes: " + SafeText.line(error.description) + "\n")
                return .badData
            }
        }
        do throws(StoreError) {
            output.write(Self.clashesText(try store.openClashes(id), id: id, language))
            return .ok
        } catch {
            throw .badData(error.problems)
        }
    }

    /// One line per open clash: path, ours, theirs, who merged and when.
    static func clashesText(_ clashes: OpenClashes?, id: String, _ language: Language) -> String {
        guard let clashes, !clashes.isEmpty else {
            return language.pick("\(id): ingen åbne sammenstød\n", "\(id): no open clashes\n")
        }
        let open = clashes.open
        let file = OpenClashes.fileName(id), plural = open.count == 1 ? "" : "es"
        var lines = [language.pick("\(file): \(open.count) åbne sammenstød (filen har deres værdi):",
                                   "\(file): \(open.count) open clash\(plural) (the file has theirs):")]
        for entry in open {
            let who = entry.merge.by.map { SafeText.line($0) + ", " } ?? ""
            let ours = word(entry.ours, entry.path, language), theirs = word(entry.theirs, entry.path, language)
            lines.append("  " + SafeText.line(entry.path) + ": " + language.pick("vores ", "ours ") + SafeText.line(ours) + " · "
                + language.pick("deres ", "theirs ") + SafeText.line(theirs) + " (\(who)\(SafeText.line(entry.merge.time)))")
        }
        lines.append(language.pick("Afgør et med bibplan clashes --keep ours|theirs STI.",
                                   "Settle one with bibplan clashes --keep ours|theirs PATH."))
        return lines.joined(separator: "\n") + "\n"
    }

    /// An item's clash says "changed", "deleted" or "added" (a field's clash gives values, kept as written).
    private static func word(_ value: String, _ path: String, _ language: Language) -> String {
        guard !path.contains("].") && !path.hasPrefix("library.") else { return value }
        switch value {
        case "changed": return language.pick("ændret", "changed")
        case "deleted": return language.pick("slettet", "deleted")
        case "added": return language.pick("tilføjet", "added")
        default: return value
        }
    }
}
