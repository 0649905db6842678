/// The follow-up report as CommonMark with GitHub tables. Text from the data is
/// escaped, so a title with `*`, `|` or `<` reads as written.
extension FollowUpReport {
    public func markdown(_ language: Language) -> String {
        markdown(language, depth: 0)
    }

    /// `depth`: how many levels every heading moves down (1 inside the report across libraries).
    func markdown(_ language: Language, depth: Int) -> String {
        var lines = [Self.hashes(1 + depth) + " " + Self.md(title(language)), "", Self.md(subtitle(language)), ""]
        if !library.vision.isEmpty { lines += ["> " + Self.md(library.vision), ""] }
        lines += summaryMarkdown(language, depth: depth)
        for section in goals { lines += goalMarkdown(section, language, depth: depth) }
        if !unlinked.isEmpty {
            lines += [Self.hashes(2 + depth) + " " + language.pick("Initiativer uden mål", "Initiatives without a goal"), ""]
            lines += initiativeTable(unlinked, language) + [""]
        }
        return lines.joined(separator: "\n")
    }

    /// The marker of a heading of this level (at most 6).
    static func hashes(_ level: Int) -> String { String(repeating: "#", count: min(level, 6)) }

    private func summaryMarkdown(_ language: Language, depth: Int) -> [String] {
        var lines = [Self.hashes(2 + depth) + " " + language.pick("Sammendrag", "Summary"), "",
                     "| " + language.pick("Status", "Status") + " | " + language.pick("Mål", "Goals") + " |", "|---|---:|"]
        lines += statusCounts.map { "| \(Self.statusWord($0.status, language)) | \($0.count) |" }
        return lines + ["", Self.md(summarySentence(language)), ""]
    }

    private func goalMarkdown(_ section: GoalSection, _ language: Language, depth: Int) -> [String] {
        let goal = section.goal
        let hashes = Self.hashes(section.level + 2 + depth)
        let number = section.numberBeforeTitle.isEmpty ? "" : section.numberBeforeTitle + " "
        var lines = [hashes + " " + number + Self.md(goal.title), ""]
        var facts = ["**" + language.pick("Status", "Status") + ":** " + goal.status.word(language),
                     "**" + language.pick("Fremdrift", "Progress") + ":** " + progressText(section, language)]
        if let health = section.health {
            facts.append("**" + language.pick("Beregnet", "Computed") + ":** " + Self.healthText(health, language))
        }
        if !goal.owner.isEmpty { facts.append("**" + language.pick("Ansvarlig", "Owner") + ":** " + Self.md(goal.owner)) }
        if let due = goal.due { facts.append("**" + language.pick("Frist", "Due") + ":** " + Self.dayText(due, language)) }
        if let priority = goal.priority { facts.append("**" + language.pick("Prioritet", "Priority") + ":** \(priority)") }
        lines += [facts.joined(separator: " · "), ""]
        if !goal.description.isEmpty { lines += [Self.md(goal.description), ""] }
        if !goal.successCriteria.isEmpty {
            lines += [language.pick("Succeskriterier:", "Success criteria:"), ""]
            lines += goal.successCriteria.map { "- " + Self.md($0) } + [""]
        }
        if !goal.measures.isEmpty {
            lines += [language.pick("Målinger:", "Measures:"), ""]
            lines += goal.measures.map { "- " + Self.md($0.text(language)) } + [""]
        }
        if !section.initiatives.isEmpty {
            lines += [language.pick("Initiativer:", "Initiatives:"), ""] + initiativeTable(section.initiatives, language) + [""]
        }
        return lines
    }

    private func initiativeTable(_ lines: [InitiativeLine], _ language: Language) -> [String] {
        let header = [language.pick("Initiativ", "Initiative"), "Status", language.pick("Partnere", "Partners"),
                      language.pick("Arrangementer", "Events"), language.pick("Frivillige vagter", "Volunteer shifts"),
                      language.pick("Frivillige timer", "Volunteer hours")]
        var rows = ["| " + header.joined(separator: " | ") + " |", "|---|---|---|---:|---:|---:|"]
        for line in lines {
            let cells = [Self.md(line.initiative.title), line.initiative.status.word(language),
                         line.initiative.partners.isEmpty ? "–" : Self.md(line.initiative.partners.joined(separator: ", ")),
                         String(line.effort.occurrences), String(line.effort.shifts),
                         VolunteerHours.hoursText(line.effort.minutes, decimalComma: language == .danish)]
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        return rows
    }

    /// Inline text from the data, through the sanitiser (line breaks become spaces);
    /// Markdown's own characters get a backslash; a leading list or heading marker is defused.
    static func md(_ text: String) -> String {
        var result = ""
        for character in SafeText.line(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#":
                result.append("\\")
                result.append(character)
            default: result.append(character)
            }
        }
        if let first = result.first, "-+=".contains(first) { result.insert("\\", at: result.startIndex) }
        if let dot = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != result.startIndex,
           result[dot] == "." || result[dot] == ")" {
            result.insert("\\", at: dot)
        }
        return result
    }
}
