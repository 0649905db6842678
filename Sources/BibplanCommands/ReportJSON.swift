import BibplanCore

/// `report --json`: the follow-up report's data.
enum ReportJSON {
    /// `{"library", "plan", "from", "to", "made", "summary": {"not-started": n, "on-track": n, …},
    /// "totals": {"events", "shifts", "volunteerMinutes"}, "goals": [{"id", "number", "parent", "title",
    /// "status", "progress", "rolledUpProgress", "owner", "due", "successCriteria", "initiatives": [...]}],
    /// "unlinkedInitiatives": [...]}`; an initiative is `{"id", "title", "status", "partners", "events",
    /// "shifts", "volunteerMinutes"}`, its numbers within the period.
    static func json(_ report: FollowUpReport) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", report.library.id)
        writer.field("plan", optional: report.library.plan?.title)
        writer.field("from", report.period.first.iso)
        writer.field("to", report.period.last.iso)
        writer.field("made", optional: report.made?.iso)
        writer.key("summary")
        writer.beginObject(inline: true)
        for (status, count) in report.statusCounts { writer.field(status.rawValue, count) }
        writer.endObject()
        let totals = report.totals
        writer.key("totals")
        writer.beginObject(inline: true)
        writer.field("events", totals.occurrences)
        writer.field("shifts", totals.shifts)
        writer.field("volunteerMinutes", totals.minutes)
        writer.endObject()
        writer.key("goals")
        writer.beginArray()
        for section in report.goals { writer.goal(section) }
        writer.endArray()
        writer.key("unlinkedInitiatives")
        writer.beginArray()
        for line in report.unlinked { writer.initiative(line) }
        writer.endArray()
        writer.endObject()
        return writer.text
    }
}

private extension JSONWriter {
    mutating func goal(_ section: FollowUpReport.GoalSection) {
        beginObject()
        field("id", section.goal.id)
        field("number", section.number)
        field("parent", optional: section.goal.parent)
        field("title", section.goal.title)
        field("status", section.goal.status.rawValue)
        field("progress", section.goal.progress)
        field("rolledUpProgress", section.rolledUpProgress)
        field("owner", section.goal.owner)
        field("due", optional: section.goal.due?.iso)
        field("successCriteria", section.goal.successCriteria)
        key("initiatives")
        beginArray()
        for line in section.initiatives { initiative(line) }
        endArray()
        endObject()
    }

    mutating func initiative(_ line: FollowUpReport.InitiativeLine) {
        beginObject(inline: true)
        field("id", line.initiative.id)
        field("title", line.initiative.title)
        field("status", line.initiative.status.rawValue)
        field("partners", line.initiative.partners)
        field("events", line.effort.occurrences)
        field("shifts", line.effort.shifts)
        field("volunteerMinutes", line.effort.minutes)
        endObject()
    }
}
