/// The files of `Resources/`, compiled into the binary by the EmbedResources plugin.
public enum EmbeddedResources {
    /// Sample library files by library id (`glostrup` → its JSON text).
    public static var sampleLibraries: [String: String] {
        var libraries: [String: String] = [:]
        for (path, text) in GeneratedResources.files where path.hasPrefix("Libraries/") && path.hasSuffix(".json") {
            let id = String(path.dropFirst("Libraries/".count).dropLast(".json".count))
            libraries[id] = text
        }
        return libraries
    }

    /// What a first run puts in a new data directory, by name without `.json`: the
    /// sample libraries and the national landscape (`landscape.json`).
    public static var firstRunFiles: [String: String] {
        var files = sampleLibraries
        files["landscape"] = GeneratedResources.files["landscape.json"]
        return files
    }

    /// A text file under `Resources/`, by its relative path.
    public static func text(at path: String) -> String? {
        GeneratedResources.files[path]
    }
}
