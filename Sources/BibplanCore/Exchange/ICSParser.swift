/// One thing wrong (or left out) in an iCalendar file: the line, the property and what.
public struct ICSProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var property: String?
    public var message: String

    public init(file: String, line: Int, property: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.property = property
        self.message = message
    }

    /// `events.ics:41: RRULE: BYWEEKNO is not supported`
    public var description: String {
        "\(file):\(line): " + (property.map { $0 + ": " } ?? "") + message
    }
}

/// A content line after unfolding: `NAME;PARAM=value:VALUE`, names in upper case.
public struct ICSProperty: Equatable, Sendable {
    public var name: String
    public var parameters: [String: String]
    public var value: String
    /// The physical line it starts on (1-based).
    public var line: Int
}

/// `BEGIN:NAME` … `END:NAME` with its properties and the components inside it.
public struct ICSComponent: Equatable, Sendable {
    public var name: String
    public var line: Int
    public var properties: [ICSProperty] = []
    public var components: [ICSComponent] = []

    public func properties(_ name: String) -> [ICSProperty] { properties.filter { $0.name == name } }
    public func property(_ name: String) -> ICSProperty? { properties.first { $0.name == name } }
}

/// Reads the syntax of RFC 5545: UTF-8, lines ending in CRLF (a bare LF is accepted),
/// folded lines joined, each content line split into name, parameters and value, and
/// the components nested by BEGIN and END. The first error stops it, with its line.
public enum ICSParser {
    public static func parse(_ bytes: [UInt8], file: String) throws(ICSProblem) -> [ICSComponent] {
        var stack: [ICSComponent] = []
        var calendars: [ICSComponent] = []
        for (text, line) in try logicalLines(bytes, file: file) {
            let property = try contentLine(text, line: line, file: file)
            switch property.name {
            case "BEGIN":
                stack.append(ICSComponent(name: property.value.uppercased(), line: line))
            case "END":
                guard let open = stack.popLast() else {
                    throw ICSProblem(file: file, line: line, property: "END", message: "END:\(property.value) without a BEGIN")
                }
                guard open.name == property.value.uppercased() else {
                    throw ICSProblem(file: file, line: line, property: "END",
                                     message: "END:\(property.value) closes BEGIN:\(open.name) of line \(open.line)")
                }
                if stack.isEmpty { calendars.append(open) } else { stack[stack.count - 1].components.append(open) }
            default:
                guard !stack.isEmpty else {
                    throw ICSProblem(file: file, line: line, property: property.name, message: "outside BEGIN:VCALENDAR … END:VCALENDAR")
                }
                stack[stack.count - 1].properties.append(property)
            }
        }
        if let open = stack.last {
            throw ICSProblem(file: file, line: open.line, property: "BEGIN", message: "BEGIN:\(open.name) is never closed with END:\(open.name)")
        }
        guard !calendars.isEmpty else { throw ICSProblem(file: file, line: 1, message: "no BEGIN:VCALENDAR: not an iCalendar file") }
        if let other = calendars.first(where: { $0.name != "VCALENDAR" }) {
            throw ICSProblem(file: file, line: other.line, property: "BEGIN", message: "BEGIN:\(other.name) outside a VCALENDAR")
        }
        return calendars
    }

    /// The unfolded lines with the number of the physical line each starts on.
    static func logicalLines(_ bytes: [UInt8], file: String) throws(ICSProblem) -> [(String, Int)] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var result: [(String, Int)] = []
        var number = 0
        for raw in body.split(separator: 10, omittingEmptySubsequences: false) {
            number += 1
            let physical = raw.last == 13 ? raw.dropLast() : raw
            guard let text = String(validating: physical, as: UTF8.self) else {
                throw ICSProblem(file: file, line: number, message: "not UTF-8 text")
            }
            if let first = text.utf8.first, first == 32 || first == 9 {
                guard !result.isEmpty else {
                    throw ICSProblem(file: file, line: number, message: "a continuation line (starting with a space) with nothing before it")
                }
                result[result.count - 1].0 += text.dropFirst()
            } else if !text.isEmpty {
                result.append((text, number))
            }
        }
        return result
    }

    /// `NAME *(";" param) ":" value`; parameter values may be quoted.
    static func contentLine(_ text: String, line: Int, file: String) throws(ICSProblem) -> ICSProperty {
        let characters = Array(text.unicodeScalars)
        var position = 0
        func token() -> String {
            let start = position
            while position < characters.count, isNameCharacter(characters[position]) { position += 1 }
            return String(String.UnicodeScalarView(characters[start..<position])).uppercased()
        }
        let name = token()
        guard !name.isEmpty else {
            throw ICSProblem(file: file, line: line, message: "not a content line (NAME:value): \"\(text.prefix(40))\"")
        }
        var parameters: [String: String] = [:]
        while position < characters.count, characters[position] == ";" {
            position += 1
            let parameter = token()
            guard !parameter.isEmpty, position < characters.count, characters[position] == "=" else {
                throw ICSProblem(file: file, line: line, property: name, message: "a parameter is not NAME=value")
            }
            position += 1
            parameters[parameter] = try parameterValue(characters, &position, line: line, name: name, file: file)
        }
        guard position < characters.count, characters[position] == ":" else {
            throw ICSProblem(file: file, line: line, property: name, message: "no ':' before the value")
        }
        let value = String(String.UnicodeScalarView(characters[(position + 1)...]))
        return ICSProperty(name: name, parameters: parameters, value: value, line: line)
    }

    private static func parameterValue(_ characters: [Unicode.Scalar], _ position: inout Int, line: Int, name: String,
                                       file: String) throws(ICSProblem) -> String {
        var value = String.UnicodeScalarView()
        while position < characters.count, characters[position] != ";", characters[position] != ":" {
            if characters[position] == "\"" {
                position += 1
                while position < characters.count, characters[position] != "\"" {
                    value.append(characters[position])
                    position += 1
                }
                guard position < characters.count else {
                    throw ICSProblem(file: file, line: line, property: name, message: "a quoted parameter value is never closed")
                }
            } else {
                value.append(characters[position])
            }
            position += 1
        }
        return String(value)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "-": return true
        default: return false
        }
    }
}
