import BibplanCore

/// Occurrences as plain text: a line with time, title and place, then the
/// volunteers on shift and what is missing, indented under the title.
enum OccurrenceText {
    /// Lines under an occurrence start where its title starts (after `HH:MM–HH:MM  `).
    static let indent = String(repeating: " ", count: 13)

    /// `staffingState`: also say "fully staffed" when volunteers are needed and none are missing.
    /// `tagWidth`: in a list of several libraries, the library's tag (`[glostrup]`) padded to
    /// this width stands before the title, and the lines under it move along.
    static func block(_ summary: OccurrenceSummary, _ language: Language, staffingState: Bool = false,
                      tagWidth: Int? = nil) -> [String] {
        let tag = tagWidth.map { PlainText.padded(self.tag(summary.libraryID), to: $0) + "  " } ?? ""
        let indent = Self.indent + String(repeating: " ", count: tag.count)
        var head = Labels.timeSpan(summary.occurrence) + "  " + tag + SafeText.line(summary.event.title)
        let place = summary.event.place
        if !place.isEmpty { head += "  (" + SafeText.line(place) + (summary.roomConflict ? language.pick(", dobbeltbooket", ", double-booked") : "") + ")" }
        if let attendance = summary.attendance { head += "  " + attendance.text(language) }
        if let cancellation = summary.cancellation {
            return [head + "  " + language.pick("AFLYST", "CANCELLED") + (cancellation.reason.isEmpty ? "" : ": " + SafeText.line(cancellation.reason))]
        }
        var lines = [head]
        if let notice = summary.notice { lines.append(indent + SafeText.line(notice.text(language))) }
        if let moved = summary.occurrence.movedText(language) { lines.append(indent + moved) }
        for staffing in summary.staff {
            var line = indent + SafeText.line(staffing.name)
            if !staffing.shift.role.isEmpty { line += " (" + SafeText.line(staffing.shift.role) + ")" }
            lines.append(line)
        }
        if summary.missing > 0 {
            lines.append(indent + Labels.missingVolunteers(summary.missing, language))
        } else if staffingState, summary.event.volunteersNeeded > 0 {
            lines.append(indent + Labels.fullyStaffed(language))
        }
        return lines
    }

    /// The occurrences under a heading for each day that has any, days apart by a blank line.
    /// `heading` writes a day's heading (default: the day, with its public holiday).
    static func byDay(_ summaries: [OccurrenceSummary], _ language: Language, staffingState: Bool = false,
                      tagWidth: Int? = nil, heading: ((Day) -> String)? = nil) -> [String] {
        var lines: [String] = []
        var currentDay: Day?
        for summary in summaries {
            if summary.occurrence.day != currentDay {
                currentDay = summary.occurrence.day
                if !lines.isEmpty { lines.append("") }
                lines.append(heading?(summary.occurrence.day) ?? Labels.longDay(summary.occurrence.day, language))
            }
            lines += block(summary, language, staffingState: staffingState, tagWidth: tagWidth)
        }
        return lines
    }

    /// `[glostrup]`: how a list of several libraries marks each occurrence.
    static func tag(_ libraryID: String) -> String { "[" + libraryID + "]" }

    /// The width of the longest tag of these libraries, so what follows the tags lines up.
    static func tagWidth(_ overview: Overview) -> Int {
        overview.libraries.map { tag($0.library.id).count }.max() ?? 0
    }
}
