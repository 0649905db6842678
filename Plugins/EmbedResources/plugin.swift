import Foundation
import PackagePlugin

/// Compiles the files of the package's top-level `Resources/` folder into the
/// target, so a copied binary carries its sample libraries with it.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = context.package.directoryURL.appending(path: "Resources")
        let files = Self.files(under: resources)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedResources.swift")
        let generator = try context.tool(named: "bibplan-embed")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) resource files",
                executable: generator.url,
                arguments: [resources.path, output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }

    private static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in walker {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile && !url.lastPathComponent.hasPrefix(".") { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }
}
