/// The words for each status and audience, in Danish and English: the same in
/// the full-screen program, the command line and reports.
extension GoalStatus {
    public func word(_ language: Language) -> String {
        switch self {
        case .notStarted: return language.pick("ikke startet", "not started")
        case .onTrack: return language.pick("på sporet", "on track")
        case .atRisk: return language.pick("i fare", "at risk")
        case .offTrack: return language.pick("bagud", "off track")
        case .done: return language.pick("nået", "done")
        }
    }
}

extension InitiativeStatus {
    public func word(_ language: Language) -> String {
        switch self {
        case .idea: return language.pick("idé", "idea")
        case .planned: return language.pick("planlagt", "planned")
        case .active: return language.pick("i gang", "active")
        case .paused: return language.pick("sat på pause", "paused")
        case .done: return language.pick("afsluttet", "done")
        case .cancelled: return language.pick("aflyst", "cancelled")
        }
    }
}

extension Audience {
    public func word(_ language: Language) -> String {
        switch self {
        case .children: return language.pick("børn", "children")
        case .youth: return language.pick("unge", "youth")
        case .adults: return language.pick("voksne", "adults")
        case .seniors: return language.pick("seniorer", "seniors")
        case .families: return language.pick("familier", "families")
        case .all: return language.pick("alle", "all")
        }
    }
}

extension Theme {
    public func word(_ language: Language) -> String {
        switch self {
        case .reading: return language.pick("læsning", "reading")
        case .democracy: return language.pick("demokrati", "democracy")
        case .volunteering: return language.pick("frivillighed", "volunteering")
        case .sustainability: return language.pick("bæredygtighed og verdensmål", "sustainability and the SDGs")
        case .digitalLiteracy: return language.pick("digital dannelse", "digital literacy")
        case .children: return language.pick("børn og unge", "children and youth")
        case .communities: return language.pick("fællesskaber", "communities")
        case .coCreation: return language.pick("samskabelse og partnerskaber", "co-creation and partnerships")
        case .learning: return language.pick("læring og viden", "learning and knowledge")
        case .culture: return language.pick("kultur og oplevelser", "culture and experiences")
        case .digitalisation: return language.pick("digitalisering", "digitalisation")
        }
    }
}

extension EventStatus {
    public func word(_ language: Language) -> String {
        switch self {
        case .draft: return language.pick("kladde", "draft")
        case .planned: return language.pick("planlagt", "planned")
        case .published: return language.pick("offentliggjort", "published")
        case .cancelled: return language.pick("aflyst", "cancelled")
        case .done: return language.pick("afholdt", "done")
        }
    }
}
