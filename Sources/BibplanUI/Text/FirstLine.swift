extension String {
    /// The first line of a text, for one-line places (lists, table cells).
    public var firstLine: Substring {
        prefix { $0 != "\n" && $0 != "\r\n" }
    }
}
