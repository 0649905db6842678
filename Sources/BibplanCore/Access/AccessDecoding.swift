/// access.json, read with the same reader and the same precision as a library file:
/// every problem has its file, line:column and JSON path, and an unknown key, a
/// missing field or a role-less entry is an error, never "no restrictions".
extension AccessPolicy {
    public static func decode(_ bytes: [UInt8], file: String = AccessPolicy.fileName) throws(AccessError) -> AccessPolicy {
        let result: Result<(AccessPolicy?, [LibraryProblem]), JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var decoder = FieldDecoder(reader: JSONReader(bytes: buffer), file: file)
            do throws(JSONSyntaxError) {
                if buffer.isEmpty { throw JSONSyntaxError(line: 1, column: 1, message: "the file is empty (0 bytes)") }
                let policy = try decoder.accessPolicy()
                try decoder.reader.expectEnd()
                return .success((policy, decoder.problems))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .failure(let error):
            throw .malformed([LibraryProblem(file: file, path: "", line: error.line, column: error.column, message: error.message)])
        case .success((let policy, let problems)):
            guard let policy, problems.isEmpty else { throw .malformed(problems) }
            return policy
        }
    }
}

enum AccessFileKey: String, ObjectKeys {
    case users
    static let table = KeyTable<Self>()
}

enum AccessUserKey: String, ObjectKeys {
    case user, role, libraries, library, volunteer
    static let table = KeyTable<Self>()
}

extension FieldDecoder {
    mutating func accessPolicy() throws(JSONSyntaxError) -> AccessPolicy? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<AccessFileKey>()
        var users: [AccessEntry]?
        while let key = try nextKey(&seen) {
            switch key {
            case .users:
                var names: Set<String> = []
                users = try array { (decoder: inout FieldDecoder) throws(JSONSyntaxError) in
                    let entry = try decoder.accessEntry()
                    if let entry, !names.insert(entry.user).inserted { decoder.problem("\"\(entry.user)\" is listed twice") }
                    return entry
                }
            }
        }
        guard let users else { missing(.users, seen: seen, objectAt: start); return nil }
        return AccessPolicy(users: users)
    }

    /// One user; nil (with its problems recorded) when it cannot grant anything.
    mutating func accessEntry() throws(JSONSyntaxError) -> AccessEntry? {
        let start = try valueStart()
        guard try beginObject() else { return nil }
        var seen = KeysSeen<AccessUserKey>()
        var user: String?, role: AccessRole?, libraries: [String]?, library: String?, volunteer: String?
        var valueOffsets: [AccessUserKey: Int] = [:]
        while let key = try nextKey(&seen) {
            valueOffsets[key] = try valueStart()
            switch key {
            case .user: user = try accountName()
            case .role: role = try accessRole()
            case .libraries: libraries = try libraryIDs()
            case .library: library = try libraryID()
            case .volunteer: volunteer = try nonEmptyString()
            }
        }
        if user == nil { missing(.user, seen: seen, objectAt: start) }
        if role == nil { missing(.role, seen: seen, objectAt: start) }
        guard let user, let role else { return nil }
        let entry = AccessEntry(user: user, role: role, libraries: libraries, library: library, volunteer: volunteer)
        return checkFields(of: entry, seen: seen, keyOffsets: valueOffsets, objectAt: start) ? entry : nil
    }

    /// A volunteer needs `library` and `volunteer`; staff and viewers take `libraries` only.
    private mutating func checkFields(of entry: AccessEntry, seen: KeysSeen<AccessUserKey>, keyOffsets: [AccessUserKey: Int],
                                      objectAt start: Int) -> Bool {
        let before = problems.count
        if entry.role == .volunteer {
            if seen.contains(.libraries) { problem("a volunteer belongs to one library: use \"library\", not \"libraries\"", at: keyOffsets[.libraries]) }
            if !seen.contains(.library) { problem("a volunteer needs \"library\" (the library id)", at: start) }
            if !seen.contains(.volunteer) { problem("a volunteer needs \"volunteer\" (their id in the library, e.g. \"v12\")", at: start) }
        } else {
            for key in [AccessUserKey.library, .volunteer] where seen.contains(key) {
                problem("only a volunteer has \"\(key.rawValue)\"; \(entry.role.rawValue) takes \"libraries\"", at: keyOffsets[key])
            }
        }
        return problems.count == before && (entry.role != .volunteer || (entry.library != nil && entry.volunteer != nil))
    }

    private mutating func accessRole() throws(JSONSyntaxError) -> AccessRole? {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        guard let role = AccessRole(rawValue: text) else {
            problem("\"\(text)\" is not one of " + AccessRole.allCases.map(\.rawValue).joined(separator: ", "), at: start)
            return nil
        }
        return role
    }

    /// A login name as the system writes it: no spaces, slashes, colons or control characters.
    private mutating func accountName() throws(JSONSyntaxError) -> String? {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        let allowed = !text.isEmpty && text.utf8.count <= 64 && text.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && scalar != "/" && scalar != ":"
        }
        guard allowed else { problem("\"\(text)\" is not an account name", at: start); return nil }
        return text
    }

    private mutating func libraryID() throws(JSONSyntaxError) -> String? {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        guard LibraryID.isValid(text) else { problem("\"\(text)\" is not a library id ([a-z0-9][a-z0-9-]*)", at: start); return nil }
        return text
    }

    private mutating func libraryIDs() throws(JSONSyntaxError) -> [String]? {
        let before = problems.count
        let start = try valueStart()
        let ids = try array { (decoder: inout FieldDecoder) throws(JSONSyntaxError) in try decoder.libraryID() }
        if problems.count == before, ids.isEmpty { problem("an empty list gives no library; leave \"libraries\" out for all of them", at: start) }
        return problems.count == before ? ids : nil
    }

    private mutating func nonEmptyString() throws(JSONSyntaxError) -> String? {
        let start = try valueStart()
        guard let text = try string() else { return nil }
        guard !text.isEmpty else { problem("must not be empty", at: start); return nil }
        return text
    }
}
