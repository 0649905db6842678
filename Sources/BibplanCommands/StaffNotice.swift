import BibplanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What staff must hear about when someone else meets it: a library that cannot be
/// loaded, met by a volunteer (who sees only that there is a problem). It goes to
/// the system log (`journalctl -t bibplan`), where `check` would find it too.
public enum StaffNotice {
    public static func libraryProblem(_ library: String, user: String, problems: [String]) {
        let text = "library \(library) could not be loaded for \(user) (volunteer): "
            + problems.prefix(5).map(SafeText.line).joined(separator: "; ")
            + (problems.count > 5 ? "; and \(problems.count - 5) more (bibplan check)" : "")
        openlog("bibplan", LOG_PID, LOG_USER)
        text.withCString { line in withVaList([line]) { vsyslog(LOG_WARNING, "%s", $0) } }
        closelog()
    }
}
