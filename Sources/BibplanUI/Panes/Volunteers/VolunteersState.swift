import BibplanCore

/// The volunteers pane's own state: the selection.
public struct VolunteersState: Equatable, Sendable {
    public var list = ListPosition()
    public init() {}
}

/// A volunteer listed under one of their groups.
public struct VolunteerEntry: Equatable, Sendable {
    public let group: String
    public let volunteer: Volunteer
}

extension VolunteersState {
    /// Volunteers by group (a volunteer in two groups appears under both), narrowed by the search.
    public func entries(_ index: LibraryIndex, search: String?) -> [VolunteerEntry] {
        var entries: [VolunteerEntry] = []
        for volunteer in index.library.volunteers {
            if let search, !search.isEmpty, !SearchText.matches(search, in: volunteer.name),
               !volunteer.groups.contains(where: { SearchText.matches(search, in: $0) }) { continue }
            let groups = volunteer.groups.isEmpty ? [""] : volunteer.groups
            for group in groups { entries.append(VolunteerEntry(group: group, volunteer: volunteer)) }
        }
        return entries.sorted { ($0.group, $0.volunteer.name) < ($1.group, $1.volunteer.name) }
    }
}
