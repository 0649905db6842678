/// The follow-up report as one self-contained HTML page: no scripts, no fonts, no
/// images, no links out; its style sheet inside, with print rules (A4 margins, no
/// goal split across pages, status colours kept). Written as well-formed XHTML
/// syntax (every element closed, every attribute quoted), so XML tools read it too.
extension FollowUpReport {
    public func html(_ language: Language) -> String {
        (Self.pageStart(title: title(language), language) + content(language, depth: 0, idPrefix: "") + Self.pageEnd).joined(separator: "\n")
    }

    /// From `<!DOCTYPE html>` to `<body>`, with the style sheet.
    static func pageStart(title: String, _ language: Language) -> [String] {
        ["<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\"/>",
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
         "<title>" + html(title) + "</title>", "<style>", styleSheet, "</style>", "</head>", "<body>"]
    }

    static let pageEnd = ["</body>", "</html>", ""]

    /// The report inside `<body>`. `depth`: how many levels every heading moves down;
    /// `idPrefix` keeps the goals' ids apart when several reports share a page.
    func content(_ language: Language, depth: Int, idPrefix: String) -> [String] {
        var out = ["<header>", Self.heading(1 + depth, Self.html(title(language))), "<p class=\"subtitle\">" + Self.html(subtitle(language)) + "</p>"]
        if !library.vision.isEmpty { out.append("<blockquote>" + Self.html(library.vision) + "</blockquote>") }
        out.append("</header>")
        out += summaryHTML(language, depth: depth)
        out += goals.map { goalHTML($0, language, depth: depth, idPrefix: idPrefix) }
        if !unlinked.isEmpty {
            out += ["<section class=\"goal\">", Self.heading(2 + depth, Self.html(language.pick("Initiativer uden mål", "Initiatives without a goal"))),
                    initiativeTable(unlinked, language), "</section>"]
        }
        return out
    }

    /// `<h2>text</h2>` for level 2; at most `h6`.
    static func heading(_ level: Int, _ content: String, attributes: String = "") -> String {
        let name = "h\(min(level, 6))"
        return "<\(name)\(attributes)>" + content + "</\(name)>"
    }

    private func summaryHTML(_ language: Language, depth: Int) -> [String] {
        var out = ["<section class=\"summary\">", Self.heading(2 + depth, language.pick("Sammendrag", "Summary")), "<table>",
                   "<thead><tr><th>Status</th><th class=\"number\">" + language.pick("Mål", "Goals") + "</th></tr></thead>", "<tbody>"]
        for (status, count) in statusCounts {
            out.append("<tr><td>" + badge(status, language) + "</td><td class=\"number\">\(count)</td></tr>")
        }
        out += ["</tbody>", "</table>", "<p>" + Self.html(summarySentence(language)) + "</p>", "</section>"]
        return out
    }

    /// `<span class="number">1.2</span> `, or nothing when the title carries its number.
    private func numberSpan(_ section: GoalSection) -> String {
        section.numberBeforeTitle.isEmpty ? "" : "<span class=\"number\">\(section.numberBeforeTitle)</span> "
    }

