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

    /// The document as text, ending with a newline.
    var text: String { String(decoding: bytes, as: UTF8.self) + "\n" }
}
