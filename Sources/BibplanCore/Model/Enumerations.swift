/// Closed vocabularies of schema 1. Raw values are the words in the file.

public enum GoalStatus: String, CaseIterable, Codable, Sendable {
    case notStarted = "not-started", onTrack = "on-track", atRisk = "at-risk", offTrack = "off-track", done
}

public enum InitiativeStatus: String, CaseIterable, Codable, Sendable {
    case idea, planned, active, paused, done, cancelled
}

/// The shared vocabulary of themes that lets several libraries' strategies be
/// lined up side by side (issue 10): who else works on the same thing.
public enum Theme: String, CaseIterable, Codable, Sendable {
    case reading, democracy, volunteering, sustainability, digitalLiteracy = "digital-literacy", children, communities
    case coCreation = "co-creation", learning, culture
    /// Digital infrastructure, communication and services (the sector meeting's theme), beside digital literacy.
    case digitalisation
}

public enum Audience: String, CaseIterable, Codable, Sendable {
    case children, youth, adults, seniors, families, all
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// `"a", "b" or "c"`, for messages that list the allowed words.
    public static var allowedWords: String {
        let words = allCases.map { "\"\($0.rawValue)\"" }
        return words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }
}
