/// Schema 1, read: a goal's measure, `{"label": "Besøgende", "unit": "besøgende", "current": 190044, "target": 200000}`.
extension FieldDecoder {
    mutating func measure() throws(JSONSyntaxError) -> Measure? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<MeasureKey>()
        var measure = Measure(label: "", current: 0)
        var label: String?, current: Int?
        let figures = 0...1_000_000_000_000
        while let key = try nextKey(&seen) {
            switch key {
            case .label: label = try string()
            case .unit: measure.unit = try string() ?? ""
            case .current: current = try integer(in: figures)
            case .target: measure.target = try integer(in: figures)
            case .baseline: measure.baseline = try integer(in: figures)
            }
        }
        if let label { measure.label = label } else { missing(MeasureKey.label, seen: seen, objectAt: start) }
        if let current { measure.current = current } else { missing(MeasureKey.current, seen: seen, objectAt: start) }
        return measure
    }
}
