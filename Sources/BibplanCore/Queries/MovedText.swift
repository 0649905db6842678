/// What a moved time of a series says about where it came from.
extension Occurrence {
    /// `flyttet fra lør 12/12 10:00` / `moved from Sat 12 Dec 10:00`; nil when the time was not moved.
    public func movedText(_ language: Language) -> String? {
        guard let movedFrom else { return nil }
        return language.pick("flyttet fra ", "moved from ") + DateNames.short(movedFrom.day, language) + " " + movedFrom.clock
    }
}
