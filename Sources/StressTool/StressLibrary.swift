import BibplanCore

/// The library every worker changes, and the names around it.
enum StressLibrary {
    static let id = "stress"
    static var fileName: String { LibraryStore.fileName(id) }

    /// Small and valid: one goal, one initiative, one weekly event, one volunteer on one shift.
    static func initial() -> Library? {
        guard let start = Day(iso: "2026-01-05"), let end = Day(iso: "2026-12-31"),
              let first = LocalDateTime(iso: "2026-01-05T16:00") else { return nil }
        return Library(
            id: id, name: "Stressbiblioteket", municipality: "Testkommune", address: "Prøvevej 1, 2600 Glostrup",
            vision: "Mange hænder, én fil.",
            plan: Plan(title: "Belastningsprøve", from: start, to: end),
            goals: [Goal(id: "g1", title: "Ingen ændring går tabt", status: .onTrack, progress: 50)],
            initiatives: [Initiative(id: "i1", title: "Samtidige gemninger", goals: ["g1"], status: .active)],
            events: [Event(id: "e1", title: "Lektiecafé", start: first, durationMinutes: 120, rrule: "FREQ=WEEKLY;BYDAY=MO",
                           location: "Salen", audience: .youth, initiative: "i1", groups: ["Lektiehjælp"], volunteersNeeded: 1)],
            volunteers: [Volunteer(id: "v1", name: "Karen Holm", groups: ["Lektiehjælp"])],
            shifts: [Shift(id: "s1", event: "e1", date: start, volunteer: "v1", role: "Vært")])
    }

    /// The id worker `worker` gives its change number `change`.
    static func volunteerID(worker: Int, change: Int) -> String { "w\(worker)-\(change)" }

    static func ackFile(worker: Int) -> String { "acked-\(worker).txt" }
}
