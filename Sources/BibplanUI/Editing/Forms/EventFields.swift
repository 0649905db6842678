import BibplanCore

/// The event form. The recurrence is typed in words ("hver anden uge onsdag",
/// "sidste fredag i måneden, 10 gange") and previewed as the next dates while typing.
enum EventFields {
    static func form(_ event: Event, isNew: Bool, library: Library, _ language: Language) -> EditForm {
        let heading = isNew ? language.pick("Nyt arrangement", "New event") : language.pick("Rediger arrangement", "Edit event")
        return EditForm(subject: .event(event), isNew: isNew, heading: heading, fields: whenFields(event, language) + whatFields(event, library, language))
    }

    private static func whenFields(_ event: Event, _ language: Language) -> [FormField] {
        let repeatWords = RecurrenceWords.describe(event, language)
        return [
            .text("title", language.pick("Titel", "Title"), event.title),
            .text("date", language.pick("Dato", "Date"), event.start.day.iso),
            .text("time", language.pick("Klokken", "Time"), event.start.clock),
            .text("duration", language.pick("Varighed (min)", "Length (min)"), String(event.durationMinutes)),
            .text("repeat", language.pick("Gentages", "Repeats"), repeatWords),
        ]
    }

    private static func whatFields(_ event: Event, _ library: Library, _ language: Language) -> [FormField] {
        let initiatives = library.initiatives
        let audiences: [String] = Audience.allCases.map(\.rawValue)
        let audienceWords: [String] = Audience.allCases.map { $0.word(language) }
        let initiativeIDs: [String] = [""] + initiatives.map(\.id)
        let initiativeTitles: [String] = ["–"] + initiatives.map { String($0.title.firstLine) }
        return [
            .choice("room", language.pick("Lokale", "Room"), options: [""] + library.rooms.map(\.name),
                    labels: ["–"] + library.rooms.map { String($0.name.firstLine) }, selected: event.room ?? ""),
            .text("location", language.pick("Andet sted", "Other place"), event.location),
            .choice("status", "Status", options: EventStatus.allCases.map(\.rawValue),
                    labels: EventStatus.allCases.map { $0.word(language) }, selected: event.status.rawValue),
            .choice("category", language.pick("Kategori", "Category"), options: [""] + library.categories.map(\.id),
                    labels: ["–"] + library.categories.map { String($0.name.firstLine) }, selected: event.category ?? ""),
            .choice("audience", language.pick("Målgruppe", "Audience"), options: audiences, labels: audienceWords, selected: event.audience.rawValue),
            .choice("initiative", language.pick("Initiativ", "Initiative"), options: initiativeIDs, labels: initiativeTitles,
                    selected: event.initiative ?? ""),
            .text("groups", language.pick("Grupper (komma)", "Groups (commas)"), event.groups.joined(separator: ", ")),
            .text("needed", language.pick("Frivillige pr. gang", "Volunteers each"), String(event.volunteersNeeded)),
            .text("capacity", language.pick("Pladser", "Capacity"), event.capacity.map(String.init) ?? ""),
            .text("description", language.pick("Beskrivelse", "Description"), event.description),
        ]
    }

    static func read(_ original: Event, _ reader: inout FormReader) -> Event {
        var event = original
        event.title = reader.required("title")
        let day = reader.day("date", required: true)
        let minutes = reader.time("time")
        if let day, let minutes { event.start = LocalDateTime(day: day, minutes: minutes) }
        event.durationMinutes = reader.duration("duration") ?? event.durationMinutes
        switch rule(reader.form, reader.today, reader.language) {
        case .rule(let reading):
            event.rrule = reading?.rule.text
            // The words are the only place the form says earlier or later.
            if let move = reading?.onClosingDay {
                event.onClosingDay = move
            } else if event.onClosingDay.step != nil {
                event.onClosingDay = .flag
            }
        case .problem(let problem): reader.fail("repeat", problem, problem)
        }
        event.status = reader.choice("status", EventStatus.self) ?? event.status
        event.room = reader.text("room").isEmpty ? nil : reader.text("room")
        event.location = reader.text("location")
        event.category = reader.text("category").isEmpty ? nil : reader.text("category")
        event.audience = reader.choice("audience", Audience.self) ?? event.audience
        event.initiative = reader.text("initiative").isEmpty ? nil : reader.text("initiative")
        event.groups = reader.list("groups")
        event.volunteersNeeded = reader.number("needed", 0...99) ?? 0
        event.capacity = reader.number("capacity", 1...100_000)
        event.description = reader.text("description")
        return event
    }

    enum RuleReading {
        /// Nil: a single occurrence.
        case rule(RecurrenceReading?)
        case problem(String)
    }

    /// The rule the words say, or the problem in plain words.
    static func rule(_ form: EditForm, _ today: Day, _ language: Language) -> RuleReading {
        do throws(RecurrenceWordsError) {
            return .rule(try RecurrenceWordsParser.reading(from: form["repeat"], today: today))
        } catch {
            return .problem(problemText(error, language))
        }
    }

    /// Below the form: how the words were understood and the next dates.
    static func preview(_ form: EditForm, today: Day, language: Language, open: OpenDays? = nil) -> [String] {
        guard case .event(let original) = form.subject else { return [] }
        var reader = FormReader(form, language: language, today: today)
        let day = reader.day("date") ?? original.start.day
        let start = LocalDateTime(day: day, minutes: reader.time("time") ?? original.start.minutes)
        switch rule(form, today, language) {
        case .problem(let problem):
            return [language.pick("Gentages: ", "Repeats: ") + problem]
        case .rule(nil):
            return [language.pick("Én gang: ", "Once: ") + DateNames.long(day, language) + " " + start.clock]
        case .rule(let reading?):
            var probe = original
            probe.start = start
            probe.onClosingDay = reading.onClosingDay ?? (original.onClosingDay.step == nil ? original.onClosingDay : .flag)
            let from = max(today, day)
            let next = Occurrences.days(of: probe, rule: reading.rule, in: DayRange(from, from.adding(days: 3 * 366)), open: open).prefix(5)
            let dates = next.map { DateNames.short($0, language) }.joined(separator: ", ")
            let words = RecurrenceWords.describe(reading.rule, onClosingDay: reading.onClosingDay, language)
            return [language.pick("Forstået som: ", "Read as: ") + words,
                    language.pick("Næste: ", "Next: ") + (dates.isEmpty ? language.pick("ingen datoer", "no dates") : dates + " …")]
        }
    }

    /// The problem and the nearest phrasings that read.
    static func problemText(_ error: RecurrenceWordsError, _ language: Language) -> String { error.text(language) }
}

/// Moving one occurrence: a new day and time for that one time only.
enum MoveFields {
    static func form(_ occurrence: Occurrence, _ event: Event, _ language: Language) -> EditForm {
        EditForm(subject: .move(occurrence, eventID: event.id), isNew: false,
                 heading: language.pick("Flyt denne gang: ", "Move this time: ") + event.title.firstLine,
                 fields: [
                     .text("date", language.pick("Ny dato", "New date"), occurrence.day.iso),
                     .text("time", language.pick("Klokken", "Time"), occurrence.start.clock),
                 ])
    }

    static func read(_ reader: inout FormReader) -> LocalDateTime? {
        let day = reader.day("date", required: true)
        let minutes = reader.time("time")
        guard let day, let minutes else { return nil }
        return LocalDateTime(day: day, minutes: minutes)
    }
}
