import BibplanCore

/// `roster`: the events of a period that need volunteers, with who is on shift and
/// what is open; or one volunteer's shifts in the period.
enum RosterReport {
    static func occurrences(_ index: LibraryIndex, range: DayRange) -> [OccurrenceSummary] {
        OccurrenceSummary.all(in: range, of: index).filter(\.involvesVolunteers)
    }

    static func text(_ index: LibraryIndex, range: DayRange, _ language: Language) -> String {
        let summaries = occurrences(index, range: range)
        var lines = [SafeText.line(index.library.name) + ": " + language.pick("vagtplan ", "roster ") + Labels.period(range, language), ""]
        if summaries.isEmpty {
            lines.append(language.pick("Ingen arrangementer med frivillige i perioden.", "No events with volunteers in this period."))
        }
        lines += OccurrenceText.byDay(summaries, language, staffingState: true)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"library", "from", "to", "occurrences": [...]}`: the occurrences that need or have volunteers.
    static func json(_ index: LibraryIndex, range: DayRange) -> String {
        OccurrenceSummary.periodJSON(index, range: range, occurrences(index, range: range))
    }

    // MARK: One volunteer

    /// A shift with its occurrence; nil when the event no longer has that day.
    typealias PlacedShift = (shift: Shift, event: Event?, occurrence: Occurrence?)

    static func shifts(of volunteer: Volunteer, _ index: LibraryIndex, range: DayRange) -> [PlacedShift] {
        index.shifts(ofVolunteer: volunteer.id)
            .filter { range.contains($0.date) }
            .map { shift in
                let occurrence = index.occurrence(of: shift) // a changed time shows its own title
                return (shift: shift, event: occurrence.map(index.event(of:)) ?? index.event(shift.event), occurrence: occurrence)
            }
            .sorted { ($0.shift.date, $0.occurrence?.start.minutes ?? 0) < ($1.shift.date, $1.occurrence?.start.minutes ?? 0) }
    }

    static func volunteerText(_ index: LibraryIndex, volunteer: Volunteer, range: DayRange, _ language: Language) -> String {
        let placed = shifts(of: volunteer, index, range: range)
        var lines = [SafeText.line(index.library.name) + ", " + SafeText.line(volunteer.name) + ": "
            + language.pick("vagter ", "shifts ") + Labels.period(range, language), ""]
        if placed.isEmpty { lines.append(language.pick("Ingen vagter i perioden.", "No shifts in this period.")) }
        for item in placed {
            let when = item.occurrence.map(Labels.timeSpan) ?? language.pick("aflyst", "cancelled")
            var line = PlainText.padded(DateNames.short(item.shift.date, language), to: 12)
                + PlainText.padded(when, to: 13) + SafeText.line(item.event?.title ?? item.shift.event)
            if let location = item.event?.place, !location.isEmpty { line += "  (" + SafeText.line(location) + ")" }
            if !item.shift.role.isEmpty { line += "  – " + SafeText.line(item.shift.role) }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"library", "from", "to", "volunteer": {"id", "name"}, "shifts": [{"id", "event", "title",
    /// "date", "start", "end", "location", "role"}]}`; `start` and `end` are null when the
    /// event no longer occurs that day.
    static func volunteerJSON(_ index: LibraryIndex, volunteer: Volunteer, range: DayRange) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", index.library.id)
        writer.field("from", range.first.iso)
        writer.field("to", range.last.iso)
        writer.key("volunteer")
        writer.beginObject(inline: true)
        writer.field("id", volunteer.id)
        writer.field("name", volunteer.name)
        writer.endObject()
        writer.key("shifts")
        writer.beginArray()
        for item in shifts(of: volunteer, index, range: range) {
            writer.beginObject()
            writer.field("id", item.shift.id)
            writer.field("event", item.shift.event)
            writer.field("title", item.event?.title ?? "")
            writer.field("date", item.shift.date.iso)
            writer.field("start", optional: item.occurrence?.start.iso)
            writer.field("end", optional: item.occurrence?.end.iso)
            writer.field("location", item.event?.place ?? "")
            writer.field("role", item.shift.role)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }
}
