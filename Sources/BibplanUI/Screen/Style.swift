import BibplanCore

/// The eight terminal colours; the terminal layer maps them to colour pairs.
public enum Color: UInt8, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks. Colour is never the only carrier of meaning: every coloured
/// status also has a word or a symbol.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let selected = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let title = Style(foreground: .white, background: .blue, bold: true)
    public static let heading = Style(foreground: .cyan, bold: true)
    public static let warning = Style(foreground: .red, bold: true)
    public static let good = Style(foreground: .green)
    public static let caution = Style(foreground: .yellow)
}

extension Color {
    /// A category's colour on the terminal.
    public init(_ colour: CategoryColour) {
        switch colour {
        case .red: self = .red
        case .green: self = .green
        case .yellow: self = .yellow
        case .blue: self = .blue
        case .magenta: self = .magenta
        case .cyan: self = .cyan
        }
    }
}
