/// The name a form's field is read by: a typo is a compile error, not an empty field.
/// The raw value orders the errors when none is on the focused field.
public enum FieldKey: String, Hashable, Sendable {
    // Goals, initiatives, events.
    case title, description, owner, status, progress, due, priority, criteria
    case partners, from, to, funding, notes
    case date, time, duration, room, location, category, audience, initiative, groups, needed, capacity
    case repeats = "repeat"
    // Volunteers and shifts.
    case name, phone, email, active, role
    // The library's settings.
    case vision, planTitle, planFrom, planTo, rooms, categories, closing, selfService, staffed, holidays, signup
}
