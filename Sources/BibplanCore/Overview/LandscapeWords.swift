/// The words of the landscape, the theme view and the plan timeline, shared by
/// the command line and the overview pane.
extension NationalItem.Kind {
    public func word(_ language: Language) -> String {
        switch self {
        case .strategy: return language.pick("strategi", "strategy")
        case .infrastructure: return language.pick("infrastruktur", "infrastructure")
        case .product: return language.pick("produkt", "product")
        }
    }
}

extension ThemeRow {
    /// `på sporet · 35 % · 2025-01-01–2029-12-31 · Ledergruppen · prioritet 1`: what
    /// is known of the item, each part left out when the data has none.
    public func facts(_ language: Language) -> String {
        var parts = [statusWord(language)]
        if let progress { parts.append(language.percent(progress)) }
        if from != nil || to != nil { parts.append((from?.iso ?? "") + "–" + (to?.iso ?? "")) }
        if !owner.isEmpty { parts.append(owner) }
        if let priority { parts.append(language.pick("prioritet \(priority)", "priority \(priority)")) }
        return parts.joined(separator: " · ")
    }

    /// `på sporet`, `i gang`, or `historisk` for an ended plan.
    public func statusWord(_ language: Language) -> String {
        switch status {
        case .goal(let status): return status.word(language)
        case .initiative(let status): return status.word(language)
        case .historical: return language.pick("historisk", "historical")
        }
    }

    /// `mål` or `initiativ`.
    public func kindWord(_ language: Language) -> String {
        item.kind == .goal ? language.pick("mål", "goal") : language.pick("initiativ", "initiative")
    }
}

extension PlanPeriod {
    /// A cell per year of `years`: `█` in the plan's years, `▸` after a plan without
    /// an end, `·` elsewhere, `│` for this year outside the plan.
    public func bar(_ years: ClosedRange<Int>, thisYear: Int) -> String {
        let covered = self.years(start: years.lowerBound, end: years.upperBound)
        return String(years.map { year -> Character in
            if let covered, covered.contains(year) { return to == nil && year == years.upperBound ? "▸" : "█" }
            return year == thisYear ? "│" : "·"
        })
    }

    /// `2017-01-01 – 2020-12-31, udløbet`, `2003-12-09 –, ingen slutdato`, or `ingen periode`.
    public func periodText(_ language: Language) -> String {
        guard from != nil || to != nil else { return language.pick("ingen periode", "no period") }
        var text = (from.map { $0.iso + " " } ?? "") + "–" + (to.map { " " + $0.iso } ?? "")
        if to == nil { text += language.pick(", ingen slutdato", ", no end date") }
        if ended { text += language.pick(", udløbet", ", ended") }
        return text
    }
}
