import BibplanCore

/// Searching the calendar: the list shows the matching times of the day (or week) on screen;
/// Enter on a search with none there goes on to the next day that has one, and `n`/`N`
/// go to the next and previous such day while the search lasts.
enum CalendarSearch {
    /// After Enter ends the typing: stays when the listed days have a match, else goes to the
    /// nearest day after them that has one (before them, when none comes later), and says so.
    static func submitted(_ state: inout AppState) {
        guard let index = state.index, let text = state.search?.query, !text.isEmpty else { return }
        guard state.calendar.occurrences(index, search: text).isEmpty else { return }
        let query = SearchQuery(text)
        let language = state.language
        let shown = state.calendar.listedRange
        let here = state.calendar.mode == .week ? language.pick("denne uge", "this week") : language.pick("denne dag", "this day")
        if let day = index.day(matching: query, from: shown.last, .forward) {
            go(to: day, &state)
            state.message = language.pick("Intet om »\(text)« \(here) · næste: ", "Nothing for “\(text)” \(here) · next: ")
                + DateNames.long(day, language)
        } else if let day = index.day(matching: query, from: shown.first, .backward) {
            go(to: day, &state)
            state.message = language.pick("Intet om »\(text)« herfra · det seneste: ", "Nothing for “\(text)” from here on · the last: ")
                + DateNames.long(day, language)
        } else {
            state.message = language.pick("Intet i kalenderen om »\(text)«", "Nothing in the calendar for “\(text)”")
        }
    }

    /// `n` and `N` while a search lasts: the next or previous day with a match, past the days listed.
    static func jump(_ direction: SearchDirection, _ state: inout AppState) {
        guard let index = state.index, let text = state.search?.query, !text.isEmpty else { return }
        let shown = state.calendar.listedRange
        let from = direction == .forward ? shown.last : shown.first
        if let day = index.day(matching: SearchQuery(text), from: from, direction) {
            go(to: day, &state)
        } else {
            state.message = direction == .forward
                ? state.language.pick("Intet senere om »\(text)«", "Nothing later for “\(text)”")
                : state.language.pick("Intet tidligere om »\(text)«", "Nothing earlier for “\(text)”")
        }
    }

    /// The words of an empty list while a search lasts.
    static func emptyText(_ state: AppState, _ text: String) -> String {
        let language = state.language
        let here = state.calendar.mode == .week ? language.pick("denne uge", "this week") : language.pick("denne dag", "this day")
        let more = state.search?.editing == true ? language.pick(" (Enter søger videre)", " (Enter searches on)") : ""
        return language.pick("Intet om »\(text)« \(here).", "Nothing for “\(text)” \(here).") + more
    }

    private static func go(to day: Day, _ state: inout AppState) {
        state.calendar.day = day
        state.calendar.list = ListPosition()
    }
}
