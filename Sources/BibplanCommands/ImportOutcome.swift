import BibplanCore

/// What `import ics` did (or, with `--dry-run`, would do), as text or JSON.
struct ImportOutcome {
    let library: String
    let file: String
    let dryRun: Bool
    let saved: Bool
    let changes: [ICSImportChange]
    let notices: [ICSProblem]

    private func count(_ kind: ICSImportChange.Kind) -> Int { changes.filter { $0.kind == kind }.count }

    /// `glostrup.json: 2 new, 1 changed, 23 unchanged (from events.ics)`, then one line per
    /// new or changed event, then what was left out.
    func text(_ language: Language) -> String {
        var lines: [String] = []
        if dryRun { lines.append(language.pick("Prøvekørsel: intet er gemt.", "Dry run: nothing was saved.")) }
        let counts = language.pick("\(count(.added)) nye, \(count(.updated)) ændrede, \(count(.unchanged)) uændrede",
                                   "\(count(.added)) new, \(count(.updated)) changed, \(count(.unchanged)) unchanged")
        lines.append(LibraryStore.fileName(library) + ": " + counts + language.pick(" (fra ", " (from ") + SafeText.line(file) + ")")
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
    /// "updated": [{…, "fields": [names]}], "unchanged": [ids], "leftOut": [{"line", "property", "message"}]}`.
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
        writer.key("leftOut")
        writer.beginArray()
        for notice in notices {
            writer.beginObject(inline: true)
            writer.field("line", notice.line)
            writer.field("property", optional: notice.property)
            writer.field("message", notice.message)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }
}

private extension JSONWriter {
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
