extension Measure {
    /// `Besøgende om året: 190.044 besøgende (mål 200.000, 95 %)`: the one way a
    /// measure is written, in the goals pane, `goals` and the follow-up report.
    public func text(_ language: Language) -> String {
        let number = { (value: Int) in NumberText.grouped(value, language) }
        var text = label + ": " + number(current) + (unit.isEmpty ? "" : " " + unit)
        if let target {
            text += language.pick(" (mål ", " (target ") + number(target) + (progress.map { ", " + language.percent($0) } ?? "") + ")"
        }
        return text
    }
}
