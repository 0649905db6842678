import BibplanCore

/// What a volunteer's `today`, `agenda` and `roster` print: built from the
/// `VolunteerPortal` only, so other volunteers appear by first name and nothing else.
public enum VolunteerReport {
    public static func text(_ portal: VolunteerPortal, title: String, _ language: Language) -> String {
        var lines = [SafeText.line(portal.libraryName) + ", " + SafeText.line(portal.me.name) + ": " + title, ""]
        lines.append(language.pick("Dine kommende vagter", "Your coming shifts"))
        if portal.coming.isEmpty { lines.append("  " + language.pick("Ingen.", "None.")) }
        for shift in portal.coming { lines += shiftLines(shift, language) }
        if !portal.past.isEmpty {
            lines += ["", language.pick("Tidligere vagter", "Past shifts") + " (" + NumberText.hours(portal.pastMinutes(), language) + ")"]
            for shift in portal.past { lines += shiftLines(shift, language, roster: false) }
        }
        lines += ["", language.pick("Ledige vagter i dine grupper", "Open slots in your groups")]
        if portal.open.isEmpty { lines.append("  " + language.pick("Ingen.", "None.")) }
        for slot in portal.open {
            lines.append(occasionLine(slot.occasion, language) + "  " + missing(slot.occasion.missing, language))
            lines += rosterLine(slot.occasion.roster, language)
        }
        if portal.signupAllowed {
            lines += ["", language.pick("Tilmeld og afmeld dig i programmet (bibplan uden kommando).",
                                        "Sign up and withdraw in the program (bibplan without a command).")]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `3 t 30 min` / `3 h 30 min`.
    private static func shiftLines(_ shift: VolunteerPortal.MyShift, _ language: Language, roster: Bool = true) -> [String] {
        var line = occasionLine(shift.occasion, language)
        if !shift.role.isEmpty { line += "  – " + SafeText.line(shift.role) }
        guard roster else { return [line] }
        let others = shift.occasion.roster.filter { !$0.isMe }
        var lines = [line] + rosterLine(others, language)
        if shift.occasion.missing > 0 { lines.append(String(repeating: " ", count: 25) + missing(shift.occasion.missing, language)) }
        return lines
    }

    private static func occasionLine(_ occasion: VolunteerPortal.Occasion, _ language: Language) -> String {
        let when = occasion.start.map { $0.clock + "–" + (occasion.end?.clock ?? "") } ?? language.pick("aflyst", "cancelled")
        var line = "  " + PlainText.padded(DateNames.short(occasion.day, language), to: 11) + PlainText.padded(when, to: 12)
            + SafeText.line(occasion.title)
        if !occasion.location.isEmpty { line += "  (" + SafeText.line(occasion.location) + ")" }
        return line
    }

    private static func rosterLine(_ roster: [VolunteerPortal.Colleague], _ language: Language) -> [String] {
        guard !roster.isEmpty else { return [] }
        let names = roster.map { SafeText.line($0.firstName) + ($0.role.isEmpty ? "" : " (" + SafeText.line($0.role) + ")") }
        return [String(repeating: " ", count: 25) + language.pick("Med: ", "With: ") + names.joined(separator: ", ")]
    }

    private static func missing(_ count: Int, _ language: Language) -> String {
        language.pick("mangler \(count)", "\(count) missing")
    }

    // MARK: JSON

    /// `{"library", "from", "to", "volunteer": {"id", "name"}, "signup", "shifts": [...], "past": [...],
    /// "pastMinutes", "openSlots": [...]}`; a roster entry is `{"name", "role"}` with the first name only.
    public static func json(_ portal: VolunteerPortal, range: DayRange) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", portal.library)
        writer.field("from", range.first.iso)
        writer.field("to", range.last.iso)
        writer.key("volunteer")
        writer.beginObject(inline: true)
        writer.field("id", portal.me.id)
        writer.field("name", portal.me.name)
        writer.endObject()
        writer.field("signup", portal.signupAllowed)
        shifts(&writer, "shifts", portal.coming)
        shifts(&writer, "past", portal.past)
        writer.field("pastMinutes", portal.pastMinutes())
        writer.key("openSlots")
        writer.beginArray()
        for slot in portal.open {
            writer.beginObject()
            occasion(&writer, slot.occasion)
            writer.field("maySignUp", slot.maySignUp)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }

    private static func shifts(_ writer: inout JSONWriter, _ key: String, _ shifts: [VolunteerPortal.MyShift]) {
        writer.key(key)
        writer.beginArray()
        for shift in shifts {
            writer.beginObject()
            writer.field("id", shift.id)
            writer.field("role", shift.role)
            occasion(&writer, shift.occasion)
            writer.field("mayWithdraw", shift.mayWithdraw)
            writer.endObject()
        }
        writer.endArray()
    }

    private static func occasion(_ writer: inout JSONWriter, _ occasion: VolunteerPortal.Occasion) {
        writer.field("event", occasion.event)
        writer.field("title", occasion.title)
        writer.field("date", occasion.day.iso)
        writer.field("start", optional: occasion.start?.iso)
        writer.field("end", optional: occasion.end?.iso)
        writer.field("location", occasion.location)
        writer.field("missing", occasion.missing)
        writer.key("roster")
        writer.beginArray()
        for colleague in occasion.roster {
            writer.beginObject(inline: true)
            writer.field("name", colleague.firstName)
            writer.field("role", colleague.role)
            writer.endObject()
        }
        writer.endArray()
    }
}
