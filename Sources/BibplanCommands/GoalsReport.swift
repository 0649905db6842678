import BibplanCore

/// `goals`: the goal tree with status and progress, and the initiatives under each goal.
enum GoalsReport {
    static let statusWidth = 14
    static let progressWidth = 20

    /// Goals depth first, in file order among siblings, with their depth (0 for a top-level goal).
    static func tree(_ index: LibraryIndex) -> [(goal: Goal, level: Int)] {
        var result: [(goal: Goal, level: Int)] = []
        var visited = Set<String>()
        func visit(_ goal: Goal, level: Int) {
            guard visited.insert(goal.id).inserted else { return }
            result.append((goal, level))
            for child in index.children(ofGoal: goal.id) { visit(child, level: level + 1) }
        }
        for goal in index.topLevelGoals { visit(goal, level: 0) }
        return result
    }

    /// An ended plan (its last day before `today`) says so, and its goals' status is `historisk`.
    static func text(_ index: LibraryIndex, _ language: Language, today: Day) -> String {
        var header = SafeText.line(index.library.name)
        if let plan = index.library.plan { header += ": " + SafeText.line(plan.title) }
        let ended = index.library.planEnded(before: today)
        if ended { header += language.pick(" (udløbet; målene er historiske)", " (ended; the goals are history)") }
        var lines = [header, ""]
        let goals = tree(index)
        if goals.isEmpty { lines.append(language.pick("Ingen mål.", "No goals.")) }
        for (goal, level) in goals {
            let indent = String(repeating: "  ", count: level)
            let status = ended ? language.pick("historisk", "historical") : goal.status.word(language)
            lines.append(PlainText.padded(status, to: statusWidth)
                + PlainText.padded(progress(of: goal, index, language), to: progressWidth)
                + indent + SafeText.line(goal.title))
            for measure in goal.measures {
                lines.append(PlainText.padded("", to: statusWidth + progressWidth) + indent + "  "
                    + language.pick("måling: ", "measure: ") + SafeText.line(measure.text(language)))
            }
            for initiative in index.initiatives(ofGoal: goal.id) {
                lines.append(initiativeLine(initiative, indent: indent + "  ", language))
            }
        }
        let unlinked = index.library.initiatives.filter { $0.goals.isEmpty }
        if !unlinked.isEmpty {
            lines += ["", language.pick("Initiativer uden mål:", "Initiatives without a goal:")]
            lines += unlinked.map { initiativeLine($0, indent: "", language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `65 %` for a goal without sub-goals; `65 % (samlet 68 %)` for a parent.
    static func progress(of goal: Goal, _ index: LibraryIndex, _ language: Language) -> String {
        let own = percent(goal.progress, language)
        guard !index.children(ofGoal: goal.id).isEmpty else { return own }
        let rolledUp = percent(index.rolledUpProgress(ofGoal: goal.id), language)
        return own + language.pick(" (samlet ", " (overall ") + rolledUp + ")"
    }

    static func percent(_ value: Int, _ language: Language) -> String {
        language.percent(value)
    }

    static func initiativeLine(_ initiative: Initiative, indent: String, _ language: Language) -> String {
        PlainText.padded(initiative.status.word(language), to: statusWidth)
            + PlainText.padded("", to: progressWidth)
            + indent + language.pick("initiativ: ", "initiative: ") + SafeText.line(initiative.title)
    }

    /// `{"library", "planEnded", "goals": [{"id", "parent", "title", "status", "progress", "rolledUpProgress",
    /// "measures", "initiatives": [ids]}], "initiatives": [{"id", "title", "status", "goals": [ids]}]}`;
    /// goals in tree order (depth first).
    static func json(_ index: LibraryIndex, today: Day) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", index.library.id)
        writer.field("planEnded", index.library.planEnded(before: today))
        writer.key("goals")
        writer.beginArray()
        for (goal, _) in tree(index) {
            writer.beginObject()
            writer.field("id", goal.id)
            writer.field("parent", optional: goal.parent)
            writer.field("title", goal.title)
            writer.field("status", goal.status.rawValue)
            writer.field("progress", goal.progress)
            writer.field("rolledUpProgress", index.rolledUpProgress(ofGoal: goal.id))
            writer.measures(goal.measures)
            writer.field("initiatives", index.initiatives(ofGoal: goal.id).map(\.id))
            writer.endObject()
        }
        writer.endArray()
        writer.key("initiatives")
        writer.beginArray()
        for initiative in index.library.initiatives {
            writer.beginObject(inline: true)
            writer.field("id", initiative.id)
            writer.field("title", initiative.title)
            writer.field("status", initiative.status.rawValue)
            writer.field("goals", initiative.goals)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }
}
