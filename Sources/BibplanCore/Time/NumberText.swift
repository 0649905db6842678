/// Whole numbers written as each language groups them: `190.044` in Danish, `190,044` in English.
public enum NumberText {
    /// A length of time as a volunteer's hours are said: `3 t`, `2 t 30 min` / `3 h`.
    /// `1 initiativ`, `3 initiativer`: a count with the word in its number.
    public static func counted(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) " + (number == 1 ? singular : plural)
    }

    public static func hours(_ minutes: Int, _ language: Language) -> String {
        let unit = language.pick("t", "h")
        return minutes % 60 == 0 ? "\(minutes / 60) \(unit)" : "\(minutes / 60) \(unit) \(minutes % 60) min"
    }

    public static func grouped(_ value: Int, _ language: Language) -> String {
        let separator: Character = language == .danish ? "." : ","
        let digits = Array(String(value.magnitude))
        var text = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { text.append(separator) }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }
}
