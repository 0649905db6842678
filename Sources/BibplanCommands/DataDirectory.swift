#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the library files live.
public enum DataDirectory {
    /// `--data-dir`, else `$BIBPLAN_DATA`, else `$XDG_DATA_HOME/bibplan`, else
    /// `$HOME/.local/share/bibplan`. Empty values count as unset.
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let path = nonEmpty(environment["BIBPLAN_DATA"]) { return path }
        if let base = nonEmpty(environment["XDG_DATA_HOME"]) { return joined(base, "bibplan") }
        let home = nonEmpty(environment["HOME"]) ?? accountHome() ?? "."
        return joined(home, ".local/share/bibplan")
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func joined(_ base: String, _ tail: String) -> String {
        base.hasSuffix("/") ? base + tail : base + "/" + tail
    }

    /// The home directory of the account running the process, for when `HOME` is unset.
    private static func accountHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        return nonEmpty(String(cString: directory))
    }
}
