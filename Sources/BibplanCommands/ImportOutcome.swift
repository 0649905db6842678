import BibplanCore

/// What `import ics` did (or, with `--dry-run`, would do), as text or JSON.
struct ImportOutcome {
    let library: String
    let file: String
    let dryRun: Bool
    let saved: Bool
    let changes: [ICSImportChange]
    let notices: [ICSProblem]
    /// Repaired on the way, and the reasons events were left out (written above the summary).
    let warnings: [ICSProblem]
    let skipped: [ICSProblem]
    let skippedEvents: Int

    private func count(_ kind: ICSImportChange.Kind) -> Int { changes.filter { $0.kind == kind }.count }

    /// `glostrup.json: 2 new, 1 changed, 23 unchanged, 1 skipped (from events.ics; see above)`,
    /// then one line per new or changed event, then what was left out.
    func text(_ language: Language) -> String {
        var lines: [String] = []
        if dryRun { lines.append(language.pick("Prøvekørsel: intet er gemt.", "Dry run: nothing was saved.")) }
        let counts = language.pick("\(count(.added)) nye, \(count(.updated)) ændrede, \(count(.unchanged)) uændrede, \(skippedEvents) sprunget over",
                                   "\(count(.added)) new, \(count(.updated)) changed, \(count(.unchanged)) unchanged, \(skippedEvents) skipped")
        let above = skippedEvents > 0 ? language.pick("; se ovenfor", "; see above") : ""
        lines.append(LibraryStore.fileName(library) + ": " + counts + language.pick(" (fra ", " (from ") + SafeText.line(file) + above + ")")
        for change in changes where change.kind != .unchanged {
            let mark = change.kind == .added ? "+" : "~"
            var line = "\(mark) \(change.event.id)  \(change.event.start.iso.replacingOccurrences(of: "T", with: " "))  "
                + SafeText.line(change.event.title)
            if let rule = change.event.rrule { line += "  (" + rule + ")" }
            if change.kind == .updated { line += language.pick("  ændret: ", "  changed: ") + change.fields.joined(separator: ", ") }
            lines.append(line)
        }
        for notice in notices {
            lines.append(language.pick("udeladt, linje ", "left out, line ") + "\(notice.line): "
                + (notice.property.map { $0 + ": " } ?? "") + SafeText.line(notice.message))
        }
        if !saved, !dryRun, count(.added) + count(.updated) == 0 {
            lines.append(language.pick("Intet at ændre; filen er ikke skrevet.", "Nothing to change; the file was not written."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"library", "file", "dryRun", "saved", "added": [{"id", "uid", "title", "start", "rrule"}],
    /// "updated": [{…, "fields": [names]}], "unchanged": [ids], "skippedEvents": n,
    /// "leftOut", "warnings", "skipped": [{"line", "property", "message"}]}`.
    func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", library)
        writer.field("file", file)
        writer.field("dryRun", dryRun)
        writer.field("saved", saved)
        for kind in [ICSImportChange.Kind.added, .updated] {
            writer.key(kind.rawValue)
            writer.beginArray()
            for change in changes where change.kind == kind { writer.change(change) }
            writer.endArray()
        }
        writer.field("unchanged", changes.filter { $0.kind == .unchanged }.map(\.event.id))
        writer.field("skippedEvents", skippedEvents)
        writer.problems("leftOut", notices)
        writer.problems("warnings", warnings)
        writer.problems("skipped", skipped)
        writer.endObject()
        return writer.text
    }
}

private extension JSONWriter {
    mutating func problems(_ key: String, _ list: [ICSProblem]) {
        self.key(key)
        beginArray()
        for problem in list {
            beginObject(inline: true)
            field("line", problem.line)
            field("property", optional: problem.property)
            field("message", problem.message)
            endObject()
        }
        endArray()
    }

    mutating func change(_ change: ICSImportChange) {
        beginObject(inline: true)
        field("id", change.event.id)
        field("uid", change.uid)
        field("title", change.event.title)
        field("start", change.event.start.iso)
        field("rrule", optional: change.event.rrule)
        if change.kind == .updated { field("fields", change.fields) }
        endObject()
    }
}