    private func goalHTML(_ section: GoalSection, _ language: Language, depth: Int, idPrefix: String) -> String {
        let goal = section.goal
        let level = section.level + 2 + depth
        var out = ["<section class=\"goal level-\(min(section.level, 3))\" id=\"" + Self.html(idPrefix) + "goal-" + Self.html(goal.id) + "\">",
                   Self.heading(level, numberSpan(section) + Self.html(goal.title)),
                   "<dl class=\"facts\">",
                   "<dt>Status</dt><dd>" + badge(goal.status, language) + "</dd>",
                   "<dt>" + language.pick("Fremdrift", "Progress") + "</dt><dd>" + progressBar(section, language) + "</dd>"]
        if let health = section.health {
            out.append("<dt>" + language.pick("Beregnet", "Computed") + "</dt><dd>" + Self.html(Self.healthText(health, language)) + "</dd>")
        }
        if !goal.owner.isEmpty { out.append("<dt>" + language.pick("Ansvarlig", "Owner") + "</dt><dd>" + Self.html(goal.owner) + "</dd>") }
        if let due = goal.due { out.append("<dt>" + language.pick("Frist", "Due") + "</dt><dd>" + Self.html(Self.dayText(due, language)) + "</dd>") }
        if let priority = goal.priority { out.append("<dt>" + language.pick("Prioritet", "Priority") + "</dt><dd>\(priority)</dd>") }
        out.append("</dl>")
        if !goal.description.isEmpty { out.append("<p class=\"description\">" + Self.html(goal.description) + "</p>") }
        if !goal.successCriteria.isEmpty {
            out.append(Self.heading(level + 1, language.pick("Succeskriterier", "Success criteria"), attributes: " class=\"label\""))
            out.append("<ul class=\"criteria\">" + goal.successCriteria.map { "<li>" + Self.html($0) + "</li>" }.joined() + "</ul>")
        }
        if !goal.measures.isEmpty {
            out.append(Self.heading(level + 1, language.pick("Målinger", "Measures"), attributes: " class=\"label\""))
            out.append("<ul class=\"measures\">" + goal.measures.map { "<li>" + Self.html($0.text(language)) + "</li>" }.joined() + "</ul>")
        }
        if !section.initiatives.isEmpty { out.append(initiativeTable(section.initiatives, language)) }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    private func initiativeTable(_ lines: [InitiativeLine], _ language: Language) -> String {
        let numbers = [language.pick("Arrangementer", "Events"), language.pick("Frivillige vagter", "Volunteer shifts"),
                       language.pick("Frivillige timer", "Volunteer hours")]
        var out = ["<table class=\"initiatives\">", "<thead><tr><th>" + language.pick("Initiativ", "Initiative") + "</th><th>Status</th><th>"
            + language.pick("Partnere", "Partners") + "</th>" + numbers.map { "<th class=\"number\">\($0)</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for line in lines {
            let partners = line.initiative.partners.isEmpty ? "–" : Self.html(line.initiative.partners.joined(separator: ", "))
            out.append("<tr><td>" + Self.html(line.initiative.title) + "</td><td>" + Self.html(line.initiative.status.word(language))
                + "</td><td>" + partners + "</td><td class=\"number\">\(line.effort.occurrences)</td><td class=\"number\">\(line.effort.shifts)</td>"
                + "<td class=\"number\">" + VolunteerHours.hoursText(line.effort.minutes, decimalComma: language == .danish) + "</td></tr>")
        }
        out += ["</tbody>", "</table>"]
        return out.joined(separator: "\n")
    }

    private func badge(_ status: GoalStatus, _ language: Language) -> String {
        "<span class=\"status \(status.rawValue)\">" + Self.html(status.word(language)) + "</span>"
    }

    private func progressBar(_ section: GoalSection, _ language: Language) -> String {
        let value = max(0, min(100, section.hasSubGoals ? section.rolledUpProgress : section.goal.progress))
        return "<span class=\"bar\"><span style=\"width: \(value)%\"></span></span> " + Self.html(progressText(section, language))
    }

    /// Text for element content and attribute values: `&`, `<`, `>`, `"`, `'`
    /// escaped, after the sanitiser (which also replaces what XML forbids).
    static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in SafeText.lines(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let styleSheet = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
    h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
    .subtitle { color: #555; margin-top: 0; }
    blockquote { border-left: 4px solid #ccc; margin: 1rem 0; padding: 0.2rem 1rem; color: #444; }
    section.goal { border-top: 1px solid #ddd; padding-top: 0.5rem; margin-top: 1.5rem; }
    section.level-1 { margin-left: 1.5rem; }
    section.level-2, section.level-3 { margin-left: 3rem; }
    .number { color: #666; font-variant-numeric: tabular-nums; }
    td.number, th.number { text-align: right; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    .label { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
    table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.92rem; }
    th, td { border-bottom: 1px solid #e2e2e2; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #999; }
    .status { display: inline-block; padding: 0 0.5rem; border-radius: 0.8rem; border: 1px solid currentColor; font-size: 0.88rem; }
    .status.on-track { color: #1a6b2e; background: #e5f4e8; }
    .status.at-risk { color: #8a5a00; background: #fff3d6; }
    .status.off-track { color: #a11d1d; background: #fde6e6; }
    .status.done { color: #234d8c; background: #e4ecf8; }
    .status.not-started { color: #555; background: #f0f0f0; }
    .bar { display: inline-block; width: 8rem; height: 0.6rem; border: 1px solid #888; vertical-align: middle; }
    .bar span { display: block; height: 100%; background: #4a7bd0; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    @page { size: A4; margin: 18mm 16mm; }
    article.library { border-top: 3px solid #999; margin-top: 3rem; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10.5pt; }
      article.library { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }
      section.goal, tr { break-inside: avoid; page-break-inside: avoid; }
      h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
    }
    """
}
