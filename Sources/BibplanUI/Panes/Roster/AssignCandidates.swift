import BibplanCore

/// Choosing who takes a shift: the volunteers of the event's groups first, active
/// before inactive, each with what speaks against them.
public struct AssignState: Equatable, Sendable {
    /// Where Esc returns to.
    public enum Origin: Equatable, Sendable {
        case roster
        case openSlots(ListPosition)
    }

    public var occurrence: Occurrence
    public let origin: Origin
    public var position = ListPosition()
    /// Typed letters narrow the list by name.
    public var query = ""
    /// A volunteer with a warning chosen once: Enter again assigns anyway.
    public var confirming: String?

    public init(occurrence: Occurrence, origin: Origin) {
        self.occurrence = occurrence
        self.origin = origin
    }
}

public struct AssignCandidate: Equatable, Sendable {
    public let volunteer: Volunteer
    public let inEventGroups: Bool
    /// Already on this occurrence.
    public let isAssigned: Bool
    /// Another occurrence the volunteer is on at an overlapping time.
    public let doubleBooking: Occurrence?

    public var hasWarning: Bool { !volunteer.active || doubleBooking != nil }

    public static func list(for occurrence: Occurrence, _ index: LibraryIndex, query: String) -> [AssignCandidate] {
        let groups = Set(index.event(of: occurrence).groups)
        let onIt = Set(index.shifts(of: occurrence).map(\.volunteer))
        return index.library.volunteers
            .filter { query.isEmpty || SearchText.matches(query, in: $0.name) }
            .map { volunteer in
                AssignCandidate(volunteer: volunteer, inEventGroups: volunteer.groups.contains { groups.contains($0) },
                                isAssigned: onIt.contains(volunteer.id), doubleBooking: index.overlappingShift(ofVolunteer: volunteer.id, with: occurrence))
            }
            .sorted { ($0.rank, $0.volunteer.name) < ($1.rank, $1.volunteer.name) }
    }

    private var rank: Int { (inEventGroups ? 0 : 2) + (volunteer.active ? 0 : 1) }

    /// Why the volunteer may be a poor choice, in words; empty when nothing speaks against.
    public func warnings(_ index: LibraryIndex, _ language: Language) -> [String] {
        var warnings: [String] = []
        if !volunteer.active { warnings.append(language.pick("inaktiv", "inactive")) }
        if let other = doubleBooking {
            warnings.append(language.pick("optaget: ", "busy: ") + other.start.clock + " " + index.event(of: other).title.firstLine)
        }
        return warnings
    }
}
