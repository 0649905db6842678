import BibplanCore

/// The library's own settings, as the settings form edits them.
public struct LibrarySettings: Equatable, Sendable {
    public var name: String
    public var vision: String
    public var plan: Plan?
    public var rooms: [Room]
    public var categories: [Category]
    public var closingDays: [ClosingDay]
    public var openingHours: OpeningHours?
    public var volunteerSignup: Bool?

    public init(_ library: Library) {
        name = library.name
        vision = library.vision
        plan = library.plan
        rooms = library.rooms
        categories = library.categories
        closingDays = library.closingDays
        openingHours = library.openingHours
        volunteerSignup = library.volunteerSignup
    }

    public func apply(to library: inout Library) {
        library.name = name
        library.vision = vision
        library.plan = plan
        library.rooms = rooms
        library.categories = categories
        library.closingDays = closingDays
        library.openingHours = openingHours
        library.volunteerSignup = volunteerSignup
    }
}

/// The settings form (`B`): name, vision, plan, rooms, closing days, opening hours,
/// public holidays and volunteer sign-up, each a line of text or a choice.
enum LibraryFields {
    static func form(_ library: Library, _ language: Language) -> EditForm {
        let settings = LibrarySettings(library)
        let hours = settings.openingHours ?? OpeningHours()
        let used = Set(library.events.compactMap(\.category) + library.initiatives.compactMap(\.category))
        return EditForm(subject: .settings(settings, usedRooms: Set(library.events.compactMap(\.room)), usedCategories: used), isNew: false,
                        heading: language.pick("Biblioteket", "The library"), fields: [
            .text(.name, language.pick("Navn", "Name"), settings.name),
            .text(.vision, "Vision", settings.vision),
            .text(.planTitle, language.pick("Plan", "Plan"), settings.plan?.title ?? ""),
            .text(.planFrom, language.pick("Plan fra", "Plan from"), settings.plan?.from?.iso ?? ""),
            .text(.planTo, language.pick("Plan til", "Plan to"), settings.plan?.to?.iso ?? ""),
            .text(.rooms, language.pick("Lokaler", "Rooms"), SettingsText.rooms(settings.rooms)),
            .text(.categories, language.pick("Kategorier", "Categories"), SettingsText.categories(settings.categories, language)),
            .text(.selfService, language.pick("Selvbetjening", "Self-service"), SettingsText.hours(hours.selfService, language)),
            .text(.staffed, language.pick("Betjent", "Staffed"), SettingsText.hours(hours.staffed, language)),
            .choice(.holidays, language.pick("Helligdage", "Public holidays"), options: PublicHolidays.allCases.map(\.rawValue),
                    labels: [language.pick("lukket", "closed"), language.pick("åbent", "open")], selected: hours.publicHolidays.rawValue),
            .text(.closing, language.pick("Lukkedage", "Closing days"), SettingsText.closingDays(settings.closingDays)),
            .choice(.signup, language.pick("Frivillige melder sig", "Volunteers sign up"), options: ["false", "true"],
                    labels: [language.pick("via koordinatoren", "through the coordinator"), language.pick("selv", "themselves")],
                    selected: String(settings.volunteerSignup == true)),
        ])
    }

    static func read(_ original: LibrarySettings, usedRooms: Set<String>, usedCategories: Set<String>,
                     _ reader: inout FormReader) -> LibrarySettings {
        var settings = original
        settings.name = reader.required(.name)
        settings.vision = reader.text(.vision)
        let title = reader.text(.planTitle), from = reader.day(.planFrom), to = reader.day(.planTo)
        if let from, let to, to < from { reader.fail(.planTo, "før planens start", "before the plan's start") }
        settings.plan = title.isEmpty && from == nil && to == nil ? nil : Plan(title: title, from: from, to: to)
        settings.rooms = settingsValue(.rooms, SettingsText.rooms(reader.form[.rooms]), original.rooms, &reader)
        if let missing = usedRooms.subtracting(settings.rooms.map(\.name)).sorted().first {
            reader.fail(.rooms, "«\(missing)» bruges af arrangementer", "«\(missing)» is used by events")
        }
        let categories = SettingsText.categories(reader.form[.categories])
        settings.categories = settingsValue(.categories, categories, original.categories, &reader)
        if let missing = usedCategories.subtracting(settings.categories.map(\.id)).sorted().first {
            reader.fail(.categories, "«\(missing)» bruges af arrangementer eller initiativer",
                        "«\(missing)» is used by events or initiatives")
        }
        let closingDays = SettingsText.closingDays(reader.form[.closing], today: reader.today)
        settings.closingDays = settingsValue(.closing, closingDays, original.closingDays, &reader)
        var hours = original.openingHours ?? OpeningHours()
        hours.selfService = settingsValue(.selfService, SettingsText.hours(reader.form[.selfService]), hours.selfService, &reader)
        hours.staffed = settingsValue(.staffed, SettingsText.hours(reader.form[.staffed]), hours.staffed, &reader)
        hours.publicHolidays = reader.choice(.holidays, PublicHolidays.self) ?? .closed
        settings.openingHours = hours.staffed.isEmpty && hours.selfService.isEmpty && hours.publicHolidays == .closed ? nil : hours
        let signup = reader.form[.signup] == "true"
        settings.volunteerSignup = signup ? true : (original.volunteerSignup == nil ? nil : false)
        return settings
    }

    private static func settingsValue<T>(_ key: FieldKey, _ result: Result<T, SettingsText.Problem>, _ fallback: T,
                                         _ reader: inout FormReader) -> T {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            reader.fail(key, problem.text(.danish), problem.text(.english))
            return fallback
        }
    }
}
