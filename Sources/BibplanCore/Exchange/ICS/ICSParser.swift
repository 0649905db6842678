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

/// The calendars of a file, and the damage that was repaired on the way: a line
/// that is not a content line is left out, an END that names the wrong component
/// closes the open one; each is a warning with its line.
public struct ICSParsed: Sendable {
    public var calendars: [ICSComponent]
    public var warnings: [ICSProblem]
}

/// Reads the syntax of RFC 5545: UTF-8, lines ending in CRLF (a bare LF is accepted),
/// folded lines joined, each content line split into name, parameters and value, and
/// the components nested by BEGIN and END (with a stack, never recursion, and at most
/// `maximumDepth` deep). Only a file that is not iCalendar at all is refused.
public enum ICSParser {
    /// VCALENDAR › VEVENT › VALARM is three; real files never need more than a few.
    public static let maximumDepth = 16

    public static func parse(_ bytes: [UInt8], file: String) throws(ICSProblem) -> ICSParsed {
        var stack: [ICSComponent] = []
        var calendars: [ICSComponent] = []
        var warnings: [ICSProblem] = []
        func warn(_ line: Int, _ property: String?, _ message: String) {
            warnings.append(ICSProblem(file: file, line: line, property: property, message: message))
        }
        func close(_ count: Int) {
            for _ in 0..<count {
                guard let open = stack.popLast() else { return }
                if stack.isEmpty { calendars.append(open) } else { stack[stack.count - 1].components.append(open) }
            }
        }
        for (text, line) in logicalLines(bytes, file: file, warnings: &warnings) {
            let property: ICSProperty
            do throws(ICSProblem) { property = try contentLine(text, line: line, file: file) } catch {
                warnings.append(ICSProblem(file: error.file, line: error.line, property: error.property,
                                           message: error.message + "; the line is left out"))
                continue
            }
            switch property.name {
            case "BEGIN":
                guard stack.count < maximumDepth else {
                    throw ICSProblem(file: file, line: line, property: "BEGIN", message: "components nested more than \(maximumDepth) deep")
                }
                stack.append(ICSComponent(name: property.value.uppercased(), line: line))
            case "END":
                let name = property.value.uppercased()
                guard let innermost = stack.last else {
                    warn(line, "END", "END:\(property.value) without a BEGIN; left out")
                    continue
                }
                if let match = stack.lastIndex(where: { $0.name == name }) {
                    for open in stack[(match + 1)...].reversed() {
                        warn(open.line, "BEGIN", "BEGIN:\(open.name) is closed by END:\(name) of line \(line)")
                    }
                    close(stack.count - match)
                } else {
                    warn(line, "END", "END:\(property.value) taken as END:\(innermost.name) of line \(innermost.line)")
                    close(1)
                }
            default:
                guard !stack.isEmpty else {
                    warn(line, property.name, "outside BEGIN:VCALENDAR … END:VCALENDAR; left out")
                    continue
                }
                stack[stack.count - 1].properties.append(property)
            }
        }
        for open in stack.reversed() {
            warn(open.line, "BEGIN", "BEGIN:\(open.name) is never closed with END:\(open.name); closed at the end of the file")
        }
        close(stack.count)
        let other = calendars.filter { $0.name != "VCALENDAR" }
        for component in other {
            warn(component.line, "BEGIN", "BEGIN:\(component.name) outside a VCALENDAR; left out")
        }
        guard other.count < calendars.count else {
            throw ICSProblem(file: file, line: 1, message: "no BEGIN:VCALENDAR: not an iCalendar file")
        }
        return ICSParsed(calendars: calendars.filter { $0.name == "VCALENDAR" }, warnings: warnings)
    }

    /// The unfolded lines with the number of the physical line each starts on; a line
    /// that is not UTF-8, or a continuation with nothing before it, is a warning. Lines
    /// are joined as bytes before they are read as UTF-8: a writer that folds at 75
    /// octets may split a character across the fold (RFC 5545 3.1).
    static func logicalLines(_ bytes: [UInt8], file: String, warnings: inout [ICSProblem]) -> [(String, Int)] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var result: [(String, Int)] = []
        var pending: (bytes: [UInt8], line: Int)?
        func finish() {
            guard let line = pending else { return }
            if let text = String(validating: line.bytes, as: UTF8.self) {
                result.append((text, line.line))
            } else {
                warnings.append(ICSProblem(file: file, line: line.line, message: "not UTF-8 text; the line is left out"))
            }
        }
        var number = 0
        for raw in body.split(separator: 10, omittingEmptySubsequences: false) {
            number += 1
            let physical = raw.last == 13 ? raw.dropLast() : raw
            if let first = physical.first, first == 32 || first == 9 {
                guard pending != nil else {
                    warnings.append(ICSProblem(file: file, line: number, message:
                        "a continuation line (starting with a space) with nothing before it; left out"))
                    continue
                }
                pending?.bytes += physical.dropFirst()
            } else if !physical.isEmpty {
                finish()
                pending = (Array(physical), number)
            }
        }
        finish()
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
