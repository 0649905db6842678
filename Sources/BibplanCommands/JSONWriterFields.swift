import BibplanCore

/// Members the core `JSONWriter` lacks: optional values, and the finished text.
extension JSONWriter {
    /// `"key": "text"` or `"key": null`.
    mutating func field(_ name: String, optional value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    /// `"key": 3` or `"key": null`.
    mutating func field(_ name: String, optional value: Int?) {
        key(name)
        if let value { integer(value) } else { null() }
    }

    /// `"measures": [{"label", "unit", "current", "target", "baseline", "progress"}]`, one
    /// object a line; `target`, `baseline` and `progress` (from the baseline to the target) null when not set.
    mutating func measures(_ measures: [Measure]) {
        key("measures")
        beginArray()
        for measure in measures {
            beginObject(inline: true)
            field("label", measure.label)
            field("unit", measure.unit)
            field("current", measure.current)
            field("target", optional: measure.target)
            field("baseline", optional: measure.baseline)
            field("progress", optional: measure.progress)
            endObject()
        }
        endArray()
    }

    /// The document as text, ending with a newline.
    var text: String { String(decoding: bytes, as: UTF8.self) + "\n" }
}
