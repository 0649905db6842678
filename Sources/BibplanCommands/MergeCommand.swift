import BibplanCore

/// `bibplan merge BASE OURS THEIRS [PATH]`, git's merge driver for library files
/// (`%O %A %B %P`): the result is written to OURS; exit status 0 when every change
/// merged, 1 when some clashed (the file then holds theirs in those fields and is
/// valid; the clashes go to standard error) or a version could not be read.
extension CommandRunner {
    /// The merge works on the files git names, never on the data directory: the extra
    /// group of a setgid install is given up and access.json is not consulted.
    func mergeAccess(_ invocation: Invocation) throws(CommandFailure) -> (Invocation, Access) {
        do throws(AccessError) {
            try ElevatedGroup.dropForGood()
        } catch {
            throw .denied(error)
        }
        return (invocation, .unrestricted(user: ""))
    }

    func merge(_ request: MergeRequest, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let name = request.path ?? request.ours
        let result: LibraryFileMerge.Result
        do {
            let base = try ExchangeFile.read(request.base), ours = try ExchangeFile.read(request.ours)
            let theirs = try ExchangeFile.read(request.theirs)
            result = try LibraryFileMerge.merge(base: base, ours: ours, theirs: theirs, file: name)
        } catch let failure as ExchangeFile.Failure {
            errors.write("bibplan merge: " + failure.description + "\n")
            return .badData
        } catch let failure as LibraryFileMerge.Failure {
            errors.write(language.pick("bibplan merge: \(name): kan ikke flettes, \(Self.sideWord(failure.side, language)) er ikke " +
                "gyldig:\n",
                                       "bibplan merge: \(name): cannot be merged, \(failure.side.rawValue) is not valid:\n")
                         + failure.error.description + "\n")
            return .badData
        } catch {
            errors.write("bibplan merge: \(name): \(error)\n")
            return .badData
        }
        do throws(ExchangeFile.Failure) {
            try ExchangeFile.write(result.bytes, to: request.ours)
        } catch {
            errors.write("bibplan merge: " + error.description + "\n")
            return .badData
        }
        let problems = Self.problems(in: result.bytes, name)
        guard !result.clashes.isEmpty || !problems.isEmpty else { return .ok }
        errors.write(Self.clashReport(result.clashes, problems: problems, file: name, language))
        return .badData
    }

    /// A merge of valid files can still break a rule (a shift kept whose event the other side deleted).
    private static func problems(in bytes: [UInt8], _ file: String) -> [String] {
        do throws(LibraryLoadError) {
            _ = try LibraryCodec.decode(bytes, file: file)
            return []
        } catch {
            return error.description.split(separator: "\n").map(String.init)
        }
    }

    static func clashReport(_ clashes: [ThreeWayMerge.Clash], problems: [String], file: String, _ language: Language) -> String {
        var lines: [String] = []
        if !clashes.isEmpty {
            let count = clashes.reduce(0) { $0 + max($1.values.count, 1) }
            lines.append(language.pick("bibplan merge: \(file): \(count) sammenstød; filen har deres værdi i hvert:",
                                       "bibplan merge: \(file): \(count) clash\(count == 1 ? "" : "es"); the file has theirs in each:"))
            for clash in clashes {
                guard !clash.deleted, !clash.values.isEmpty else {
                    lines.append("  " + clash.item + language.pick(": ændret på den ene side, slettet på den anden (deres udgave står)",
                                                                   ": changed on one side, deleted on the other (theirs stands)"))
                    continue
                }
                for value in clash.values {
                    lines.append("  \(clash.item).\(value.field): " + language.pick("vores \(value.mine) · deres \(value.theirs)",
                                                                                  "ours \(value.mine) · theirs \(value.theirs)"))
                }
            }
        }
        if !problems.isEmpty {
            lines.append(language.pick("bibplan merge: \(file): det flettede bibliotek bryder disse regler:",
                                       "bibplan merge: \(file): the merged library breaks these rules:"))
            lines += problems.map { "  " + $0 }
        }
        lines.append(language.pick("Ret det, der skal være anderledes (i bibplan eller i filen), og kør så git add \(file) og git " +
            "commit.",
                                   "Change what should be different (in bibplan or in the file), then run git add \(file) and git commit."))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func sideWord(_ side: LibraryFileMerge.Failure.Side, _ language: Language) -> String {
        switch side {
        case .base: return language.pick("fælles forfader", "base")
        case .ours: return language.pick("vores", "ours")
        case .theirs: return language.pick("deres", "theirs")
        }
    }
}
