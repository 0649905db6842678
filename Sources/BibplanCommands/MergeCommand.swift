import BibplanCore
import Foundation

/// `bibplan merge BASE OURS THEIRS [PATH]`, git's merge driver for library files
/// (`%O %A %B %P`): the result is written to OURS. A clash keeps theirs in the field
/// (the file stays valid, never conflict markers) and is recorded in `<id>.clashes.json`
/// beside the library for a later session or `bibplan clashes` to settle: exit status 0,
/// so git completes the merge. 1 when a version could not be read, the clashes could not
/// be recorded (no PATH), or the merged library breaks a rule.
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
        var recorded: String?
        if !result.clashes.isEmpty, let ours = result.ours, let path = request.path {
            recorded = Self.recordClashes(result.clashes, ours: ours, path: path)
        }
        errors.write(Self.clashReport(result.clashes, problems: problems, file: name, recorded: recorded, language))
        return recorded != nil && problems.isEmpty ? .ok : .badData
    }

    /// Adds the clashes to `<id>.clashes.json` beside `path` (git's `%P`, from the top of the
    /// work tree, where git runs the driver); the side file's name, or nil when it cannot be written.
    static func recordClashes(_ clashes: [ThreeWayMerge.Clash], ours: Library, path: String) -> String? {
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        let file = folder + OpenClashes.fileName(ours.id)
        var open = OpenClashes(library: ours.id)
        if FileManager.default.fileExists(atPath: file) {
            guard let bytes = try? ExchangeFile.read(file), let earlier = try? OpenClashes.decode(bytes, file: file),
                  earlier.library == ours.id else { return nil }
            open = earlier
        }
        let by = try? SystemAccount.current()
        open.merges.append(OpenClashes.Merge(time: ChangeRecord.timeText(Date()), by: by, clashes: clashes, ours: ours))
        do throws(ExchangeFile.Failure) {
            try ExchangeFile.write(open.encode(), to: file)
        } catch {
            return nil
        }
        return file
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

    static func clashReport(_ clashes: [ThreeWayMerge.Clash], problems: [String], file: String, recorded: String? = nil,
                            _ language: Language) -> String {
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
        if let recorded, problems.isEmpty {
            lines.append(language.pick("Sammenstødene står i \(recorded): bibplan clashes viser dem, bibplan clashes --keep " +
                "ours|theirs STI afgør et.", "The clashes are kept in \(recorded): bibplan clashes lists them, bibplan clashes " +
                "--keep ours|theirs PATH settles one."))
            return lines.joined(separator: "\n") + "\n"
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
