import BibplanCore

/// `overview --theme TEXT --json`.
enum ThemeJSON {
    /// `{"date", "theme", "national": [{"actor", "id", "kind", "title", "description", "from", "to"}],
    /// "items": [{"library", "kind", "id", "title", "status", "progress", "from", "to", "owner", "priority",
    /// "contributes": [ids]}], "actorsWithout": [ids], "librariesWithout": [ids],
    /// "periods": [{"library", "plan", "from", "to", "ended", "priorities": [{"goal", "priority"}]}]}`;
    /// `status` is `historical` for an ended plan.
    static func json(_ view: ThemeView, _ overview: Overview) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("date", overview.today.iso)
        writer.field("theme", view.theme.rawValue)
        writer.key("national")
        writer.beginArray()
        for (actor, item) in view.national {
            writer.beginObject(inline: true)
            writer.field("actor", actor.id)
            writer.field("id", item.id)
            writer.field("kind", item.kind.rawValue)
            writer.field("title", item.title)
            writer.field("description", item.description)
            writer.field("from", optional: item.from?.iso)
            writer.field("to", optional: item.to?.iso)
            writer.endObject()
        }
        writer.endArray()
        writer.key("items")
        writer.beginArray()
        for row in view.rows { writer.themeRow(row) }
        writer.endArray()
        writer.field("actorsWithout", view.actorsWithout.map(\.id))
        writer.field("librariesWithout", view.librariesWithout.map(\.id))
        writer.periods(overview)
        writer.endObject()
        return writer.text
    }
}

extension JSONWriter {
    /// Every library's plan period, whether it has ended, and its ranked priorities.
    mutating func periods(_ overview: Overview) {
        key("periods")
        beginArray()
        for (period, index) in zip(overview.planPeriods, overview.libraries) {
            beginObject(inline: true)
            field("library", period.libraryID)
            field("plan", period.title)
            field("from", optional: period.from?.iso)
            field("to", optional: period.to?.iso)
            field("ended", period.ended)
            key("priorities")
            beginArray()
            for goal in index.library.priorities {
                beginObject(inline: true)
                field("goal", goal.id)
                field("priority", optional: goal.priority)
                endObject()
            }
            endArray()
            endObject()
        }
        endArray()
    }

    mutating func themeRow(_ row: ThemeRow) {
        beginObject(inline: true)
        field("library", row.item.libraryID)
        field("kind", row.item.kind == .goal ? "goal" : "initiative")
        field("id", row.item.id)
        field("title", row.item.title)
        switch row.status {
        case .goal(let status): field("status", status.rawValue)
        case .initiative(let status): field("status", status.rawValue)
        case .historical: field("status", "historical")
        }
        field("progress", optional: row.progress)
        field("from", optional: row.from?.iso)
        field("to", optional: row.to?.iso)
        field("owner", row.owner)
        field("priority", optional: row.priority)
        field("contributes", row.contributes.map(\.id))
        endObject()
    }
}
