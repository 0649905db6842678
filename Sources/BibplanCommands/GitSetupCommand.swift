import BibplanCore
import Foundation

/// `bibplan git-setup`: makes the data directory ready to be a git repository whose
/// library files git merges through `bibplan merge`.
extension CommandRunner {
    static let mergeDriverConfig: [(key: String, value: String)] = [
        ("merge.bibplan.name", "bibplan: library files field by field"),
        ("merge.bibplan.driver", "bibplan merge %O %A %B %P"),
    ]

    static let gitAttributes = [
        "*.json merge=bibplan",
        "access.json merge=text",
        "*.history.jsonl merge=union",
        "*.reminders.log merge=union",
    ]

    /// `*.clashes.json`: a merge's open clashes belong to the person who pulled, to settle.
    static let gitIgnored = ["*.lock", "*.json.bak", "*.json.damaged*", ".*.tmp-*", "*.clashes.json"]

    func gitSetup(_ invocation: Invocation, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let store = try openStore(invocation, language)
        for (name, lines) in [(".gitattributes", Self.gitAttributes), (".gitignore", Self.gitIgnored)] {
            do throws(ExchangeFile.Failure) {
                let added = try Self.addLines(lines, to: store.path + "/" + name)
                output.write(added.isEmpty ? language.pick("\(name): i orden\n", "\(name): already set\n")
                    : language.pick("\(name): tilføjede ", "\(name): added ") + added.joined(separator: ", ") + "\n")
            } catch {
                errors.write("bibplan: " + error.description + "\n")
                return .badData
            }
        }
        let commands = Self.mergeDriverConfig.map { "git config \($0.key) \"\($0.value)\"" }
        guard Self.runGit(["-C", store.path, "rev-parse", "--is-inside-work-tree"]) == 0 else {
            output.write(language.pick("Ikke et git-arkiv endnu. Efter git init eller git clone, kør i \(store.path):\n",
                                       "Not a git repository yet. After git init or git clone, run in \(store.path):\n")
                         + commands.map { "  " + $0 + "\n" }.joined())
            return .ok
        }
        for setting in Self.mergeDriverConfig {
            let status = Self.runGit(["-C", store.path, "config", setting.key, setting.value])
            guard status == 0 else {
                errors.write(language.pick("bibplan: git config \(setting.key) fejlede (\(status)); kør selv:\n",
                                           "bibplan: git config \(setting.key) failed (\(status)); run it yourself:\n")
                             + commands.map { "  " + $0 + "\n" }.joined())
                return .badData
            }
        }
        output.write(language.pick("git config i \(store.path):\n", "git config in \(store.path):\n") + commands.map { "  " + $0
            + "\n" }.joined())
        return .ok
    }

    /// Appends the lines the file lacks (creating it); returns them.
    static func addLines(_ lines: [String], to path: String) throws(ExchangeFile.Failure) -> [String] {
        var text = ""
        if FileManager.default.fileExists(atPath: path) {
            text = String(decoding: try ExchangeFile.read(path), as: UTF8.self)
        }
        let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return [] }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if !present.contains(where: { $0.hasPrefix("# bibplan") }) { text += "# bibplan (bibplan git-setup)\n" }
        try ExchangeFile.write(Array((text + missing.map { $0 + "\n" }.joined()).utf8), to: path)
        return missing
    }

    /// `git ARGUMENTS` from the PATH, its output and messages discarded; its exit status (127 when it cannot be started).
    private static func runGit(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return 127
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
