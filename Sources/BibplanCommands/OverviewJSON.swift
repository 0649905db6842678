import BibplanCore

/// `overview --json`.
enum OverviewJSON {
    /// `{"date", "week": {"from", "to"}, "slotWindow": {"from", "to"},
    /// "libraries": [{"id", "name", "plan": {"title", "from", "to"} | null, "planEnded", "vision", "exampleContent",
    /// "goals": {"not-started": n, …}, "eventsThisWeek", "openSlots"}],
    /// "themes": [{"theme", "libraries", "items": [{"library", "kind", "id", "title"}]}],
    /// "partners": [{"name", "libraries": [ids], "initiatives": [{"library", "kind", "id", "title"}]}]}`.
    static func json(_ overview: Overview) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("date", overview.today.iso)
        writer.range("week", overview.week)
        writer.range("slotWindow", overview.slotWindow)
        writer.key("libraries")
        writer.beginArray()
        for summary in overview.summaries { writer.library(summary) }
        writer.endArray()
        writer.key("themes")
        writer.beginArray()
        for (theme, items) in overview.themes {
            writer.beginObject()
            writer.field("theme", theme.rawValue)
            writer.field("libraries", overview.libraryCount(of: items))
            writer.items("items", items)
            writer.endObject()
        }
        writer.endArray()
        writer.key("partners")
        writer.beginArray()
        for partner in overview.partners {
            writer.beginObject()
            writer.field("name", partner.name)
            writer.field("libraries", partner.libraryIDs)
            writer.items("initiatives", partner.initiatives)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }
}

private extension JSONWriter {
    mutating func range(_ name: String, _ range: DayRange) {
        key(name)
        beginObject(inline: true)
        field("from", range.first.iso)
        field("to", range.last.iso)
        endObject()
    }

    mutating func library(_ summary: LibrarySummary) {
        beginObject()
        field("id", summary.id)
        field("name", summary.name)
        key("plan")
        if let plan = summary.plan {
            beginObject(inline: true)
            field("title", plan.title)
            field("from", optional: plan.from?.iso)
            field("to", optional: plan.to?.iso)
            endObject()
        } else {
            null()
        }
        field("planEnded", summary.planEnded)
        field("vision", summary.vision)
        field("exampleContent", optional: summary.exampleContent)
        key("goals")
        beginObject(inline: true)
        for status in GoalStatus.allCases { field(status.rawValue, summary.goals(status)) }
        endObject()
        field("eventsThisWeek", summary.eventsThisWeek)
        field("openSlots", summary.openSlots)
        endObject()
    }

    mutating func items(_ name: String, _ items: [StrategyItem]) {
        key(name)
        beginArray()
        for item in items {
            beginObject(inline: true)
            field("library", item.libraryID)
            field("kind", item.kind == .goal ? "goal" : "initiative")
            field("id", item.id)
            field("title", item.title)
            endObject()
        }
        endArray()
    }
}
