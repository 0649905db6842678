import BibplanCore

/// `report --json`: the follow-up report's data.
enum ReportJSON {
    /// `{"library", "plan", "from", "to", "made", "summary": {"not-started": n, "on-track": n, …},
    /// "totals": {"events", "shifts", "volunteerMinutes"}, "goals": [{"id", "number", "parent", "title",
    /// "status", "progress", "rolledUpProgress", "owner", "due", "successCriteria", "measures", "initiatives": [...]}],
    /// "unlinkedInitiatives": [...]}`; an initiative is `{"id", "title", "status", "partners", "events",
    /// "shifts", "volunteerMinutes"}`, its numbers within the period.
    static func json(_ report: FollowUpReport) -> String {
        var writer = JSONWriter()
        writer.report(report)
        return writer.text
    }

    /// `report --all --json`: `{"made", "libraries": [one library's report, as above]}`.
    static func json(_ across: FollowUpAcross) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("made", optional: across.made?.iso)
        writer.key("libraries")
        writer.beginArray()
        for report in across.reports { writer.report(report) }
        writer.endArray()
        writer.endObject()
        return writer.text
    }
}

private extension JSONWriter {
    mutating func report(_ report: FollowUpReport) {
        beginObject()
        field("library", report.library.id)
        field("plan", optional: report.library.plan?.title)
        field("from", report.period.first.iso)
        field("to", report.period.last.iso)
        field("made", optional: report.made?.iso)
        field("planEnded", report.planEnded)
        key("summary")
        beginObject(inline: true)
        for (status, count) in report.statusCounts { field(status.rawValue, count) }
        endObject()
        let totals = report.totals
        key("totals")
        beginObject(inline: true)
        field("events", totals.occurrences)
        field("shifts", totals.shifts)
        field("volunteerMinutes", totals.minutes)
        endObject()
        key("goals")
        beginArray()
        for section in report.goals { goal(section) }
        endArray()
        key("unlinkedInitiatives")
        beginArray()
        for line in report.unlinked { initiative(line) }
        endArray()
        endObject()
    }

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
        field("priority", optional: section.goal.priority)
        field("successCriteria", section.goal.successCriteria)
        measures(section.goal.measures)
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
