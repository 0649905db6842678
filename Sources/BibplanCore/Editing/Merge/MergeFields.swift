/// Every field of every kind of item, taken from the schema's own keys. Each switch
/// is exhaustive, so a key added to the schema does not compile until the merge
/// knows how to merge it: no field is ever merged by falling back to one side.
extension LibraryKey {
    /// nil for the lists, which are merged item by item.
    var mergeField: MergeField<Library>? {
        switch self {
        case .schema: MergeField(rawValue, \.schema)
        case .id: MergeField(rawValue, \.id)
        case .name: MergeField(rawValue, \.name)
        case .municipality: MergeField(rawValue, \.municipality)
        case .address: MergeField(rawValue, \.address)
        case .timeZone: MergeField(rawValue, \.timeZone)
        case .openingHours: MergeField(rawValue, \.openingHours)
        case .closingDays: MergeField(rawValue, \.closingDays)
        case .vision: MergeField(rawValue, \.vision)
        case .plan: MergeField(rawValue, \.plan)
        case .rooms: MergeField(rawValue, \.rooms)
        case .categories: MergeField(rawValue, \.categories)
        case .volunteerSignup: MergeField(rawValue, \.volunteerSignup)
        case .exampleContent: MergeField(rawValue, \.exampleContent)
        case .sendmail: MergeField(rawValue, \.sendmail)
        case .language: MergeField(rawValue, \.language)
        case .goals, .initiatives, .events, .volunteers, .shifts: nil
        }
    }
}

extension GoalKey {
    var mergeField: MergeField<Goal> {
        switch self {
        case .id: MergeField(rawValue, \.id)
        case .parent: MergeField(rawValue, \.parent)
        case .title: MergeField(rawValue, \.title)
        case .description: MergeField(rawValue, \.description)
        case .owner: MergeField(rawValue, \.owner)
        case .status: MergeField(rawValue, \.status)
        case .progress: MergeField(rawValue, \.progress)
        case .successCriteria: MergeField(rawValue, \.successCriteria)
        case .due: MergeField(rawValue, \.due)
        case .themes: MergeField(rawValue, \.themes)
        case .measures: MergeField(rawValue, \.measures)
        case .priority: MergeField(rawValue, \.priority)
        case .contributes: MergeField(rawValue, \.contributes)
        }
    }
}

extension InitiativeKey {
    var mergeField: MergeField<Initiative> {
        switch self {
        case .id: MergeField(rawValue, \.id)
        case .title: MergeField(rawValue, \.title)
        case .goals: MergeField(rawValue, \.goals)
        case .owner: MergeField(rawValue, \.owner)
        case .partners: MergeField(rawValue, \.partners)
        case .status: MergeField(rawValue, \.status)
        case .from: MergeField(rawValue, \.from)
        case .to: MergeField(rawValue, \.to)
        case .funding: MergeField(rawValue, \.funding)
        case .notes: MergeField(rawValue, \.notes)
        case .themes: MergeField(rawValue, \.themes)
        case .category: MergeField(rawValue, \.category)
        case .contributes: MergeField(rawValue, \.contributes)
        }
    }
}

extension EventKey {
    var mergeField: MergeField<Event> {
        switch self {
        case .id: MergeField(rawValue, \.id)
        case .title: MergeField(rawValue, \.title)
        case .start: MergeField(rawValue, \.start)
        case .durationMinutes: MergeField(rawValue, \.durationMinutes)
        case .rrule: MergeField(rawValue, \.rrule)
        case .exdates: MergeField(rawValue, \.exdates)
        case .onClosingDay: MergeField(rawValue, \.onClosingDay)
        case .location: MergeField(rawValue, \.location)
        case .audience: MergeField(rawValue, \.audience)
        case .initiative: MergeField(rawValue, \.initiative)
        case .capacity: MergeField(rawValue, \.capacity)
        case .groups: MergeField(rawValue, \.groups)
        case .volunteersNeeded: MergeField(rawValue, \.volunteersNeeded)
        case .description: MergeField(rawValue, \.description)
        case .status: MergeField(rawValue, \.status)
        case .room: MergeField(rawValue, \.room)
        case .category: MergeField(rawValue, \.category)
        case .cancellations: MergeField(rawValue, \.cancellations)
        case .registrations: MergeField(rawValue, \.registrations)
        case .overrides: MergeField(rawValue, \.overrides)
        }
    }
}

extension VolunteerKey {
    var mergeField: MergeField<Volunteer> {
        switch self {
        case .id: MergeField(rawValue, \.id)
        case .name: MergeField(rawValue, \.name)
        case .groups: MergeField(rawValue, \.groups)
        case .phone: MergeField(rawValue, \.phone)
        case .email: MergeField(rawValue, \.email)
        case .active: MergeField(rawValue, \.active)
        case .notes: MergeField(rawValue, \.notes)
        }
    }
}

extension ShiftKey {
    var mergeField: MergeField<Shift> {
        switch self {
        case .id: MergeField(rawValue, \.id)
        case .event: MergeField(rawValue, \.event)
        case .date: MergeField(rawValue, \.date)
        case .volunteer: MergeField(rawValue, \.volunteer)
        case .role: MergeField(rawValue, \.role)
        case .offered: MergeField(rawValue, \.offered)
        }
    }
}

/// The fields of each kind, made once.
enum MergeFields {
    static let library = LibraryKey.allCases.compactMap(\.mergeField)
    static let goals = GoalKey.allCases.map(\.mergeField)
    static let initiatives = InitiativeKey.allCases.map(\.mergeField)
    static let events = EventKey.allCases.map(\.mergeField)
    static let volunteers = VolunteerKey.allCases.map(\.mergeField)
    static let shifts = ShiftKey.allCases.map(\.mergeField)
}
