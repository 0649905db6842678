import BibplanCore

/// The outcome of loading one library file for `check`.
struct LibraryCheck {
    let id: String
    let library: Library?
    let problems: [LibraryProblem]
    /// The valid previous version, when the file itself cannot be loaded.
    let backup: Library?

    var isOK: Bool { library != nil && problems.isEmpty }

    /// `landscape` checks the `contributes` of the library's goals and initiatives (nil: not checked,
    /// as when landscape.json itself has problems).
    init(id: String, store: LibraryStore, landscape: Landscape?) {
        self.id = id
        do throws(StoreError) {
            let library = try store.load(id).library
            self.library = library
            problems = (landscape?.unknownContributions(in: library) ?? []) + Self.openClashes(id, store)
            backup = nil
        } catch {
            library = nil
            problems = error.problems
            backup = try? store.loadBackup(id).library
        }
    }

    /// Each clash a git merge left open is a problem until settled (`bibplan clashes`).
    static func openClashes(_ id: String, _ store: LibraryStore) -> [LibraryProblem] {
        let file = OpenClashes.fileName(id)
        do throws(StoreError) {
            return (try store.openClashes(id)?.open ?? []).map { entry in
                LibraryProblem(file: file, path: entry.path, message: "open clash from a git merge: ours \(entry.ours) · theirs "
                    + "\(entry.theirs) (the file has theirs); settle it with bibplan clashes --keep ours|theirs \(entry.path)")
            }
        } catch {
            return error.problems
        }
    }
}

/// `check`: each library file either "ok" with its counts, or every problem in it.
enum CheckReport {
    static func text(_ checks: [LibraryCheck], _ landscape: LandscapeCheck, _ language: Language) -> String {
        var lines: [String] = landscape.text(language)
        for check in checks {
            if let library = check.library, check.isOK {
                lines.append(LibraryStore.fileName(check.id) + ": ok (" + counts(library, language) + ")")
            } else {
                lines += check.problems.map { SafeText.line($0.description) }
                if let backup = check.backup {
                    lines.append(LibraryStore.backupName(check.id) + language.pick(": gyldig tidligere udgave (", ": valid previous version (")
                        + counts(backup, language) + language.pick("); genskab med: bibplan --library \(check.id) restore", "); restore with: bibplan --library \(check.id) restore"))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `12 goals, 9 initiatives, 20 events, 45 volunteers, 300 shifts`.
    static func counts(_ library: Library, _ language: Language) -> String {
        let da = language == .danish
        return [
            Labels.count(library.goals.count, da ? "mål" : "goal", da ? "mål" : "goals"),
            Labels.count(library.initiatives.count, da ? "initiativ" : "initiative", da ? "initiativer" : "initiatives"),
            Labels.count(library.events.count, da ? "arrangement" : "event", da ? "arrangementer" : "events"),
            Labels.count(library.volunteers.count, da ? "frivillig" : "volunteer", da ? "frivillige" : "volunteers"),
            Labels.count(library.shifts.count, da ? "vagt" : "shift", da ? "vagter" : "shifts"),
        ].joined(separator: ", ")
    }

    /// `{"libraries": [{"id", "ok", "problems": [{"file", "path", "line", "column", "message"}]}]}`;
    /// `line` and `column` are null when not known.
    static func json(_ checks: [LibraryCheck], _ landscape: LandscapeCheck) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("libraries")
        writer.beginArray()
        for check in checks {
            writer.beginObject()
            writer.field("id", check.id)
            writer.field("ok", check.isOK)
            writer.problems(check.problems)
            writer.endObject()
        }
        writer.endArray()
        landscape.json(&writer)
        writer.endObject()
        return writer.text
    }
}

extension JSONWriter {
    /// `"problems": [{"file", "path", "line", "column", "message"}]`.
    mutating func problems(_ problems: [LibraryProblem]) {
        key("problems")
        beginArray()
        for problem in problems {
            beginObject(inline: true)
            field("file", problem.file)
            field("path", problem.path)
            field("line", optional: problem.line)
            field("column", optional: problem.column)
            field("message", problem.message)
            endObject()
        }
        endArray()
    }
}
