import BibplanCore

extension OccurrenceSummary {
    /// `{"library", "from", "to", "occurrences": [...]}`; `to` is the last day, included.
    static func periodJSON(_ index: LibraryIndex, range: DayRange, _ summaries: [OccurrenceSummary]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", index.library.id)
        writer.field("from", range.first.iso)
        writer.field("to", range.last.iso)
        writer.occurrences(summaries)
        writer.endObject()
        return writer.text
    }
}

extension JSONWriter {
    /// One occurrence (with `"library"` first when `withLibrary`):
    /// `{"event", "title", "start", "end", "location", "audience", "needed",
    ///   "volunteers": [{"id", "name", "role"}], "missing"}`; times are `YYYY-MM-DDTHH:MM`. A flagged
    /// occurrence also has `"closed": "juledag"` (the reason, in Danish as the data) or `"outsideOpeningHours": true`;
    /// a moved time of a series `"movedFrom": "2026-12-12T10:00"`, where the rule puts it.
    mutating func occurrence(_ summary: OccurrenceSummary, withLibrary: Bool = false) {
        beginObject()
        if withLibrary { field("library", summary.libraryID) }
        field("event", summary.event.id)
        field("title", summary.event.title)
        field("start", summary.occurrence.start.iso)
        field("end", summary.occurrence.end.iso)
        field("location", summary.event.place)
        field("audience", summary.event.audience.rawValue)
        field("needed", summary.event.volunteersNeeded)
        key("volunteers")
        beginArray()
        for staffing in summary.staff {
            beginObject(inline: true)
            field("id", staffing.shift.volunteer)
            field("name", staffing.name)
            field("role", staffing.shift.role)
            endObject()
        }
        endArray()
        field("missing", summary.missing)
        switch summary.notice {
        case .closed(let closure): field("closed", closure.reason(.danish))
        case .outsideOpeningHours: field("outsideOpeningHours", true)
        case nil: break
        }
        if let movedFrom = summary.occurrence.movedFrom { field("movedFrom", movedFrom.iso) }
        endObject()
    }

    mutating func occurrences(_ summaries: [OccurrenceSummary], withLibrary: Bool = false) {
        key("occurrences")
        beginArray()
        for summary in summaries { occurrence(summary, withLibrary: withLibrary) }
        endArray()
    }
}
